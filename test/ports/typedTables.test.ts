// The register's schema is the source of the tables' types: a column key a tab lacks, in a find, a read or a write,
// in a column's header label, or in a function that handles one tab's row, is a compile error naming the key; a staff
// dialog's field spec is typed by its tab's columns and its use case's input, a row action's input by its tab's
// columns or its own label (shown by running tsc on small files written to break each rule).
import { codes, compileFixtures, importPath } from '../support/compileFixtures';
import { REGISTER_TABS, tabSpec, type ColumnOf } from '../../src/ports';

const PORTS = importPath('src', 'ports');
const ROWS = importPath('src', 'app', 'register', 'rowsWhere');
const DIALOGS = importPath('src', 'entry', 'dialogSpecs');
const INPUT = importPath('src', 'app', 'satisfaction', 'fieldActivities');
const dialog = (fields: string) => `import type { DialogSpec } from ${DIALOGS};\nimport type { FieldActivityInput } from ${INPUT};
export const spec: DialogSpec<'field_activities', FieldActivityInput> = { tab: 'field_activities', fields: { ${fields} } };`;
const ACTIVITY_FIELDS = {
  kind: "kind: { kind: 'text', column: 'kind' }", date: "date: { kind: 'date', column: 'date' }", place: "place: { kind: 'text', column: 'place' }",
  participants: "participants: { kind: 'number', column: 'participants' }", findings: "findings: { kind: 'long', column: 'findings' }",
};
const activity = (over: Partial<Record<keyof typeof ACTIVITY_FIELDS, string | null>>) =>
  dialog(Object.entries({ ...ACTIVITY_FIELDS, ...over }).flatMap(([, f]) => (f ? [f] : [])).join(', '));
// A breach dialog's fields: a column of its tab, or a catalog label where no column holds the value as typed.
const BREACH_FIELDS = {
  whatHappened: "whatHappened: { kind: 'long', column: 'what_happened' }", discoveredDate: "discoveredDate: { kind: 'date', label: 'privacy.breach.dialog.discoveredDate' }",
  discoveredTime: "discoveredTime: { kind: 'text', label: 'privacy.breach.dialog.discoveredTime' }", dataAffected: "dataAffected: { kind: 'long', column: 'data_affected' }",
  peopleCount: "peopleCount: { kind: 'number', column: 'people_count' }",
};
const breach = (over: Partial<Record<keyof typeof BREACH_FIELDS, string>>) => `import type { DialogSpec } from ${DIALOGS};
import type { BreachInput } from ${importPath('src', 'app', 'privacy', 'breaches')};
export const spec: DialogSpec<'breaches', BreachInput> = { tab: 'breaches', fields: { ${Object.values({ ...BREACH_FIELDS, ...over }).join(', ')} } };`;
const SCHEMA = importPath('src', 'ports', 'registerSchema');
const ACTIONS = importPath('src', 'app', 'rowActions', 'actions');
const label = (body: string) => `import { columnHeaderKey } from ${SCHEMA};\nimport { defineRowActions } from ${ACTIONS};\nvoid columnHeaderKey; void defineRowActions;\n${body}`;
// Functions that handle one tab's row, typed by that tab: a reader, a writer, a row given to the wrong one.
const HANDLERS = `import { programFromRow, programRow, registrationState } from ${importPath('src', 'app', 'programs', 'programRecords')};
import { registrantOf } from ${importPath('src', 'app', 'programs', 'programMail')};
import { parseComplaint } from ${importPath('src', 'app', 'complaints', 'complaints')};
import { parseState } from ${importPath('src', 'app', 'register', 'caseRecord')};
import { deliver, type OutboxCells } from ${importPath('src', 'app', 'notify', 'delivery')};
import { isAssignedOfficer } from ${importPath('src', 'app', 'access')};
void programFromRow; void programRow; void registrationState; void registrantOf; void parseComplaint; void parseState; void deliver; void isAssignedOfficer;`;
const handler = (body: string) => `${HANDLERS}\nimport type { Register } from ${PORTS};\nimport type { Program } from ${importPath('src', 'domain', 'program')};\nexport function f(register: Register, program: Program, outbox: OutboxCells) {\nvoid register; void program; void outbox;\n${body}\n}`;
// The intake's functions, typed by the tabs they read and write: a replayed case row, the beneficiary written, the
// lookup index told of it; the domain's columns held to the tab they are written to.
const INTAKE = `import { acknowledgeIfNeverQueued } from ${importPath('src', 'app', 'intake', 'acknowledgement')};
import type { RecordedBeneficiary } from ${importPath('src', 'app', 'intake', 'beneficiary')};
import type { BeneficiaryIndex } from ${importPath('src', 'app', 'intake', 'beneficiaryIndex')};
import type { IntakeDeps, IntakeRequest } from ${importPath('src', 'app', 'intake', 'request')};
import type { ColumnsOnly } from ${PORTS};
void acknowledgeIfNeverQueued;`;
const intake = (body: string) => `${INTAKE}\nexport function f(deps: IntakeDeps, req: IntakeRequest, index: BeneficiaryIndex, recorded: RecordedBeneficiary, answers: { full_name: string; mobile: string | null }) {\n${body}\n}`;
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
    'dialogKeeps.ts': activity({}),
    'dialogColumnMisspelt.ts': activity({ place: "place: { kind: 'text', column: 'plcae' }" }),
    'dialogWrongKind.ts': activity({ participants: "participants: { kind: 'text', column: 'participants' }" }),
    'dialogFieldMissing.ts': activity({ findings: null }),
    'dialogRequiredMadeOptional.ts': activity({ place: "place: { kind: 'text', column: 'place', optional: true }" }),
    'breachDialogKeeps.ts': breach({}),
    'dialogLabelMissing.ts': breach({ discoveredTime: "discoveredTime: { kind: 'text', label: 'privacy.breach.dialog.discoveredTme' }" }),
    'dialogOtherTabsColumn.ts': breach({ dataAffected: "dataAffected: { kind: 'long', column: 'details' }" }),
    'dialogColumnAndLabel.ts': breach({ peopleCount: "peopleCount: { kind: 'number', column: 'people_count', label: 'col.breaches.people_count' }" }),
    'labelKeeps.ts': label(`export const header = columnHeaderKey('cases', 'case_no');
      export const actions = defineRowActions({
        AssignToCommittee: { tab: 'complaints', inputs: { committee: { kind: 'choice' }, note: { kind: 'long', label: 'sidebar.field.reason' } } },
        Reopen: { tab: 'complaints', label: 'policy.complaint.command.CloseComplaint', inputs: {} },
      });`),
    'labelMisspelt.ts': label(`export const header = columnHeaderKey('cases', 'case_nom');`),
    'labelOtherTab.ts': label(`export const header = columnHeaderKey('outbox', 'beneficiary_id');`),
    'actionInputMisspelt.ts': label(`export const actions = defineRowActions({ AssignToCommittee: { tab: 'complaints', inputs: { comittee: { kind: 'choice' } } } });`),
    'actionUnlabelled.ts': label(`export const actions = defineRowActions({ Reopen: { tab: 'complaints', inputs: {} } });`),
    'actionLabelMissing.ts': label(`export const actions = defineRowActions({ RefuseClaim: { tab: 'claims', inputs: { reason: { kind: 'long', label: 'sidebar.field.reasn' } } } });`),
    'handlersKeep.ts': handler(`
      const program2 = programFromRow(register.table('programs').readRow(2));
      const cells = programRow(program);
      const state = registrationState(register.table('registrations').readRow(2));
      const who = registrantOf('REG-00001', { full_name: 'سلوى', email: null });
      const complaint = parseComplaint(register.table('complaints').readRow(2));
      const caseState = parseState({ state: '{}' });
      const sent = deliver(outbox, { send: () => undefined } as never, null, new Date()).row.status;
      const mine = isAssignedOfficer({ email: 'a@b.c', role: 'officer' } as never, register.table('cases').readRow(2));
      return [program2, cells.name, state, who, complaint, caseState, sent, mine];`),
    'readerGivenOtherTab.ts': handler(`return programFromRow(register.table('cases').readRow(2));`),
    'readerCellMisspelt.ts': handler(`return registrantOf('REG-00001', { full_nam: 'سلوى' });`),
    'writerReadMisspelt.ts': handler(`return programRow(program).nmae;`),
    'caseCellMisspelt.ts': handler(`return parseState({ stat: '{}' });`),
    'outboxCellMisspelt.ts': handler(`return deliver(outbox, { send: () => undefined } as never, null, new Date()).row.stauts;`),
    'intakeKeeps.ts': intake(`
      acknowledgeIfNeverQueued(deps, req, deps.register.table('cases').readRow(2));
      const [hit] = index.find('national_id', '1012345678') ?? [];
      index.noteWritten(2, hit?.row ?? null, recorded.person);
      index.forget(2, { national_id: '1012345678', name_key: 'سلوى' });
      const checked: ColumnsOnly<'beneficiaries', typeof answers> = answers;
      return [recorded.person.mobile, hit?.row.opted_out_at, checked.full_name];`),
    'ackGivenOtherTab.ts': intake(`acknowledgeIfNeverQueued(deps, req, deps.register.table('beneficiaries').readRow(2));`),
    'indexCellMisspelt.ts': intake(`index.noteWritten(2, null, { national_idd: '1012345678' });`),
    'personReadMisspelt.ts': intake(`return recorded.person.mobil;`),
    'hitReadMisspelt.ts': intake(`return index.find('name_key', 'سلوى')?.[0].row.opted_out;`),
    'domainColumnMisspelt.ts': intake(`const more = { ...answers, full_nam: 'سلوى' };\nconst checked: ColumnsOnly<'beneficiaries', typeof more> = more;\nreturn checked;`),
  });

  it('compiles the uses that keep to the schema (so each refusal below is for its own reason)', () => {
    expect(codes(errors['keeps.ts'])).toEqual([]);
    expect(codes(errors['dialogKeeps.ts'])).toEqual([]);
    expect(codes(errors['breachDialogKeeps.ts'])).toEqual([]);
    expect(codes(errors['labelKeeps.ts'])).toEqual([]);
    expect(codes(errors['handlersKeep.ts'])).toEqual([]);
    expect(codes(errors['intakeKeeps.ts'])).toEqual([]);
  });

  it.each([
    ['findMisspelt.ts', 'a find by a column the tab lacks', 'TS2345', `Argument of type '"case_nom"' is not assignable`],
    ['otherTabsColumn.ts', "a find by another tab's column", 'TS2345', `Argument of type '"beneficiary_id"' is not assignable`],
    ['readMisspelt.ts', 'a read of a misspelt column', 'TS2551', `Property 'stauts' does not exist`],
    ['appendMisspelt.ts', 'an appended row with a misspelt column', 'TS2561', `'stauts' does not exist in type`],
    ['updateMisspelt.ts', 'an update of a column the tab lacks', 'TS2353', `'closed' does not exist in type`],
    ['helperMisspelt.ts', 'a row helper given a column the tab lacks', 'TS2345', `Argument of type '"closedAt"' is not assignable`],
    ['dialogColumnMisspelt.ts', "a dialog field labelled by a column its tab lacks", 'TS2820', `Type '"plcae"' is not assignable`],
    ['dialogWrongKind.ts', 'a text field for a number the use case needs', 'TS2322', `Type '"text"' is not assignable to type '"number"'`],
    ['dialogFieldMissing.ts', 'a dialog leaving out a property of the input', 'TS2741', `Property 'findings' is missing`],
    ['dialogRequiredMadeOptional.ts', 'a required property made optional in the dialog', 'TS2322', `Type 'true' is not assignable to type 'false'`],
    ['dialogLabelMissing.ts', 'a dialog field labelled by a key the catalog lacks', 'TS2820', `Type '"privacy.breach.dialog.discoveredTme"' is not assignable`],
    ['dialogOtherTabsColumn.ts', "a dialog field naming another tab's column", 'TS2322', `Type '"details"' is not assignable`],
    ['dialogColumnAndLabel.ts', 'a dialog field labelled both by a column and a key', 'TS2322', `is not assignable to type`],
    ['labelMisspelt.ts', "a column header of a column the tab lacks", 'TS2345', `Argument of type '"case_nom"' is not assignable`],
    ['labelOtherTab.ts', "a column header of another tab's column", 'TS2345', `Argument of type '"beneficiary_id"' is not assignable`],
    ['actionInputMisspelt.ts', 'a row action input named by no column of its tab, without a label', 'TS2322', `is not assignable to type '{ readonly kind: "choice"; } & { readonly label: LabelKey; }'`],
    ['actionUnlabelled.ts', 'a row action whose id is no label under its tab, without a label', 'TS2322', `& { readonly label: LabelKey; } & { readonly inputs: {}; }'`],
    ['actionLabelMissing.ts', 'a row action input labelled by a key the catalog lacks', 'TS2820', `Type '"sidebar.field.reasn"' is not assignable`],
    ['readerGivenOtherTab.ts', "a program reader given a cases row", 'TS2345', `Argument of type 'Row<`],
    ['readerCellMisspelt.ts', 'a registration reader given a misspelt cell', 'TS2561', `'full_nam' does not exist in type`],
    ['writerReadMisspelt.ts', "a misspelt column read from a program writer's cells", 'TS2339', `Property 'nmae' does not exist`],
    ['caseCellMisspelt.ts', 'a case reader given a misspelt cell', 'TS2561', `'stat' does not exist in type`],
    ['outboxCellMisspelt.ts', 'a misspelt column read from a delivered outbox row', 'TS2551', `Property 'stauts' does not exist`],
    ['ackGivenOtherTab.ts', "the lost acknowledgement's recovery given a beneficiaries row for a case row", 'TS2345', `Argument of type 'Row<`],
    ['indexCellMisspelt.ts', 'the lookup index told of a misspelt beneficiaries column', 'TS2561', `'national_idd' does not exist in type`],
    ['personReadMisspelt.ts', "a misspelt column read from the beneficiary the intake wrote", 'TS2551', `Property 'mobil' does not exist`],
    ['hitReadMisspelt.ts', "a misspelt column read from a row the lookup index found", 'TS2551', `Property 'opted_out' does not exist`],
    ['domainColumnMisspelt.ts', "the domain's cells naming a column the beneficiaries tab lacks", 'TS2322', `'{ full_nam: "not a column of beneficiaries"; }'`],
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
