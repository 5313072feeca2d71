// Coded values as the register shows them: an id's Arabic label, and the id a label (or an id typed by hand)
// stands for, for every list of src/ports/codedLists.ts.
import { CODED_LISTS, codedList, listIds, type ListId, type ListKey } from '../../ports';
import type { Profile } from '../../profiles';
import { t } from '../../i18n';

/** The label of an id of a list, in the person's language (Arabic by default). */
export function listLabel<K extends ListKey>(list: K, id: ListId<K>): string {
  return t(codedList(list).labelKey(id));
}

/** Lists whose ids are the organisation's own (its channels): reading them back needs its profile. */
type ProfileList = 'channel' | 'replyChannel';

/** The id a cell's text stands for (its label or the id itself), or null when it is neither. */
export function listIdOf<K extends Exclude<ListKey, ProfileList>>(list: K, cell: unknown): ListId<K> | null;
export function listIdOf<K extends ProfileList>(list: K, cell: unknown, profile: Profile): ListId<K> | null;
export function listIdOf(list: ListKey, cell: unknown, profile?: Profile): string | null {
  const text = String(cell ?? '').trim();
  const coded = codedList(list);
  return listIds(coded, profile)?.find((id) => id === text || t(coded.labelKey(id)) === text) ?? null;
}

/** Every list's labels, in order: the dropdowns setup lays on the register. */
export function dropdownLabels(profile: Profile): Record<ListKey, string[]> {
  const keys = Object.keys(CODED_LISTS) as ListKey[];
  const labels = (key: ListKey) => (listIds(codedList(key), profile) ?? []).map((id) => t(codedList(key).labelKey(id)));
  return Object.fromEntries(keys.map((key) => [key, labels(key)])) as Record<ListKey, string[]>;
}
