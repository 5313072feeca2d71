// The register's schema is the source of the tables' types: a column key a tab lacks, in a find, a read or a write,
// is a compile error naming the key (shown by running tsc on small files written to break each rule).
import { codes, compileFixtures, importPath } from '../support/compileFixtures';
import { REGISTER_TABS, tabSpec, type ColumnOf } from '../../src/ports';

const PORTS = importPath('src', 'ports');
const ROWS = importPath('src', 'app', 'register', 'rowsWhere');
const fixture = (body: string) => `import type { Register } from ${PORTS};\nimport { rowsWhere } from ${ROWS};\nvoid rowsWhere;\nexport function f(register: Register) {\n${body}\n}`;

describe('register tables at compile time', () => {
  const errors = compileFixtures({
    'keeps.ts': fixture(`
      const cases = register.table('cases');
      const hit = cases.findBy('case_no', '1448-00001');
      const status: unknown = hit?.row.status;
      cases.findAllBy('beneficiary_id', 'B-1');
      cases.columnValues('closed_at');
      cases.update([{ rowNumber: 2, row: { status: 'closed', closed_at: new Date() } }]);
      register.table('outbox').append([{ message_id: 'm1', case_no: '1448-00001', status: 'queued' }]);
      rowsWhere(register.table('complaints'), 'closed_at', () => true);
      return status;`),
    'findMisspelt.ts': fixture(`return register.table('cases').findAllBy('case_nom', '1448-00001');`),
    'otherTabsColumn.ts': fixture(`return register.table('outbox').findBy('beneficiary_id', 'B-1');`),
    'readMisspelt.ts': fixture(`return register.table('cases').readRow(2).stauts;`),
    'appendMisspelt.ts': fixture(`return register.table('outbox').append([{ message_id: 'm1', stauts: 'queued' }]);`),
    'updateMisspelt.ts': fixture(`register.table('complaints').update([{ rowNumber: 2, row: { closed: new Date() } }]);`),
    'helperMisspelt.ts': fixture(`return rowsWhere(register.table('cases'), 'closedAt', () => true);`),
  });

  it('compiles the uses that keep to the schema (so each refusal below is for its own reason)', () => {
    expect(codes(errors['keeps.ts'])).toEqual([]);
  });

  it.each([
    ['findMisspelt.ts', 'a find by a column the tab lacks', 'TS2345', `Argument of type '"case_nom"' is not assignable`],
    ['otherTabsColumn.ts', "a find by another tab's column", 'TS2345', `Argument of type '"beneficiary_id"' is not assignable`],
    ['readMisspelt.ts', 'a read of a misspelt column', 'TS2551', `Property 'stauts' does not exist`],
    ['appendMisspelt.ts', 'an appended row with a misspelt column', 'TS2561', `'stauts' does not exist in type`],
    ['updateMisspelt.ts', 'an update of a column the tab lacks', 'TS2353', `'closed' does not exist in type`],
    ['helperMisspelt.ts', 'a row helper given a column the tab lacks', 'TS2345', `Argument of type '"closedAt"' is not assignable`],
  ])('refuses %s: %s (%s)', (file, _why, code, message) => {
    expect(codes(errors[file])).toEqual([code]);
    expect(errors[file][0].message).toContain(message);
  });
});

describe('the schema the types come from', () => {
  it('gives each tab the column keys its spec lays out, in order', () => {
    const outbox: ReadonlyArray<ColumnOf<'outbox'>> = tabSpec('outbox').columns.map((c) => c.key);
    expect(outbox.slice(0, 3)).toEqual(['message_id', 'created_at', 'case_no']);
    expect(new Set(REGISTER_TABS.map((t) => t.key)).size).toBe(REGISTER_TABS.length);
  });
});
