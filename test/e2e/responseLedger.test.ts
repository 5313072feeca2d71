// The intake's ledger of responses begun (script property INTAKE_BEGUN): a response's first run skips the
// whole-column search for its row, and every replay (the catch-up's, Google's second firing) still finds it:
// inside the ledger's window, after the window moved past it, with the ledger lost or damaged.
import { completeAnswers, mails, nationalId, newRegister, publishedForm, rows, submit } from './harness';
import { fireSubmitTriggers } from '../../sandbox/people/submitsForm';
import { formSlot } from '../../sandbox/services/form/model';
import { propertiesSlot } from '../../sandbox/services/properties';
import type { Sandbox } from '../../sandbox/core/runtime';
import { t } from '../../src/i18n';

const CASES = t('tab.cases');
const answers = (i: number) => completeAnswers({ national_id: nationalId(300 + i), full_name: `مستفيد ${i}`, email: `l${i}@example.com` });
/** Fires the submit trigger again for the form's `index`th response, as the catch-up or Google would. */
function replay(sb: Sandbox, index: number) {
  const form = formSlot(sb.world).forms[publishedForm(sb).formId];
  return fireSubmitTriggers(sb, form, form.responses.filter((r) => !r.byScript)[index]);
}
const findNexts = (runs: Array<{ calls: Array<{ method: string }> }>) => runs.flatMap((e) => e.calls).filter((c) => c.method === 'TextFinder.findNext').length;

/** The ledger starts at the first response with ten minutes' margin (responses submitted before it are searched). */
const pastMargin = (sb: Sandbox) => sb.advanceTo(sb.world.nowMs + 11 * 60_000);

describe('a response never begun is not searched for', () => {
  const sb = newRegister();
  submit(sb, answers(0));
  const inMargin = submit(sb, answers(1));
  pastMargin(sb);
  const fresh = submit(sb, answers(2));

  it('skips the response-id search on a first run once the ledger covers its time, and notes each response', () => {
    expect(findNexts(inMargin.executions)).toBeGreaterThan(0);
    expect(findNexts(fresh.executions)).toBe(0);
    const ledger = JSON.parse(propertiesSlot(sb.world).script.INTAKE_BEGUN) as { ids: Array<[string, number]> };
    expect(ledger.ids).toHaveLength(3);
  });

  it('still changes nothing on a replay: one case each, one acknowledgement each', () => {
    const again = replay(sb, 2);
    expect(again.map((e) => e.error)).toEqual([null]);
    expect(findNexts(again)).toBeGreaterThan(0);
    expect(rows(sb, CASES)).toHaveLength(3);
    expect(mails(sb)).toHaveLength(3);
  });

  it('a replay pays for the search a first run is spared', () => {
    expect(findNexts(fresh.executions)).toBeLessThan(findNexts(replay(sb, 2)));
    expect(rows(sb, CASES)).toHaveLength(3);
  });
});

describe('replays outside the ledger', () => {
  const sb = newRegister();
  submit(sb, answers(0));
  pastMargin(sb);
  for (let i = 1; i < 62; i++) submit(sb, answers(i));

  it('searches for a response the window has moved past, and records it once', () => {
    const ledger = JSON.parse(propertiesSlot(sb.world).script.INTAKE_BEGUN) as { ids: Array<[string, number]> };
    expect(ledger.ids).toHaveLength(60);
    // The second response: submitted after the margin, begun, then dropped from the ledger by the 60 after it.
    const again = replay(sb, 1);
    expect(again.map((e) => e.error)).toEqual([null]);
    expect(findNexts(again)).toBeGreaterThan(0);
    expect(rows(sb, CASES)).toHaveLength(62);
  });

  it('searches when the ledger was deleted or damaged, and records nothing twice', () => {
    delete propertiesSlot(sb.world).script.INTAKE_BEGUN;
    expect(replay(sb, 61).map((e) => e.error)).toEqual([null]);
    propertiesSlot(sb.world).script.INTAKE_BEGUN = '{"h":';
    expect(replay(sb, 60).map((e) => e.error)).toEqual([null]);
    expect(rows(sb, CASES)).toHaveLength(62);
    expect(mails(sb)).toHaveLength(62);
  });
});
