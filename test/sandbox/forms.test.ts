// Fidelity of FormApp: a person's submission writes the response row and fires both trigger kinds.
import { Sandbox } from '../../sandbox/core/runtime';

const CODE = `
function setup() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var form = FormApp.create('Request');
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
});
