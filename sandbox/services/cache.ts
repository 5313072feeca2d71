// CacheService fake: script, user and document caches whose entries expire on the virtual clock.
import { Buffer } from 'buffer';
import type { World } from '../core/context';
import type { ExecutionContext } from '../core/execution';
import { boundSpreadsheetIdOf, scriptError } from '../core/execution';
import type { Fake, Internal } from './gasShapes';

const DEFAULT_EXPIRATION_S = 600;
const MAX_EXPIRATION_S = 21_600;
const MAX_KEY_LENGTH = 250;
const MAX_VALUE_BYTES = 100 * 1024;

interface Entry {
  value: string;
  expiresMs: number;
}
type Store = Record<string, Entry>;

interface CacheSlot {
  script: Store;
  user: Record<string, Store>;
  document: Record<string, Store>;
  /** Another project's script and user caches (the Workspace add-on's), kept apart as Google keeps them. */
  projects?: Record<string, { script: Store; user: Record<string, Store> }>;
}

function cacheSlot(world: World): CacheSlot {
  const existing = world.services.cache as CacheSlot | undefined;
  if (existing) return existing;
  const created: CacheSlot = { script: {}, user: {}, document: {} };
  world.services.cache = created;
  return created;
}

/** Cache and CacheService as Google's reference has them (sandbox/services/gasShapes.ts). */
function createCache(ctx: ExecutionContext, store: Store): Fake<GoogleAppsScript.Cache.Cache> & Internal {
  const read = (key: string): string | null => {
    const entry = store[key];
    if (!entry) return null;
    if (entry.expiresMs <= ctx.now().getTime()) {
      delete store[key];
      return null;
    }
    return entry.value;
  };
  const write = (key: string, value: string, seconds: number) => {
    if (key.length > MAX_KEY_LENGTH) throw scriptError('Argument too large: key', 'CACHE_KEY_TOO_LARGE');
    if (Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES) throw scriptError('Argument too large: value', 'CACHE_VALUE_TOO_LARGE');
    store[key] = { value, expiresMs: ctx.now().getTime() + Math.min(seconds, MAX_EXPIRATION_S) * 1000 };
  };
  return {
    get: (key: string) => (ctx.call('Cache.get'), read(key)),
    getAll(keys: string[]) {
      ctx.call('Cache.getAll');
      const found: Record<string, string> = {};
      for (const key of keys) {
        const value = read(key);
        if (value !== null) found[key] = value;
      }
      return ctx.toRealm(found);
    },
    put(key: string, value: string, expirationInSeconds = DEFAULT_EXPIRATION_S) {
      ctx.call('Cache.put');
      write(String(key), String(value), expirationInSeconds);
      // Apps Script's void methods hand the script null, not undefined (gas-fakes teststores.js, live-validated).
      return null;
    },
    putAll(values: Record<string, string>, expirationInSeconds = DEFAULT_EXPIRATION_S) {
      ctx.call('Cache.putAll');
      for (const [key, value] of Object.entries(values)) write(key, String(value), expirationInSeconds);
      return null;
    },
    remove(key: string) {
      ctx.call('Cache.remove');
      delete store[key];
      return null;
    },
    removeAll(keys: string[]) {
      ctx.call('Cache.removeAll');
      for (const key of keys) delete store[key];
      return null;
    },
  };
}

export function createCacheService(ctx: ExecutionContext): Fake<GoogleAppsScript.Cache.CacheService> {
  const slot = cacheSlot(ctx.world);
  const project = ctx.hooks.project;
  const own = project ? ((slot.projects ??= {})[project] ??= { script: {}, user: {} }) : slot;
  return {
    getScriptCache: () => (ctx.call('CacheService.getScriptCache'), createCache(ctx, own.script)),
    getUserCache: () => (ctx.call('CacheService.getUserCache'), createCache(ctx, (own.user[ctx.user] ??= {}))),
    getDocumentCache: () => {
      ctx.call('CacheService.getDocumentCache');
      const doc = boundSpreadsheetIdOf(ctx);
      return doc ? createCache(ctx, (slot.document[doc] ??= {})) : null;
    },
  };
}
