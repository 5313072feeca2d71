// The beneficiaries' lookup index on the built bundle (issue 13): a returning person, a duplicate by name, an ID typed
// by hand in an old row, a beneficiaries tab sorted by hand and an index tab deleted or emptied by hand: each found
// through the hidden lookup tab (no column scanned whole), or searched once and the index rebuilt, nothing lost.
import { completeAnswers, nationalId, newRegister, ok, rows, submit, OFFICER } from './harness';
import type { Sandbox } from '../../sandbox/core/runtime';
import { findSpreadsheet, sheetByName, totalCells } from '../../sandbox/services/spreadsheet/store';
import type { CellModel, SheetModel } from '../../sandbox/services/spreadsheet/model';
import { knownLabel, t } from '../../src/i18n';
import { BUCKET_COUNT } from '../../src/domain/intake/lookupIndex';

const PEOPLE = t('tab.beneficiaries');
const CASES = t('tab.cases');
const LOOKUP = t('tab.lookup');
const ID = t('col.beneficiaries.national_id');
const BEN_ID = t('col.beneficiaries.beneficiary_id');
/** Beneficiaries written into the tab as an older register holds them: more than a lookup may scan past the mark. */
const SEEDED = 400;

const model = (sb: Sandbox) => findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
const sheet = (sb: Sandbox, name: string): SheetModel | undefined => sheetByName(model(sb), name);
const col = (s: SheetModel, header: string) => (s.rows[0] ?? []).findIndex((c) => c?.v === header);

/** `SEEDED` beneficiaries copied from the first one's row, each with its own number, ID, name key and mobile. */
function seed(sb: Sandbox): void {
  const people = sheet(sb, PEOPLE)!;
  const template = people.rows[1]!;
  const at = (h: string) => col(people, t(knownLabel(`col.beneficiaries.${h}`)));
  for (let i = 0; i < SEEDED; i++) {
    const row = template.map((c) => (c ? { ...c } : null));
    const set = (h: string, v: string) => { row[at(h)] = { ...(row[at(h)] ?? {}), v } as CellModel; };
    set('beneficiary_id', `B-9${String(i).padStart(5, '0')}`);
    set('national_id', nationalId(500_000 + i));
    set('name_key', `seeded person ${i}`);
    set('full_name', `seeded person ${i}`);
    set('mobile', `+9665${String(10_000_000 + i)}`);
    set('email', `p${i}@example.com`);
    people.rows.push(row);
  }
  people.maxRows = Math.max(people.maxRows, people.rows.length);
}

/** The submit trigger's execution of the last submission. */
function submitted(sb: Sandbox, answers: Record<string, unknown>) {
  const result = submit(sb, answers);
  const run = result.executions.find((e) => e.fn === 'onServiceRequestSubmit')!;
  ok(run);
  return run;
}

/** Cells the execution's text searches scanned (a whole-column search of the beneficiaries scans them all). */
const scanned = (run: { calls: Array<{ method: string; cellsRead?: number }> }) =>
  run.calls.filter((c) => c.method.startsWith('TextFinder.')).reduce((n, c) => n + (c.cellsRead ?? 0), 0);

const beneficiaryOf = (sb: Sandbox) => String(rows(sb, CASES).at(-1)![t('col.cases.beneficiary_id')]);
const people = (sb: Sandbox) => rows(sb, PEOPLE).length;

/** A register whose seeded beneficiaries are indexed (the first submission past them rebuilds the index). */
function indexedRegister(): Sandbox {
  const sb = newRegister();
  submitted(sb, completeAnswers());
  seed(sb);
  submitted(sb, completeAnswers({ full_name: 'سارة محمد العتيبي', national_id: nationalId(7), mobile: '0559876543' }));
  return sb;
}

describe('the lookup tab', () => {
  const sb = indexedRegister();
  const tab = sheet(sb, LOOKUP)!;

  it('is laid out by setup, hidden, a row per bucket, its cells counted in the register', () => {
    expect(tab.hidden).toBe(true);
    expect([tab.maxRows, tab.maxColumns]).toEqual([BUCKET_COUNT + 1, 4]);
    expect(totalCells(model(sb))).toBe(model(sb).sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0));
    expect(tab.protections.length).toBe(4);
  });

  it('holds tags and row numbers, never an ID or a name in the clear', () => {
    const text = JSON.stringify(tab.rows);
    expect(text).not.toContain('1000000008');
    expect(text).not.toContain(nationalId(500_010));
    expect(text).not.toContain('seeded person');
    const entries = tab.rows.slice(1).flatMap((r) => String(r?.[1]?.v ?? '').split(' ').filter(Boolean));
    expect(entries.length).toBe(SEEDED + 2);
    expect(entries.every((e) => /^[0-9a-f]{12}:[0-9]+$/.test(e))).toBe(true);
  });
});

describe('a returning person and a duplicate by name, found through the index', () => {
  const sb = indexedRegister();
  const before = people(sb);
  const returning = submitted(sb, completeAnswers({ national_id: nationalId(500_123), full_name: 'عبدالرحمن سالم القرني' }));
  const byId = beneficiaryOf(sb);
  const sameName = submitted(sb, completeAnswers({ national_id: nationalId(8), full_name: 'seeded person 250', mobile: '0551112223' }));
  const dup = rows(sb, PEOPLE).at(-1)!;

  it('matches the returning person by ID to their row, without scanning the column', () => {
    expect(byId).toBe('B-900123');
    expect(scanned(returning)).toBeLessThan(SEEDED);
  });

  it('registers a new ID under a known name as a new beneficiary, flagged as a possible duplicate of the first bearer', () => {
    expect(people(sb)).toBe(before + 1);
    expect(dup[t('col.beneficiaries.possible_duplicate_of')]).toBe('B-900250');
    expect(scanned(sameName)).toBeLessThan(SEEDED);
  });

  it('enters the new beneficiary in the index: the same person again is matched through it', () => {
    const again = submitted(sb, completeAnswers({ national_id: nationalId(8), full_name: 'seeded person 250', mobile: '0551112223' }));
    expect(people(sb)).toBe(before + 1);
    expect(beneficiaryOf(sb)).toBe(dup[BEN_ID]);
    expect(scanned(again)).toBeLessThan(SEEDED);
  });
});

describe('an ID typed by hand in an old row', () => {
  const sb = indexedRegister();
  const before = people(sb);
  const s = sheet(sb, PEOPLE)!;
  const row = s.rows.findIndex((r) => r?.[col(s, BEN_ID)]?.v === 'B-900042');
  const letter = String.fromCharCode(65 + col(s, ID));
  sb.edit(PEOPLE, `${letter}${row + 1}`, nationalId(900_001), OFFICER);
  const run = submitted(sb, completeAnswers({ national_id: nationalId(900_001), full_name: 'عبدالرحمن سالم القرني' }));

  it('is still matched: the edit trigger entered it in the index', () => {
    expect(people(sb)).toBe(before);
    expect(beneficiaryOf(sb)).toBe('B-900042');
    expect(scanned(run)).toBeLessThan(SEEDED);
  });
});

describe('the beneficiaries tab sorted by hand', () => {
  const sb = indexedRegister();
  const before = people(sb);
  const s = sheet(sb, PEOPLE)!;
  s.rows.splice(1, s.rows.length - 1, ...s.rows.slice(1).reverse());
  submitted(sb, completeAnswers({ national_id: nationalId(500_300), full_name: 'عبدالرحمن سالم القرني' }));
  const first = beneficiaryOf(sb);
  const after = submitted(sb, completeAnswers({ national_id: nationalId(500_301), full_name: 'عبدالرحمن سالم القرني' }));

  it('still matches the returning person (the index found stale, the column searched once)', () => {
    expect(first).toBe('B-900300');
    expect(people(sb)).toBe(before);
  });

  it('is rebuilt: the next person is matched through it again', () => {
    expect(beneficiaryOf(sb)).toBe('B-900301');
    expect(scanned(after)).toBeLessThan(SEEDED);
  });
});

describe.each(['deleted', 'emptied'] as const)('the lookup tab %s by hand', (how) => {
  const sb = indexedRegister();
  const before = people(sb);
  if (how === 'deleted') model(sb).sheets = model(sb).sheets.filter((x) => x.name !== LOOKUP);
  else sheet(sb, LOOKUP)!.rows = [];
  submitted(sb, completeAnswers({ national_id: nationalId(500_200), full_name: 'عبدالرحمن سالم القرني' }));
  const first = beneficiaryOf(sb);
  const next = submitted(sb, completeAnswers({ national_id: nationalId(500_201), full_name: 'عبدالرحمن سالم القرني' }));

  it('loses no one: the returning person matched, no beneficiary added', () => {
    expect(first).toBe('B-900200');
    expect(people(sb)).toBe(before);
  });

  it('is laid out again, hidden, and rebuilt: the next person found through it', () => {
    const tab = sheet(sb, LOOKUP)!;
    expect(tab.hidden).toBe(true);
    expect(tab.rows[0]?.map((c) => c?.v)).toEqual(['bucket', 'national_id', 'name_key', 'indexed_to'].map((k) => t(knownLabel(`col.lookup.${k}`))));
    expect(beneficiaryOf(sb)).toBe('B-900201');
    expect(scanned(next)).toBeLessThan(SEEDED);
  });
});

/** Every `tag:row` entry of one lookup column (1: national ID, 2: name key). */
const entries = (sb: Sandbox, c: 1 | 2) => sheet(sb, LOOKUP)!.rows.slice(1).flatMap((r) => String(r?.[c]?.v ?? '').split(' ').filter(Boolean));

describe('a person destroyed at their request (PDPL art. 4)', () => {
  const sb = indexedRegister();
  const s = sheet(sb, PEOPLE)!;
  const rowNumber = s.rows.findIndex((r) => r?.[col(s, BEN_ID)]?.v === 'B-900077') + 1;
  const named = () => [1, 2].map((c) => entries(sb, c as 1 | 2).filter((e) => e.endsWith(`:${rowNumber}`)).length);
  const before = named();
  const { requestNo } = ok(sb.execute('recordDataRequestFromDialog', [{ kind: 'destruction', nationalId: nationalId(500_077), requester: 'seeded person 77', replyTo: 'p77@example.com', details: 'طلب عبر الهاتف' }], { user: OFFICER })) as { requestNo: string };
  const answer = String(ok(sb.execute('answerDataSubjectRequest', [requestNo], { user: OFFICER })));

  it('leaves no entry of theirs in the index (their ID and name were entered before)', () => {
    expect(answer).toContain('أُتلفت البيانات');
    expect(before).toEqual([1, 1]);
    expect(named()).toEqual([0, 0]);
    expect(entries(sb, 1)).toHaveLength(SEEDED + 1);
  });
});

describe('the daily run, after an ID was changed where no edit trigger saw it', () => {
  const sb = indexedRegister();
  const s = sheet(sb, PEOPLE)!;
  const row = s.rows.find((r) => r?.[col(s, BEN_ID)]?.v === 'B-900010')!;
  // Pasted by another script or an import: the copy holds beneficiary B-900020's ID.
  row[col(s, ID)] = { ...row[col(s, ID)]!, v: nationalId(500_020) };
  const daily = ok(sb.execute('dailySweep'));
  const audit = rows(sb, t('tab.audit')).filter((a) => a[t('col.audit.action')] === t('audit.possible_duplicate'));
  const flagged = rows(sb, PEOPLE).find((r) => r[BEN_ID] === 'B-900010')!;

  it('records the possible duplicate for staff, in Arabic, naming both beneficiaries (never the ID)', () => {
    expect(daily).toBeUndefined();
    expect(audit).toHaveLength(1);
    const details = String(audit[0][t('col.audit.details')]);
    expect(details).toContain('B-900010');
    expect(details).toContain('B-900020');
    expect(details).not.toContain(nationalId(500_020));
    expect(details).toMatch(/تحقّقوا/);
    expect(flagged[t('col.beneficiaries.possible_duplicate_of')]).toBe('B-900020');
  });

  it('rebuilds the index from the columns: the changed row is found under its new ID', () => {
    const run = submitted(sb, completeAnswers({ national_id: nationalId(500_020), full_name: 'عبدالرحمن سالم القرني' }));
    expect(['B-900010', 'B-900020']).toContain(beneficiaryOf(sb));
    expect(people(sb)).toBe(SEEDED + 2);
    expect(scanned(run)).toBeLessThan(SEEDED);
  });
});
