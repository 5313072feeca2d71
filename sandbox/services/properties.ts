// PropertiesService fake: script, user and document stores in the world, with Apps Script's size limits.
import { Buffer } from 'buffer';
import type { World } from '../core/context';
import type { ExecutionContext } from '../core/execution';
import { boundSpreadsheetIdOf, scriptError } from '../core/execution';
import type { Fake, Internal } from './gasShapes';

/** Apps Script allows 9 KB per property (key and value) and 500 KB per store. */
export const MAX_PROPERTY_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
export const VALUE_TOO_LARGE = 'Argument too large: value';
export const STORE_FULL = 'You have exceeded the property storage quota. Please remove some properties and try again.';

export interface PropertiesSlot {
  script: Record<string, string>;
  user: Record<string, Record<string, string>>;
  document: Record<string, Record<string, string>>;
  /** The stores of another Apps Script project in the same world (the Workspace add-on): Google keeps
   *  script and user properties per project, so the add-on never reads the register's script properties. */
  projects?: Record<string, { script: Record<string, string>; user: Record<string, Record<string, string>> }>;
}

/** The script and user stores of the running project (the bound one's, or a standalone project's own). */
export function projectStores(slot: PropertiesSlot, project: string | null): { script: Record<string, string>; user: Record<string, Record<string, string>> } {
  if (!project) return slot;
  slot.projects ??= {};
  return (slot.projects[project] ??= { script: {}, user: {} });
}

export function propertiesSlot(world: World): PropertiesSlot {
  const existing = world.services.properties as PropertiesSlot | undefined;
  if (existing) return existing;
  const created: PropertiesSlot = { script: {}, user: {}, document: {} };
  world.services.properties = created;
  return created;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function storeBytes(store: Record<string, string>): number {
  return Object.entries(store).reduce((sum, [k, v]) => sum + bytes(k) + bytes(v), 0);
}

/** Properties and PropertiesService as Google's reference has them (sandbox/services/gasShapes.ts). */
function createProperties(ctx: ExecutionContext, store: Record<string, string>): Fake<GoogleAppsScript.Properties.Properties> & Internal {
  /** Checks a batch of writes against both limits before any is applied, as one call. */
  const write = (entries: Array<[string, string]>, replaceAll: boolean) => {
    for (const [k, v] of entries) if (bytes(k) + bytes(v) > MAX_PROPERTY_BYTES) throw scriptError(VALUE_TOO_LARGE, 'PROPERTY_TOO_LARGE');
    const next = replaceAll ? {} : { ...store };
    for (const [k, v] of entries) next[k] = v;
    if (storeBytes(next) > MAX_STORE_BYTES) throw scriptError(STORE_FULL, 'PROPERTY_STORE_FULL');
    if (replaceAll) for (const k of Object.keys(store)) delete store[k];
    Object.assign(store, next);
  };
  const properties: Fake<GoogleAppsScript.Properties.Properties> & Internal = {
    getProperty(key: string): string | null {
      ctx.call('Properties.getProperty');
      return Object.prototype.hasOwnProperty.call(store, key) ? store[key] : null;
    },
    setProperty(key: string, value: string) {
      ctx.call('Properties.setProperty');
      write([[String(key), String(value)]], false);
      return properties;
    },
    setProperties(values: Record<string, unknown>, deleteAllOthers = false) {
      ctx.call('Properties.setProperties');
      write(Object.entries(values).map(([k, v]) => [k, String(v)]), deleteAllOthers);
      return properties;
    },
    getProperties(): Record<string, string> {
      ctx.call('Properties.getProperties');
      return ctx.toRealm({ ...store });
    },
    getKeys(): string[] {
      ctx.call('Properties.getKeys');
      return ctx.toRealm(Object.keys(store));
    },
    deleteProperty(key: string) {
      ctx.call('Properties.deleteProperty');
      delete store[key];
      return properties;
    },
    deleteAllProperties() {
      ctx.call('Properties.deleteAllProperties');
      for (const k of Object.keys(store)) delete store[k];
      return properties;
    },
  };
  return properties;
}

export function createPropertiesService(ctx: ExecutionContext): Fake<GoogleAppsScript.Properties.PropertiesService> {
  const slot = propertiesSlot(ctx.world);
  const own = projectStores(slot, ctx.hooks.project);
  return {
    getScriptProperties: () => (ctx.call('PropertiesService.getScriptProperties'), createProperties(ctx, own.script)),
    getUserProperties: () => (ctx.call('PropertiesService.getUserProperties'), createProperties(ctx, (own.user[ctx.user] ??= {}))),
    getDocumentProperties: () => {
      ctx.call('PropertiesService.getDocumentProperties');
      const doc = boundSpreadsheetIdOf(ctx);
      return doc ? createProperties(ctx, (slot.document[doc] ??= {})) : null;
    },
  };
}
