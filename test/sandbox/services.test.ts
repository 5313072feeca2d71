// The smaller services as a user of the product would notice them: cache expiry, fetch without a
// network, menus and dialogs, and people's edits refused by protection or validation.
import { Sandbox } from '../../sandbox/core/runtime';

const CODE = `
function cachePut() { CacheService.getScriptCache().put('k', 'v', 60); }
function cacheGet() { return CacheService.getScriptCache().get('k'); }
function fetchIt(url) { var r = UrlFetchApp.fetch(url, { method: 'post', payload: 'x=1', muteHttpExceptions: true }); return [r.getResponseCode(), r.getContentText()]; }
function onOpen() {
  var ui = SpreadsheetApp.getUi();
  ui.createMenu('Mustafid').addItem('New case', 'newCase').addSeparator().addSubMenu(ui.createMenu('More').addItem('About', 'about')).addToUi();
}
function ask() {
  var ui = SpreadsheetApp.getUi();
  var confirmed = ui.alert('Close case?', 'Really?', ui.ButtonSet.YES_NO);
  var reason = ui.prompt('Reason');
  ui.showSidebar(HtmlService.createHtmlOutput('<p>hi</p>').setTitle('Side'));
  return [confirmed, reason.getResponseText(), reason.getSelectedButton()];
}
function onEdit(e) { MailApp.sendEmail('manager@mustafid.org.sa', 'edited', e.value); }
function guard() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange('A1').setValue('locked');
  var p = sheet.getRange('A1').protect().setDescription('header');
  p.removeEditors(p.getEditors());
  sheet.getRange('B2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['open', 'closed']).setAllowInvalid(false).build());
  return p.getEditors().map(function (u) { return u.getEmail(); });
}
`;

describe('small services', () => {
  it('given a cached value for 60 s, then it is there at 59 s and gone at 61 s of virtual time', () => {
    const sandbox = new Sandbox({ code: CODE, start: '2025-01-05T05:00:00Z' });
    sandbox.execute('cachePut');
    sandbox.advanceTo('2025-01-05T05:00:59Z');
    expect(sandbox.execute('cacheGet').result).toBe('v');
    sandbox.advanceTo('2025-01-05T05:01:01Z');
    expect(sandbox.execute('cacheGet').result).toBeNull();
  });

  it('given a response table, then fetch answers from it, records the request, and never reaches the network', () => {
    const sandbox = new Sandbox({ code: CODE });
    sandbox.urlFetch.responses['https://api.example.org/*'] = { status: 201, body: 'created' };
    expect(sandbox.execute('fetchIt', ['https://api.example.org/cases']).result).toEqual([201, 'created']);
    expect(sandbox.urlFetch.requests).toMatchObject([{ url: 'https://api.example.org/cases', method: 'POST', payload: 'x=1' }]);
    expect(sandbox.execute('fetchIt', ['https://elsewhere.example/']).error?.message).toBe('Address unavailable: https://elsewhere.example/');
  });

  it('given onOpen, when a person opens the spreadsheet, then the menu is recorded with its items', () => {
    const sandbox = new Sandbox({ code: CODE });
    sandbox.open();
    sandbox.open();
    expect(sandbox.ui.menus).toEqual([{ name: 'Mustafid', items: [
      { kind: 'item', caption: 'New case', fn: 'newCase' }, { kind: 'separator' },
      { kind: 'subMenu', menu: { name: 'More', items: [{ kind: 'item', caption: 'About', fn: 'about' }] } },
    ] }]);
  });

  it('given scripted answers, then alert and prompt return them and the sidebar is kept', () => {
    const sandbox = new Sandbox({ code: CODE });
    sandbox.ui.answers.push({ button: 'YES' }, { button: 'OK', text: 'duplicate' });
    expect(sandbox.execute('ask').result).toEqual(['YES', 'duplicate', 'OK']);
    expect(sandbox.ui.dialogs).toMatchObject([{ kind: 'sidebar', title: 'Side', html: '<p>hi</p>' }]);
  });

  it('given a protected header and a list-validated cell, then a staff member cannot type over either; the owner keeps access', () => {
    const sandbox = new Sandbox({ code: CODE });
    expect(sandbox.execute('guard').result).toEqual([sandbox.world.owner]);
    expect(() => sandbox.edit('Sheet1', 'A1', 'x', 'staff@mustafid.org.sa')).toThrow(/protected cell/);
    expect(() => sandbox.edit('Sheet1', 'B2', 'maybe', 'staff@mustafid.org.sa')).toThrow(/Invalid/);
    expect(sandbox.edit('Sheet1', 'B2', 'closed', 'staff@mustafid.org.sa').value).toBe('closed');
  });

  it('given a simple onEdit that sends mail, then it is refused as in Apps Script, since simple triggers run without authorization', () => {
    const sandbox = new Sandbox({ code: CODE });
    const [simple] = sandbox.edit('Sheet1', 'C3', 'x').executions;
    expect(simple.error?.message).toBe('You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail');
    expect(sandbox.execute('onEdit', [], { event: { value: 'x' } }).error).toBeNull();
  });
});
