// gas-fakes' teststores.js assertions on PropertiesService and CacheService, run in the sandbox.
import { conformance, type ConformanceCase } from './harness';

const PROPS = 'teststores.js › properties store';
const CACHE = 'teststores.js › cache store';
const stores: Array<[string, string]> = [['script', 'getScriptProperties'], ['user', 'getUserProperties'], ['document', 'getDocumentProperties']];

const properties: ConformanceCase[] = [
  ...stores.flatMap(([name, getter]): ConformanceCase[] => [
    { source: PROPS, what: `${getter} is a function`, script: `return typeof PropertiesService.${getter};`, expected: 'function' },
    { source: PROPS, what: `a ${name} property set is read back`, script: `var p = PropertiesService.${getter}(); p.setProperty('t', '${name}p'); return p.getProperty('t');`, expected: `${name}p` },
    { source: PROPS, what: `a deleted ${name} property reads back null`, script: `var p = PropertiesService.${getter}(); p.setProperty('t', 'x'); p.deleteProperty('t'); return p.getProperty('t');`, expected: null },
  ]),
];

const cache: ConformanceCase[] = [
  ...['getUserCache', 'getScriptCache', 'getDocumentCache'].map((getter): ConformanceCase => (
    { source: CACHE, what: `${getter} is a function`, script: `return typeof CacheService.${getter};`, expected: 'function' })),
  { source: CACHE, what: 'put returns null', script: `return CacheService.getUserCache().put('t', 'upc');`, expected: null },
  { source: CACHE, what: 'a value put is read back', script: `var c = CacheService.getUserCache(); c.put('t', 'upc'); return c.get('t');`, expected: 'upc' },
  { source: CACHE, what: 'remove returns null', script: `var c = CacheService.getUserCache(); c.put('t', 'upc'); return c.remove('t');`, expected: null },
  { source: CACHE, what: 'put with a 2 s expiry returns null', script: `return CacheService.getUserCache().put('t', 'ex', 2);`, expected: null },
  { source: CACHE, what: 'a value put for 2 s is there at once', script: `var c = CacheService.getUserCache(); c.put('t', 'ex', 2); return c.get('t');`, expected: 'ex' },
  { source: CACHE, what: 'a value put for 2 s is gone after sleeping 2 s', script: `var c = CacheService.getUserCache(); c.put('t', 'ex', 2); Utilities.sleep(2000); return c.get('t');`, expected: null },
];

conformance('PropertiesService', properties);
conformance('CacheService', cache);
