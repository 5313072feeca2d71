// Scopes, checked on every service call: the scopes Google's reference requires for the method
// (scopes.generated.json, from gas-types-detailed) against what the execution holds — the manifest's
// oauthScopes, or, in a simple trigger (authMode LIMITED), only what needs no authorization.
import * as fs from 'fs';
import * as path from 'path';
import TABLE from './scopes.generated.json';

export const AUTH_PREFIX = 'https://www.googleapis.com/auth/';
const SCOPES = TABLE as Record<string, string[]>;

/** The parts of appsscript.json the sandbox reads. */
export interface Manifest {
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: Array<{ userSymbol: string; serviceId: string; version: string }> };
}

/** What a simple trigger may use without authorization: the file it is bound to (the `.currentonly`
 *  scopes) and the user's email where Google reveals it. Everything else is refused, as in Apps Script. */
const LIMITED_GRANT = new Set(['spreadsheets.currentonly', 'documents.currentonly', 'forms.currentonly', 'userinfo.email']);

/** The scopes Google's reference lists for `method` (any one suffices; [] = none needed). A method with
 *  no entry is a sandbox defect (a fake under a name Google does not have, or a table gone stale). */
export function requiredScopes(method: string): string[] {
  const scopes = SCOPES[method];
  if (!scopes) throw missingScopeEntry(method);
  return scopes;
}

/** The sandbox's own error (a Node Error, not an Apps Script Exception) for a call with no entry. */
export function missingScopeEntry(method: string): Error {
  return new Error(`Sandbox: ${method} has no entry in sandbox/core/scopes.generated.json (not a method of Google's reference, or the table is stale: npx tsx scripts/generateScopes.ts)`, { cause: { code: 'SANDBOX_NO_SCOPE_ENTRY' } });
}

export function hasScopeEntry(method: string): boolean {
  return SCOPES[method] !== undefined;
}

/** Apps Script's wording: one scope alone, several as `(a || b)`, in the reference's order. */
export function permissionMessage(method: string, scopes: string[]): string {
  const full = scopes.map((s) => AUTH_PREFIX + s);
  return `You do not have permission to call ${method}. Required permissions: ${full.length === 1 ? full[0] : `(${full.join(' || ')})`}`;
}

/** The scopes an execution holds. `null` = automatic detection (a manifest without oauthScopes): Apps
 *  Script then asks for whatever the code uses, so every call is covered. */
export class Grant {
  private constructor(private readonly scopes: Set<string> | null, readonly limited: boolean) {}

  static of(manifest: Manifest | null, limited = false): Grant {
    if (limited) return new Grant(LIMITED_GRANT, true);
    const declared = manifest?.oauthScopes;
    if (!declared) return new Grant(null, false);
    return new Grant(new Set(declared.map((s) => (s.startsWith(AUTH_PREFIX) ? s.slice(AUTH_PREFIX.length) : s))), false);
  }

  /** Whether the execution holds this scope (automatic detection holds all). */
  holds(scope: string): boolean {
    return this.scopes === null || this.scopes.has(scope);
  }

  /** The refusal for `method`, or null when one of its required scopes is held. */
  refusal(method: string): string | null {
    const required = requiredScopes(method);
    if (!required.length || required.some((s) => this.holds(s))) return null;
    return permissionMessage(method, required);
  }

  /** True when `method` is allowed only through `drive.file`: it then reaches only the files this script
   *  created (or that were opened with it), so the Drive fake checks each file it touches. */
  perFileOnly(method: string): boolean {
    const required = requiredScopes(method);
    return this.holds('drive.file') && !required.some((s) => s !== 'drive.file' && this.holds(s));
  }
}

/** The manifest clasp pushes with the bundle (build/appsscript.json). */
export function readManifest(buildDir: string): Manifest {
  const file = path.join(buildDir, 'appsscript.json');
  if (!fs.existsSync(file)) throw new Error(`Sandbox: no manifest at ${file} (run npm run build)`, { cause: { code: 'SANDBOX_NO_MANIFEST' } });
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

/** Whether the manifest enables an advanced service under this symbol (e.g. Drive, v3). */
export function advancedService(manifest: Manifest | null, userSymbol: string): { serviceId: string; version: string } | null {
  const found = manifest?.dependencies?.enabledAdvancedServices?.find((s) => s.userSymbol === userSymbol);
  return found ? { serviceId: found.serviceId, version: found.version } : null;
}
