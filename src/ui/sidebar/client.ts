// The sidebar in the browser: calls the server through google.script.run, typed by SidebarApi, and builds
// every piece of the page with textContent, so nothing the server sends is ever parsed as HTML.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type {
  CasePanel, FieldView, InitialView, MyWork, Reply, SearchHit, SidebarApi, SidebarFunction, SidebarText, StepView, Viewer, WorkItem,
} from '../contract';

type View = InitialView | 'search';
type Key = keyof SidebarText;

interface ScriptRunner {
  withSuccessHandler(f: (value: unknown) => void): ScriptRunner;
  withFailureHandler(f: (error: Error) => void): ScriptRunner;
  [fn: string]: unknown;
}
declare const google: { script: { run: ScriptRunner } };

const body = document.body;
const M = JSON.parse(body.dataset.messages ?? '{}') as SidebarText;

/** A catalog message with its {placeholders} filled. */
function msg(key: Key, params: Record<string, string | number> = {}): string {
  return (M[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? isolatedValue(String(params[name])) : whole));
}

/** As the server's catalog does: a value that reads left to right (an e-mail, a Latin name) is isolated in Arabic text. */
function isolatedValue(value: string): string {
  const ltr = !/[\u0621-\u064A]/.test(value) && /[A-Za-z0-9\u0660-\u0669]/.test(value) && !/^[0-9\u0660-\u0669]+$/.test(value);
  return ltr ? `\u2068${value}\u2069` : value;
}

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** Text as nodes: each U+2068…U+2069 span the server's catalog isolated becomes a <bdi dir="ltr"> element. */
function textNodes(text: string): Array<string | HTMLElement> {
  return text.split(/(\u2068[^\u2069]*\u2069)/).filter((part) => part !== '').map((part) => (part.startsWith('\u2068') ? isolated(part.slice(1, -1)) : part));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.replaceChildren(...textNodes(text));
  if (className) node.className = className;
  return node;
}

let pending = 0;
function busy(delta: 1 | -1): void {
  pending += delta;
  $('progress').textContent = pending > 0 ? msg('sidebar.working') : '';
}

function showError(text: string): void {
  $('error').replaceChildren(...textNodes(text));
}

/**
 * One server call: the name and arguments are checked against SidebarApi at compile time. A refusal (Reply ok:false)
 * or a failed call shows Arabic text in the panel and resolves to null; the panel never waits on a frozen UI.
 */
function call<K extends SidebarFunction>(name: K, ...args: Parameters<SidebarApi[K]>): Promise<ReturnType<SidebarApi[K]> extends Reply<infer T> ? T | null : never> {
  showError('');
  $('message').textContent = '';
  busy(1);
  return new Promise((resolve) => {
    const done = (value: unknown) => {
      busy(-1);
      const reply = value as Reply<unknown> | null;
      if (reply && reply.ok) return resolve(reply.value as never);
      showError(reply && !reply.ok ? reply.message : msg('sidebar.error.failed'));
      resolve(null as never);
    };
    const runner = google.script.run
      .withSuccessHandler(done)
      .withFailureHandler(() => done(null));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

function showViewer(viewer: Viewer): void {
  $('viewer').replaceChildren(...textNodes(msg('sidebar.viewer', { name: viewer.name || viewer.email, role: viewer.roleLabel })));
}

/** Text isolated from the Arabic around it, so "1448-00001" or "1••••••008" keeps its own order. */
function isolated(text: string): HTMLElement {
  const node = document.createElement('bdi');
  node.textContent = text;
  node.dir = 'ltr';
  return node;
}

/** Label/value pairs; values marked `ltr` (identifiers, emails) are isolated left to right. */
function facts(list: HTMLElement, rows: Array<[string, string, 'ltr'?]>): void {
  list.replaceChildren(
    ...rows.filter(([, v]) => v !== '').flatMap(([k, v, dir]) => {
      const dd = el('dd');
      dd.append(dir === 'ltr' ? isolated(v) : v);
      return [el('dt', k), dd];
    }),
  );
}

// ---- case panel ----

let currentCase: string | null = null;

function renderPanel(panel: CasePanel | null): void {
  $('step-form').hidden = true;
  $('case-panel').hidden = panel === null;
  $('case-empty').textContent = panel === null ? msg('sidebar.noCase') : '';
  currentCase = panel?.caseNo ?? null;
  if (!panel) return;
  $<HTMLInputElement>('case-no').value = panel.caseNo;
  $('case-heading').replaceChildren(`${msg('sidebar.caseNoLabel')}: `, isolated(panel.caseNoLabel ?? panel.caseNo));
  facts($('case-facts'), [[msg('sidebar.status'), panel.statusLabel], [msg('sidebar.service'), panel.service], [msg('sidebar.officer'), panel.officer, 'ltr']]);
  const b = panel.beneficiary;
  facts($('beneficiary'), [[msg('sidebar.name'), b.name], [msg('sidebar.nationalId'), b.nationalId, 'ltr'], [msg('sidebar.mobile'), b.mobile, 'ltr'], [msg('sidebar.email'), b.email, 'ltr']]);
  $('masked-note').hidden = !b.masked;
  const deadline = $('deadline');
  if (panel.deadline) {
    deadline.replaceChildren(el('div', panel.deadline.label, `urgency-${panel.deadline.urgency}`), el('div', panel.deadline.dueDual, 'muted'));
  } else deadline.replaceChildren(el('div', msg('sidebar.deadline.none'), 'muted'));
  const steps = $('steps');
  steps.replaceChildren(...panel.steps.map((step) => stepButton(step)));
  if (panel.steps.length === 0) steps.replaceChildren(el('div', panel.archivedNote ?? msg('sidebar.steps.none'), 'muted'));
  const timeline = $('timeline');
  timeline.replaceChildren(
    ...panel.timeline.map((e) => {
      const li = el('li');
      const who = el('div', undefined, 'muted');
      who.append(isolated(e.actor), ` — ${e.atLabel}`);
      li.append(el('div', e.action), el('div', [e.details].filter(Boolean).join(''), 'details'), who);
      return li;
    }),
  );
  if (panel.timeline.length === 0) timeline.replaceChildren(el('li', msg('sidebar.timeline.empty'), 'muted'));
}

function stepButton(step: StepView): HTMLButtonElement {
  const button = el('button', step.label);
  button.type = 'button';
  button.dataset.step = step.id;
  button.addEventListener('click', () => (step.fields.length === 0 ? runStep(step, {}) : openStepForm(step)));
  return button;
}

function fieldInput(field: FieldView): HTMLElement {
  const id = `field-${field.name}`;
  let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (field.kind === 'select') {
    const select = el('select');
    for (const option of field.options ?? []) {
      const o = el('option', option.label);
      o.value = option.value;
      select.append(o);
    }
    input = select;
  } else input = field.kind === 'textarea' ? el('textarea') : el('input');
  input.id = id;
  input.name = field.name;
  if (field.value !== undefined) input.value = field.value;
  const label = el('label', field.required ? `${field.label} *` : field.label);
  label.htmlFor = id;
  const wrap = el('div');
  wrap.append(label, input);
  return wrap;
}

function openStepForm(step: StepView): void {
  const form = $<HTMLFormElement>('step-form');
  const submit = el('button', msg('sidebar.submit'), 'primary');
  submit.type = 'submit';
  submit.id = 'step-submit';
  const cancel = el('button', msg('sidebar.cancel'));
  cancel.type = 'button';
  cancel.addEventListener('click', () => (form.hidden = true));
  const actions = el('div', undefined, 'row');
  actions.append(submit, cancel);
  form.replaceChildren(el('h2', step.label), ...step.fields.map(fieldInput), actions);
  form.onsubmit = (event) => {
    event.preventDefault();
    const input: Record<string, string> = {};
    for (const field of step.fields) input[field.name] = (form.elements.namedItem(field.name) as HTMLInputElement).value;
    void runStep(step, input);
  };
  form.hidden = false;
  form.querySelector<HTMLElement>('input, select, textarea')?.focus();
}

/** Buttons of the case are disabled while a step runs, so one click is one step; the rest of the panel stays live. */
async function runStep(step: StepView, input: Record<string, string>): Promise<void> {
  if (!currentCase) return;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('#steps button, #step-form button')];
  buttons.forEach((b) => (b.disabled = true));
  const done = await call('sidebarStep', currentCase, step.id, input);
  buttons.forEach((b) => (b.disabled = false));
  if (!done) return;
  renderPanel(done.panel);
  $('message').replaceChildren(...textNodes(done.message));
}

async function openCase(caseNo: string | null): Promise<void> {
  show('case');
  const answer = await call('sidebarCase', caseNo);
  if (!answer) return;
  showViewer(answer.viewer);
  renderPanel(answer.panel);
}

// ---- my work and search ----

/** One case in a list: its number isolated left to right, then the name, then the other lines. */
function caseItem(caseNo: string, shown: string, name: string, lines: Array<[string, string?]>): HTMLLIElement {
  const li = el('li', undefined, 'item');
  li.dataset.case = caseNo;
  li.tabIndex = 0;
  const head = el('div');
  head.append(isolated(shown), ` — ${name}`);
  li.append(head, ...lines.map(([text, className]) => el('div', text, className)));
  li.addEventListener('click', () => void openCase(caseNo));
  return li;
}

function workList(id: keyof MyWork, items: WorkItem[]): void {
  const list = $(id);
  list.replaceChildren(
    ...items.map((w) => caseItem(w.caseNo, w.caseNoLabel ?? w.caseNo, w.name, [[w.statusLabel, 'muted'], [w.deadlineLabel, `urgency-${w.urgency}`]])),
  );
  if (items.length === 0) list.replaceChildren(el('li', msg('sidebar.myWork.empty'), 'muted'));
}

async function loadMyWork(): Promise<void> {
  show('myWork');
  const answer = await call('sidebarMyWork');
  if (!answer) return;
  showViewer(answer.viewer);
  workList('overdue', answer.work.overdue);
  workList('dueToday', answer.work.dueToday);
  workList('open', answer.work.open);
}

function renderHits(hits: SearchHit[]): void {
  const list = $('search-results');
  list.replaceChildren(...hits.map((h) => caseItem(h.caseNo, h.caseNoLabel ?? h.caseNo, h.name, [[[h.statusLabel, h.mobile ? `\u2068${h.mobile}\u2069` : ''].filter(Boolean).join(' — '), 'muted']])));
  if (hits.length === 0) list.replaceChildren(el('li', msg('sidebar.search.none'), 'muted'));
}

// ---- frame ----

function show(view: View): void {
  for (const v of ['case', 'myWork', 'search'] as const) {
    $(`view-${v}`).hidden = v !== view;
    $(`tab-${v}`).setAttribute('aria-selected', String(v === view));
  }
  $('title').textContent = msg(view === 'myWork' ? 'sidebar.myWorkTitle' : 'sidebar.title');
}

function label(id: string, key: Key): void {
  $(id).textContent = msg(key);
}

function start(): void {
  label('tab-case', 'sidebar.tab.case');
  label('tab-myWork', 'sidebar.tab.myWork');
  label('tab-search', 'sidebar.tab.search');
  label('case-open', 'sidebar.open');
  label('beneficiary-heading', 'sidebar.beneficiary');
  label('masked-note', 'sidebar.masked');
  label('deadline-heading', 'sidebar.deadline');
  label('steps-heading', 'sidebar.steps');
  label('timeline-heading', 'sidebar.timeline');
  label('overdue-heading', 'sidebar.myWork.overdue');
  label('dueToday-heading', 'sidebar.myWork.dueToday');
  label('open-heading', 'sidebar.myWork.open');
  label('search-label', 'sidebar.search.label');
  label('search-go', 'sidebar.search.button');
  $<HTMLInputElement>('case-no').placeholder = msg('sidebar.caseNoLabel');
  $<HTMLInputElement>('case-no').setAttribute('aria-label', msg('sidebar.caseNoLabel'));

  $('tab-case').addEventListener('click', () => void openCase(currentCase));
  $('tab-myWork').addEventListener('click', () => void loadMyWork());
  $('tab-search').addEventListener('click', () => show('search'));
  $<HTMLFormElement>('case-find').addEventListener('submit', (event) => {
    event.preventDefault();
    void openCase($<HTMLInputElement>('case-no').value.trim() || null);
  });
  $<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void call('sidebarSearch', $<HTMLInputElement>('search-q').value).then((hits) => hits && renderHits(hits));
  });

  if (body.dataset.view === 'myWork') void loadMyWork();
  else void openCase(null);
}

start();
