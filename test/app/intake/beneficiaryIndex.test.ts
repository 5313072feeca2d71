// The beneficiaries' lookup index on in-memory fakes (issue 13): a bucket hit checked against the row it names, a
// stale hit answered by one search and a rebuild, rows past the mark read and absorbed, another secret read as missing.
import { createHmac } from 'crypto';
import { BeneficiaryIndex } from '../../../src/app/intake/beneficiaryIndex';
import { submitRequest } from '../../../src/app/intake/submitRequest';
import { BUCKET_COUNT } from '../../../src/domain/intake/lookupIndex';
import type { KeyedHash, Row, SystemTabs, TabKey } from '../../../src/ports';
import { organisation, type Organisation } from '../../fakes/ports';
import { sampleAnswers } from '../../fakes/answers';

/** HMAC-SHA-256 under `secret`, 32 hex digits kept, as the adapter keeps them. */
const keyed = (secret: string): KeyedHash => ({ digest: (v) => createHmac('sha256', secret).update(v, 'utf8').digest('hex').slice(0, 32) });

/** Setup's layout of the lookup tab: the header and one row per bucket. */
function tabsOf(org: Organisation): SystemTabs & { relaidOut: number } {
  const tabs = {
    relaidOut: 0,
    relayOut(tab: TabKey) {
      tabs.relaidOut += 1;
      org.register.table(tab).rows = Array.from({ length: BUCKET_COUNT }, (_, b) => ({ bucket: b }) as Row);
    },
  };
  return tabs;
}

/** A new execution's index (nothing loaded) over the same register. */
const indexOf = (org: Organisation, tabs: SystemTabs, secret = 'secret-one') => new BeneficiaryIndex({ register: org.register, hash: keyed(secret), tabs });

const person = (n: number, over: Partial<Row> = {}): Row => ({ beneficiary_id: `B-${String(n).padStart(6, '0')}`, national_id: `10000000${String(n).padStart(2, '0')}`, name_key: `name ${n}`, ...over });

function seeded(count: number) {
  const org = organisation();
  org.register.table('beneficiaries').rows = Array.from({ length: count }, (_, i) => person(i + 1));
  const tabs = tabsOf(org);
  indexOf(org, tabs).rebuild();
  org.register.table('beneficiaries').ops.length = 0;
  return { org, tabs, people: org.register.table('beneficiaries') };
}

const searches = (ops: readonly string[]) => ops.filter((op) => op === 'findBy' || op === 'readColumn' || op === 'readAll');
const markOf = (org: Organisation) => String(org.register.table('lookup').rows[0].indexed_to);

describe('the lookup index on in-memory ports', () => {
  it('finds a person by one bucket and the row it names, checked, with no search of the column', () => {
    const { org, tabs, people } = seeded(40);
    const hits = indexOf(org, tabs).find('national_id', person(17).national_id as string);
    expect(hits?.map((h) => [h.rowNumber, h.row.beneficiary_id])).toEqual([[18, 'B-000017']]);
    expect(indexOf(org, tabs).find('name_key', 'name 3')?.map((h) => h.rowNumber)).toEqual([4]);
    // Someone the register does not hold: an empty answer, not a search.
    expect(indexOf(org, tabs).find('national_id', '1999999999')).toEqual([]);
    expect(searches(people.ops)).toEqual([]);
    expect(markOf(org)).toMatch(/^41 [0-9a-f]{12}$/);
  });

  it('answers null when a named row holds another value (the tab sorted by hand), and the intake then searches once and rebuilds', () => {
    const { org, tabs, people } = seeded(3);
    // The person with the sample's ID is at row 3; then rows 2 and 3 are swapped by hand.
    people.rows[1] = person(2, { national_id: sampleAnswers().national_id as string, name_key: 'x' });
    indexOf(org, tabs).rebuild();
    [people.rows[0], people.rows[1]] = [people.rows[1], people.rows[0]];
    expect(indexOf(org, tabs).find('national_id', sampleAnswers().national_id as string)).toBeNull();
    people.ops.length = 0;
    const outcome = submitRequest({ ...org, formUrl: 'https://docs.google.com/forms/d/e/FORM/viewform', index: indexOf(org, tabs) }, {
      responseId: 'r-1', channel: 'google_forms', answers: sampleAnswers(), actor: 'google_forms', receivedAt: org.clock.now(),
    });
    expect(outcome.kind).toBe('created');
    // The returning person is the one at row 2 now: found by the search, not registered again.
    expect(people.rows).toHaveLength(3);
    expect(org.rows('cases')[0].beneficiary_id).toBe('B-000002');
    expect(searches(people.ops).length).toBeGreaterThan(0);
    // The index was rebuilt: a new execution finds the person at the row the person is at.
    people.ops.length = 0;
    expect(indexOf(org, tabs).find('national_id', sampleAnswers().national_id as string)?.map((h) => h.rowNumber)).toEqual([2]);
    expect(searches(people.ops)).toEqual([]);
  });

  it('reads the rows appended past the mark itself and moves the mark past them', () => {
    const { org, tabs, people } = seeded(5);
    expect(markOf(org)).toMatch(/^6 /);
    people.rows.push(person(6), person(7, { national_id: person(2).national_id }));
    const hits = indexOf(org, tabs).find('national_id', person(2).national_id as string);
    // The indexed row and the tail's row holding the same ID, both.
    expect(hits?.map((h) => h.rowNumber)).toEqual([3, 8]);
    expect(searches(people.ops)).toEqual([]);
    expect(markOf(org)).toMatch(/^8 /);
    // Absorbed: the next execution finds the tail's person by the bucket alone.
    people.ops.length = 0;
    expect(indexOf(org, tabs).find('national_id', person(6).national_id as string)?.map((h) => h.rowNumber)).toEqual([7]);
    expect(people.ops.filter((op) => op === 'readRow')).toHaveLength(1);
  });

  it('reads an index made under another secret (the property replaced) as missing, never as a miss, until rebuilt', () => {
    const { org, tabs } = seeded(10);
    const held = person(4).national_id as string;
    expect(indexOf(org, tabs, 'secret-two').find('national_id', held)).toBeNull();
    expect(indexOf(org, tabs, 'secret-two').find('national_id', '1999999999')).toBeNull();
    const check = indexOf(org, tabs, 'secret-two').check();
    expect(check.rebuilt).toBe(true);
    expect(indexOf(org, tabs, 'secret-two').find('national_id', held)?.map((h) => h.rowNumber)).toEqual([5]);
    // And now the first secret's index is the stale one.
    expect(indexOf(org, tabs, 'secret-one').find('national_id', held)).toBeNull();
    expect(tabs.relaidOut).toBe(1);
  });
});
