// Writes sandbox/core/scopes.generated.json: the OAuth scopes Google's reference requires for every
// method of the services the sandbox fakes, keyed by the sandbox's call names (`Range.getValues`).
// Run: npx tsx scripts/generateScopes.ts   (test/sandbox/scopes.test.ts fails when the file is stale).
//
// Source: the JSDoc "Authorization" block of each method in the npm package gas-types-detailed (a
// machine-readable copy of developers.google.com/apps-script/reference). No block = no scope needed.
// Overloads are unioned. The Drive advanced service (Drive API v3) is not in that package: its
// entries come from the Drive API reference, listed below with their sources.
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

export const SCOPES_PATH = path.join(__dirname, '..', 'sandbox', 'core', 'scopes.generated.json');
const REFERENCE_DIR = path.join(__dirname, '..', 'node_modules', 'gas-types-detailed');
const AUTH = 'https://www.googleapis.com/auth/';

/** The reference's namespaces for the services the sandbox fakes (the files they live in). */
const NAMESPACES: Record<string, string> = {
  Base: 'google-apps-script.base.d.ts',
  Cache: 'google-apps-script.cache.d.ts',
  Card: 'google-apps-script.card-service.d.ts',
  Document: 'google-apps-script.document.d.ts',
  Drive: 'google-apps-script.drive.d.ts',
  Forms: 'google-apps-script.forms.d.ts',
  HTML: 'google-apps-script.html.d.ts',
  Lock: 'google-apps-script.lock.d.ts',
  Mail: 'google-apps-script.mail.d.ts',
  Properties: 'google-apps-script.properties.d.ts',
  Script: 'google-apps-script.script.d.ts',
  Spreadsheet: 'google-apps-script.spreadsheet.d.ts',
  URL_Fetch: 'google-apps-script.url-fetch.d.ts',
  Utilities: 'google-apps-script.utilities.d.ts',
};

/** A sandbox class name that more than one namespace defines: which one the sandbox's fake is. */
const WHICH_NAMESPACE: Record<string, string> = {
  Range: 'Spreadsheet', // Document.Range is not faked; the sandbox's Range is a Sheets range
  ListItem: 'Document', // the sandbox's ListItem is a document list item; form items are FormItem
  Trigger: 'Script',
  GridItem: 'Card', // card grid items; form items of every type are FormItem // ScriptApp's triggers; card actions' triggers are not faked
};

/** Sandbox names for several reference classes at once (one fake handle plays all of them). */
const ALIASES: Record<string, { namespace: string; classes: RegExp }> = {
  // One handle plays every form item type (TextItem, MultipleChoiceItem...) and Item itself.
  FormItem: { namespace: 'Forms', classes: /^(Item|[A-Za-z]+Item)$/ },
  // One builder plays TriggerBuilder and the clock, form and spreadsheet trigger builders.
  TriggerBuilder: { namespace: 'Script', classes: /^(Trigger|Clock|Form|Spreadsheet|Document|Calendar)?TriggerBuilder$/ },
};

/** The Drive advanced service, Drive API v3 (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/<method>, "Authorization scopes"). */
const DRIVE_API_V3: Record<string, string[]> = {
  'Drive.Files.create': ['drive', 'drive.appdata', 'drive.file'],
  'Drive.Files.copy': ['drive', 'drive.appdata', 'drive.file', 'drive.photos.readonly'],
  'Drive.Files.get': ['drive', 'drive.appdata', 'drive.file', 'drive.meet.readonly', 'drive.metadata', 'drive.metadata.readonly', 'drive.photos.readonly', 'drive.readonly'],
  'Drive.Files.update': ['drive', 'drive.appdata', 'drive.file', 'drive.metadata', 'drive.scripts'],
};

/** Class names several namespaces define and WHICH_NAMESPACE does not settle (left without entries). */
export let lastAmbiguous: string[] = [];

type MethodScopes = Map<string, Set<string>>; // method name -> scopes (empty: none needed)

/** Scopes listed in one JSDoc comment's Authorization block, or [] when it has none. */
export function scopesInComment(comment: string): string[] {
  const at = comment.indexOf('Authorization:');
  if (at < 0) return [];
  const scopes: string[] = [];
  for (const line of comment.slice(at).split('\n').slice(1)) {
    const text = line.replace(/^\s*\*?\s?/, '').trim();
    if (!text || text.startsWith('Scripts that use')) continue;
    const match = /^- (https:\/\/www\.googleapis\.com\/auth\/\S+)$/.exec(text);
    if (!match) break;
    scopes.push(match[1]);
  }
  return scopes;
}

interface ParsedInterface {
  methods: MethodScopes;
  extends: string[];
}

function parseNamespace(file: string, namespace: string): Map<string, ParsedInterface> {
  const text = fs.readFileSync(path.join(REFERENCE_DIR, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const interfaces = new Map<string, ParsedInterface>();
  const visit = (node: ts.Node, inside: string[]): void => {
    if (ts.isModuleDeclaration(node)) {
      const next = [...inside, node.name.getText(source)];
      if (node.body) ts.forEachChild(node.body, (child) => visit(child, next));
      return;
    }
    if (ts.isInterfaceDeclaration(node) && inside.join('.') === `GoogleAppsScript.${namespace}`) {
      const parsed: ParsedInterface = interfaces.get(node.name.text) ?? { methods: new Map(), extends: [] };
      for (const clause of node.heritageClauses ?? []) for (const type of clause.types) parsed.extends.push(type.expression.getText(source).split('.').pop() as string);
      for (const member of node.members) {
        if (!ts.isMethodSignature(member) || !member.name) continue;
        const name = member.name.getText(source);
        const comment = (ts.getLeadingCommentRanges(text, member.getFullStart()) ?? []).map((r) => text.slice(r.pos, r.end)).join('\n');
        const set = parsed.methods.get(name) ?? new Set<string>();
        for (const scope of scopesInComment(comment)) set.add(scope);
        parsed.methods.set(name, set);
      }
      interfaces.set(node.name.text, parsed);
    }
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(source, []);
  return interfaces;
}

/** Methods of an interface with the ones it inherits from interfaces of the same namespace. */
function allMethods(interfaces: Map<string, ParsedInterface>, name: string, seen = new Set<string>()): MethodScopes {
  const result: MethodScopes = new Map();
  const own = interfaces.get(name);
  if (!own || seen.has(name)) return result;
  seen.add(name);
  for (const parent of own.extends) for (const [m, s] of allMethods(interfaces, parent, seen)) result.set(m, new Set(s));
  for (const [m, s] of own.methods) result.set(m, new Set(s));
  return result;
}

function shortScope(scope: string): string {
  return scope.startsWith(AUTH) ? scope.slice(AUTH.length) : scope;
}

/** The table: `Class.method` -> scopes (short form, after https://www.googleapis.com/auth/), sorted. */
export function buildScopeTable(): Record<string, string[]> {
  const byClass = new Map<string, Array<{ namespace: string; methods: MethodScopes }>>();
  const parsed = new Map<string, Map<string, ParsedInterface>>();
  for (const [namespace, file] of Object.entries(NAMESPACES)) {
    const interfaces = parseNamespace(file, namespace);
    parsed.set(namespace, interfaces);
    for (const name of interfaces.keys()) {
      const list = byClass.get(name) ?? [];
      list.push({ namespace, methods: allMethods(interfaces, name) });
      byClass.set(name, list);
    }
  }
  const table = new Map<string, Set<string>>();
  const ambiguous: string[] = [];
  const add = (cls: string, methods: MethodScopes) => {
    for (const [method, scopes] of methods) {
      const key = `${cls}.${method}`;
      const set = table.get(key) ?? new Set<string>();
      for (const s of scopes) set.add(shortScope(s));
      table.set(key, set);
    }
  };
  for (const [cls, defs] of byClass) {
    if (defs.length === 1) {
      add(cls, defs[0].methods);
      continue;
    }
    // A name several namespaces define gets an entry only when WHICH_NAMESPACE says which one the
    // sandbox fakes: otherwise a call under that name has no entry and fails loudly.
    const chosen = defs.find((d) => d.namespace === WHICH_NAMESPACE[cls]);
    if (chosen) add(cls, chosen.methods);
    else ambiguous.push(`${cls} (${defs.map((d) => d.namespace).join(', ')})`);
  }
  for (const [alias, { namespace, classes }] of Object.entries(ALIASES)) {
    const interfaces = parsed.get(namespace)!;
    const members = [...interfaces.keys()].filter((n) => classes.test(n));
    if (!members.length) throw new Error(`alias ${alias} matches no class of ${namespace}`);
    for (const name of members) add(alias, allMethods(interfaces, name));
  }
  for (const [key, scopes] of Object.entries(DRIVE_API_V3)) table.set(key, new Set(scopes));
  for (const cls of Object.keys(WHICH_NAMESPACE)) if (!byClass.get(cls)?.some((d) => d.namespace === WHICH_NAMESPACE[cls])) throw new Error(`WHICH_NAMESPACE: ${cls} is not in ${WHICH_NAMESPACE[cls]}`);
  lastAmbiguous = ambiguous;
  const out: Record<string, string[]> = {};
  for (const key of [...table.keys()].sort()) out[key] = [...(table.get(key) as Set<string>)];
  return out;
}

export function renderScopeTable(): string {
  return `${JSON.stringify(buildScopeTable(), null, 0).replace(/\],"/g, '],\n"').replace(/^\{/, '{\n').replace(/\}$/, '\n}')}\n`;
}

if (require.main === module) {
  fs.writeFileSync(SCOPES_PATH, renderScopeTable());
  console.log(`wrote ${path.relative(process.cwd(), SCOPES_PATH)}; names left without entries (several namespaces define them): ${lastAmbiguous.join(', ')}`);
}
