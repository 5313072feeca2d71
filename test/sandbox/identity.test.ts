// Who the user is, as Google gives it: every cell of docs/sandbox.md's table (account kind x context ->
// Session.getActiveUser(), Session.getEffectiveUser(), e.user), each checked on a small script.
import { Sandbox } from '../../sandbox/core/runtime';
import type { ExecutionResult } from '../../sandbox/core/runtime';
import { identityFor, sameWorkspaceDomain } from '../../sandbox/core/identity';

const CODE = `
function who(e) {
  return JSON.stringify({
    active: Session.getActiveUser().getEmail(),
    effective: Session.getEffectiveUser().getEmail(),
    eUser: e && e.user ? e.user.getEmail() : null,
  });
}
function menuItem() { return who(); }
function onOpen(e) { return who(e); }
function onEdit(e) { return who(e); }
function installedOpen(e) { return who(e); }
function installedEdit(e) { return who(e); }
function submitted(e) { return who(e); }
function tick(e) { return who(e); }
function doGet(e) { return who(e); }
function install() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  ScriptApp.newTrigger('installedOpen').forSpreadsheet(ss).onOpen().create();
  ScriptApp.newTrigger('installedEdit').forSpreadsheet(ss).onEdit().create();
  ScriptApp.newTrigger('tick').timeBased().everyHours(1).create();
  var form = FormApp.create('f').setPublished(true);
  form.setCollectEmail(true);
  form.addTextItem().setTitle('q');
  ScriptApp.newTrigger('submitted').forForm(form).onFormSubmit().create();
  return [form.getId(), form.getItems()[0].getId()];
}
`;

interface Seen { active: string; effective: string; eUser: string | null }

function seen(run: ExecutionResult | undefined): Seen {
  if (!run) throw new Error('no execution');
  if (run.error) throw run.error;
  return JSON.parse(String(run.result)) as Seen;
}

interface World { account: 'consumer' | 'workspace'; owner: string; person: string; label: string }

function world(w: World) {
  const sb = new Sandbox({ code: CODE, start: '2026-11-22T06:00:00Z', account: w.account, owner: w.owner });
  const [formId, itemId] = sb.execute('install').result as [string, number];
  const edits = sb.edit('Sheet1', 'A1', 'x', w.person).executions;
  const opens = sb.open(w.person);
  return {
    sb,
    menu: seen(sb.execute('menuItem', [], { user: w.person })),
    simpleEdit: seen(edits.find((e) => e.cause === 'simple:onEdit')),
    installedEdit: seen(edits.find((e) => e.fn === 'installedEdit')),
    simpleOpen: seen(opens.find((e) => e.cause === 'simple:onOpen')),
    installedOpen: seen(opens.find((e) => e.fn === 'installedOpen')),
    submit: seen(sb.submitForm(formId, { [String(itemId)]: 'a' }, w.person).executions[0]),
    clock: seen(sb.advanceTo('2026-11-22T07:30:00Z')[0]),
    webapp: seen(sb.execute('doGet', [{}], { user: w.person, context: 'webapp' })),
    webappAsUser: seen(sb.execute('doGet', [{}], { user: w.person, context: 'webappAsUser' })),
  };
}

const hidden = (owner: string): Seen => ({ active: '', effective: owner, eUser: '' });

describe('consumer accounts (gmail.com): an officer who is not the owner', () => {
  const owner = 'esrar.org@gmail.com';
  const officer = 'officer.noura@gmail.com';
  const r = world({ account: 'consumer', owner, person: officer, label: 'consumer' });

  it('menu, dialog and sidebar calls: the officer, who authorised the script, is active and effective', () => {
    expect(r.menu).toEqual({ active: officer, effective: officer, eUser: null });
  });
  it('simple onEdit / onOpen: nobody is revealed, e.user is blank too', () => {
    expect(r.simpleEdit).toEqual({ active: '', effective: '', eUser: '' });
    expect(r.simpleOpen).toEqual({ active: '', effective: '', eUser: '' });
  });
  it('installable onEdit / onOpen: runs as the owner who created it; the editor is blank, e.user blank', () => {
    expect(r.installedEdit).toEqual(hidden(owner));
    expect(r.installedOpen).toEqual(hidden(owner));
  });
  it('installable form submit: runs as the creator; the respondent is not revealed', () => {
    expect(r.submit).toEqual({ active: '', effective: owner, eUser: null });
  });
  it('time-driven: runs as the creator, with no active user', () => {
    expect(r.clock).toEqual({ active: '', effective: owner, eUser: null });
  });
  it('web app executing as me: the deployer is effective; the visitor is blank', () => {
    expect(r.webapp).toEqual({ active: '', effective: owner, eUser: null });
  });
  it('web app executing as the user accessing it: the visitor, who authorised it', () => {
    expect(r.webappAsUser).toEqual({ active: officer, effective: officer, eUser: null });
  });
  it('the execution log says whom it ran as and whom the script saw', () => {
    const edit = r.sb.edit('Sheet1', 'A2', 'y', officer).executions.find((e) => e.fn === 'installedEdit');
    expect([edit?.user, edit?.activeUser, edit?.context]).toEqual([owner, '', 'installable']);
  });
});

describe('the owner acting on their own file (any account kind)', () => {
  const owner = 'esrar.org@gmail.com';
  const r = world({ account: 'consumer', owner, person: owner, label: 'owner' });

  it('is revealed everywhere a person acts, the developer running the script themselves', () => {
    const me = { active: owner, effective: owner };
    expect(r.menu).toEqual({ ...me, eUser: null });
    expect(r.simpleEdit).toEqual({ ...me, eUser: owner });
    expect(r.installedEdit).toEqual({ ...me, eUser: owner });
    expect(r.installedOpen).toEqual({ ...me, eUser: owner });
    expect(r.submit).toEqual({ ...me, eUser: null });
    expect(r.webapp).toEqual({ ...me, eUser: null });
  });
  it('a time-driven run still has no active user', () => {
    expect(r.clock).toEqual({ active: '', effective: owner, eUser: null });
  });
});

describe('a Google Workspace domain: a colleague in the owner\'s domain', () => {
  const owner = 'admin@esrar.org.sa';
  const officer = 'officer@esrar.org.sa';
  const r = world({ account: 'workspace', owner, person: officer, label: 'workspace' });

  it('menu and sidebar calls: the colleague', () => {
    expect(r.menu).toEqual({ active: officer, effective: officer, eUser: null });
  });
  it('installable onEdit / onOpen / submit: the colleague is revealed; the trigger runs as its creator', () => {
    expect(r.installedEdit).toEqual({ active: officer, effective: owner, eUser: officer });
    expect(r.installedOpen).toEqual({ active: officer, effective: owner, eUser: officer });
    expect(r.submit).toEqual({ active: officer, effective: owner, eUser: null });
  });
  it('simple triggers: blank even in the same domain (Google: "generally"; the sandbox is stricter)', () => {
    expect(r.simpleEdit).toEqual({ active: '', effective: '', eUser: '' });
    expect(r.simpleOpen).toEqual({ active: '', effective: '', eUser: '' });
  });
  it('web app as me: the colleague is revealed, the deployer is effective', () => {
    expect(r.webapp).toEqual({ active: officer, effective: owner, eUser: null });
  });
  it('time-driven: the creator, no active user', () => {
    expect(r.clock).toEqual({ active: '', effective: owner, eUser: null });
  });
});

describe('a collaborator from outside the owner\'s Workspace domain', () => {
  const owner = 'admin@esrar.org.sa';
  const guest = 'volunteer@partner.org';
  const r = world({ account: 'workspace', owner, person: guest, label: 'outside' });

  it('is revealed only where they authorised the script themselves', () => {
    expect(r.menu).toEqual({ active: guest, effective: guest, eUser: null });
    expect(r.webappAsUser).toEqual({ active: guest, effective: guest, eUser: null });
  });
  it('is blank in every trigger and in a web app as me', () => {
    expect(r.installedEdit).toEqual(hidden(owner));
    expect(r.installedOpen).toEqual(hidden(owner));
    expect(r.simpleEdit).toEqual({ active: '', effective: '', eUser: '' });
    expect(r.submit).toEqual({ active: '', effective: owner, eUser: null });
    expect(r.webapp).toEqual({ active: '', effective: owner, eUser: null });
  });
});

describe('the domain rule', () => {
  it('never takes two gmail.com accounts for one domain, nor a custom domain on a consumer organisation', () => {
    expect(sameWorkspaceDomain('workspace', 'a@gmail.com', 'b@gmail.com')).toBe(false);
    expect(sameWorkspaceDomain('workspace', 'a@googlemail.com', 'b@googlemail.com')).toBe(false);
    expect(sameWorkspaceDomain('consumer', 'a@esrar.org.sa', 'b@esrar.org.sa')).toBe(false);
    expect(sameWorkspaceDomain('workspace', 'a@esrar.org.sa', 'B@ESRAR.ORG.SA')).toBe(true);
  });
  it('an anonymous web app visitor is blank, and the deployer still runs it', () => {
    expect(identityFor({ context: 'webapp', account: 'workspace', owner: 'admin@esrar.org.sa', person: '' })).toEqual({ active: '', effective: 'admin@esrar.org.sa' });
  });
  it('a trigger a colleague created runs as that colleague, and reveals the owner to it only in one domain', () => {
    const consumer = { context: 'installable' as const, owner: 'esrar.org@gmail.com', creator: 'officer.noura@gmail.com', person: 'esrar.org@gmail.com' };
    expect(identityFor({ ...consumer, account: 'consumer' })).toEqual({ active: '', effective: 'officer.noura@gmail.com' });
    const domain = { context: 'installable' as const, owner: 'admin@esrar.org.sa', creator: 'officer@esrar.org.sa', person: 'admin@esrar.org.sa' };
    expect(identityFor({ ...domain, account: 'workspace' })).toEqual({ active: 'admin@esrar.org.sa', effective: 'officer@esrar.org.sa' });
    expect(identityFor({ ...domain, account: 'consumer' })).toEqual({ active: '', effective: 'officer@esrar.org.sa' });
  });
});
