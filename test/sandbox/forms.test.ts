// Fidelity of FormApp: a person's submission writes the response row and fires both trigger kinds.
import { Sandbox } from '../../sandbox/core/runtime';

const CODE = `
function setup() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var form = FormApp.create('Request').setTitle('Request').setPublished(true);
  var name = form.addTextItem().setTitle('Name').setRequired(true);
  var needs = form.addCheckboxItem().setTitle('Needs'); needs.setChoiceValues(['Food', 'Rent', 'Fees']);
  var phone = form.addTextItem().setTitle('Phone');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  ScriptApp.newTrigger('onFormBound').forForm(form).onFormSubmit().create();
  ScriptApp.newTrigger('onSheetBound').forSpreadsheet(ss).onFormSubmit().create();
  return { formId: form.getId(), name: name.getId(), needs: needs.getId(), phone: phone.getId() };
}
function onFormBound(e) {
  PropertiesService.getScriptProperties().setProperty('formEvent', JSON.stringify({
    keys: Object.keys(e).sort(), title: e.source.getTitle(), id: e.response.getId(),
    answers: e.response.getItemResponses().map(function (r) { return [r.getItem().getTitle(), r.getResponse()]; }) }));
}
function onSheetBound(e) {
  PropertiesService.getScriptProperties().setProperty('sheetEvent', JSON.stringify({
    keys: Object.keys(e).sort(), values: e.values, named: e.namedValues, range: e.range.getA1Notation(), sheet: e.range.getSheet().getName() }));
}
function scriptSubmits(formId, itemId) {
  var form = FormApp.openById(formId);
  var item = form.getItemById(itemId).asTextItem();
  form.createResponse().withItemResponse(item.createResponse('From script')).submit();
}
function fresh(published) {
  var form = published === undefined ? FormApp.create('Drive name') : FormApp.create('Drive name', published);
  return { id: form.getId(), title: form.getTitle(), published: form.isPublished(), accepting: form.isAcceptingResponses(),
    supports: form.supportsAdvancedResponderPermissions(), fileName: DriveApp.getFileById(form.getId()).getName() };
}
function acceptWhileUnpublished() { FormApp.create('X').setAcceptingResponses(true); }
function createWith(title) { FormApp.create(title); }
function publishState(formId, published, accepting) {
  var form = FormApp.openById(formId);
  if (published !== null) form.setPublished(published);
  if (accepting !== null) form.setAcceptingResponses(accepting);
  return { published: form.isPublished(), accepting: form.isAcceptingResponses() };
}
function sheetNames() { return SpreadsheetApp.getActiveSpreadsheet().getSheets().map(function (s) { return s.getName(); }); }
`;

function setUp() {
  const sandbox = new Sandbox({ code: CODE, start: '2025-03-02T06:00:00Z' });
  const ids = sandbox.execute('setup').result as { formId: string; name: number; needs: number; phone: number };
  const props = () => (sandbox.world.services.properties as { script: Record<string, string> }).script;
  return { sandbox, ids, props };
}

describe('FormApp fake', () => {
  it('given a linked form, then Google adds a "Form Responses 1" sheet first', () => {
    const { sandbox } = setUp();
    expect(sandbox.execute('sheetNames').result).toEqual(['Form Responses 1', 'Sheet1']);
  });

  it('given a submission, when it arrives, then a row is written and both triggers get the real event shapes', () => {
    const { sandbox, ids, props } = setUp();
    const { executions } = sandbox.submitForm(ids.formId, { [ids.name]: 'Ali', [ids.needs]: ['Food', 'Fees'], [ids.phone]: '0501234567' });
    expect(executions.map((x) => [x.fn, x.error])).toEqual([['onFormBound', null], ['onSheetBound', null]]);

    const formEvent = JSON.parse(props().formEvent);
    expect(formEvent.keys).toEqual(['authMode', 'response', 'source', 'triggerUid']);
    expect(formEvent.answers).toEqual([['Name', 'Ali'], ['Needs', ['Food', 'Fees']], ['Phone', '0501234567']]);

    const sheetEvent = JSON.parse(props().sheetEvent);
    expect(sheetEvent.keys).toEqual(['authMode', 'namedValues', 'range', 'triggerUid', 'values']);
    // The sheet row is what Sheets made of the answers: checkboxes joined, the phone's zero lost.
    expect(sheetEvent.values).toEqual([expect.stringMatching(/^3\/2\/2025 9:00:\d\d$/), 'Ali', 'Food, Fees', '501234567']);
    expect(sheetEvent.named.Needs).toEqual(['Food, Fees']);
    expect(sheetEvent).toMatchObject({ range: 'A2:D2', sheet: 'Form Responses 1' });
  });

  it('given a required question left empty, then the submission is refused and nothing is written', () => {
    const { sandbox, ids } = setUp();
    expect(() => sandbox.submitForm(ids.formId, { [ids.phone]: '1' })).toThrow('"Name" is required');
    expect(sandbox.executions).toHaveLength(1);
  });

  it("given a script's own FormResponse.submit(), then the row is written but no trigger fires", () => {
    const { sandbox, ids, props } = setUp();
    const result = sandbox.execute('scriptSubmits', [ids.formId, ids.name]);
    expect(result.error).toBeNull();
    expect(props().formEvent).toBeUndefined();
    expect(sandbox.executions.map((x) => x.fn)).toEqual(['setup', 'scriptSubmits']);
  });

  it('given a blank replay, then the sheet-bound trigger fires again with blank answers and the same timestamp', () => {
    const { sandbox, ids, props } = setUp();
    sandbox.submitForm(ids.formId, { [ids.name]: 'Ali' });
    const firstTimestamp = JSON.parse(props().sheetEvent).values[0];
    sandbox.replayLastSubmission(ids.formId, true);
    expect(JSON.parse(props().sheetEvent).values).toEqual([firstTimestamp, '', '', '']);
    expect(JSON.parse(props().formEvent).answers).toEqual([]);
  });

  describe('publish state and title, as Google makes forms', () => {
    it('given FormApp.create(title), then only the Drive file is named: the form title is empty and it starts unpublished', () => {
      const { sandbox } = setUp();
      const run = sandbox.execute('fresh');
      expect(run.error).toBeNull();
      expect(run.result).toMatchObject({ title: '', published: false, accepting: false, supports: true, fileName: 'Drive name' });
    });

    it('given FormApp.create(title, true), then the form starts published and accepting responses', () => {
      const { sandbox } = setUp();
      expect(sandbox.execute('fresh', [true]).result).toMatchObject({ title: '', published: true, accepting: true });
    });

    it('given an empty or missing title, then create throws as Google does', () => {
      const { sandbox } = setUp();
      expect(sandbox.execute('createWith', ['']).error?.message).toBe('Invalid argument: title');
      expect(sandbox.execute('createWith', []).error?.message).toBe('Invalid argument: title');
    });

    it('given an unpublished form, then setAcceptingResponses(true) throws', () => {
      const { sandbox } = setUp();
      expect(sandbox.execute('acceptWhileUnpublished').error?.message).toMatch(/not published/);
    });

    it('given a change of publish state, then accepting responses follows it; closing a published form keeps it published', () => {
      const { sandbox, ids } = setUp();
      expect(sandbox.execute('publishState', [ids.formId, null, false]).result).toEqual({ published: true, accepting: false });
      expect(sandbox.execute('publishState', [ids.formId, false, null]).result).toEqual({ published: false, accepting: false });
      expect(sandbox.execute('publishState', [ids.formId, true, null]).result).toEqual({ published: true, accepting: true });
    });

    it('given an unpublished form, then a person cannot submit it and nothing is written or fired', () => {
      const { sandbox, ids, props } = setUp();
      sandbox.execute('publishState', [ids.formId, false, null]);
      const before = sandbox.executions.length;
      expect(() => sandbox.submitForm(ids.formId, { [ids.name]: 'Ali' })).toThrow(/not published/);
      expect(sandbox.executions).toHaveLength(before);
      expect(props().formEvent).toBeUndefined();
    });

    it('given a published form that stopped accepting responses, then a submission is refused as closed', () => {
      const { sandbox, ids } = setUp();
      sandbox.execute('publishState', [ids.formId, null, false]);
      expect(() => sandbox.submitForm(ids.formId, { [ids.name]: 'Ali' })).toThrow(/no longer accepting responses/);
      expect(sandbox.execute('scriptSubmits', [ids.formId, ids.name]).error?.message).toBe('This form is not accepting responses.');
    });
  });
});
