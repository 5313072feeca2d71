// Who handles a new request (SR-3): the officer whose categories and domains cover it most specifically.
import type { Profile } from '../../profiles/schema';

/** What the rule reads of a staff member (the staff tab's row). */
export interface OfficerCandidate {
  readonly email: string;
  readonly role: string;
  /** Category ids or Arabic names the officer handles; none: every category. */
  readonly categories: readonly string[];
  /** Domain ids or Arabic names the officer handles; none: every domain. */
  readonly domains: readonly string[];
}

/** How well a list covers a value: 2 names it, 1 lists nothing (covers all, least specific), 0 the request
 *  gives no value, -1 excludes it. */
function covers(list: readonly string[], id: string | null, names: ReadonlyArray<{ id: string; nameAr: string }>): number {
  if (list.length === 0) return 1;
  if (!id) return 0;
  const name = names.find((n) => n.id === id)?.nameAr;
  return list.includes(id) || (name !== undefined && list.includes(name)) ? 2 : -1;
}

/** The officer for a request of this category and domain: the most specific cover wins, the first listed on a
 *  tie; null when no officer covers it (the case is flagged for the manager). */
export function assignOfficer<M extends OfficerCandidate>(staff: readonly M[], profile: Profile, category: string | null, domain: string | null): M | null {
  let best: M | null = null;
  let bestScore = -1;
  for (const member of staff) {
    if (member.role !== 'officer') continue;
    const c = covers(member.categories, category, profile.categories);
    const d = covers(member.domains, domain, profile.domains);
    if (c < 0 || d < 0) continue;
    if (c + d > bestScore) {
      best = member;
      bestScore = c + d;
    }
  }
  return best;
}
