// gas-fakes' testlock.js assertions on LockService and Lock, run in the sandbox.
import { conformance, type ConformanceCase } from './harness';

const GETTERS = 'testlock.js › LockService getters';
const BASIC = 'testlock.js › Basic Lock operations';
const WAIT = 'testlock.js › waitLock functionality';
const TIMEOUT = 'testlock.js › Lock timeout failures';

const cases: ConformanceCase[] = [
  { source: GETTERS, what: 'getScriptLock returns a lock', script: 'return !!LockService.getScriptLock();', expected: true },
  { source: GETTERS, what: 'getUserLock returns a lock', script: 'return !!LockService.getUserLock();', expected: true },
  { source: BASIC, what: 'a new lock is not held', script: 'return LockService.getScriptLock().hasLock();', expected: false },
  { source: BASIC, what: 'tryLock(10000) acquires', script: 'return LockService.getScriptLock().tryLock(10000);', expected: true },
  { source: BASIC, what: 'hasLock is true after tryLock', script: 'var l = LockService.getScriptLock(); l.tryLock(10000); return l.hasLock();', expected: true },
  { source: BASIC, what: 'tryLock again while held returns true', script: 'var l = LockService.getScriptLock(); l.tryLock(10000); return l.tryLock(10000);', expected: true },
  { source: BASIC, what: 'still held after the second tryLock', script: 'var l = LockService.getScriptLock(); l.tryLock(10000); l.tryLock(10000); return l.hasLock();', expected: true },
  { source: BASIC, what: 'releaseLock releases', script: 'var l = LockService.getScriptLock(); l.tryLock(10000); l.releaseLock(); return l.hasLock();', expected: false },
  { source: WAIT, what: 'waitLock(1000) does not throw', script: 'LockService.getScriptLock().waitLock(1000); return "ok";', expected: 'ok' },
  { source: WAIT, what: 'hasLock is true after waitLock', script: 'var l = LockService.getScriptLock(); l.waitLock(1000); return l.hasLock();', expected: true },
  { source: WAIT, what: 'waitLock again while held does not throw', script: 'var l = LockService.getScriptLock(); l.waitLock(1000); l.waitLock(1000); return "ok";', expected: 'ok' },
  { source: WAIT, what: 'still held after the second waitLock', script: 'var l = LockService.getScriptLock(); l.waitLock(1000); l.waitLock(1000); return l.hasLock();', expected: true },
  { source: TIMEOUT, what: 'tryLock(0) acquires at once', script: 'return LockService.getScriptLock().tryLock(0);', expected: true },
  { source: TIMEOUT, what: 'hasLock after tryLock(0)', script: 'var l = LockService.getScriptLock(); l.tryLock(0); return l.hasLock();', expected: true },
  { source: TIMEOUT, what: 'tryLock(-100) fails', script: 'return LockService.getScriptLock().tryLock(-100);', expected: false },
  { source: TIMEOUT, what: 'not held after tryLock(-100)', script: 'var l = LockService.getScriptLock(); l.tryLock(-100); return l.hasLock();', expected: false },
  { source: TIMEOUT, what: 'waitLock(0) acquires without throwing', script: 'LockService.getScriptLock().waitLock(0); return "ok";', expected: 'ok' },
  { source: TIMEOUT, what: 'hasLock after waitLock(0)', script: 'var l = LockService.getScriptLock(); l.waitLock(0); return l.hasLock();', expected: true },
  { source: TIMEOUT, what: 'waitLock(-100) throws a lock timeout', script: 'LockService.getScriptLock().waitLock(-100);', throws: /Lock timeout/ },
  { source: TIMEOUT, what: 'not held after waitLock(-100)', script: 'var l = LockService.getScriptLock(); try { l.waitLock(-100); } catch (e) { /* expected */ } return l.hasLock();', expected: false },
];

conformance('LockService', cases);
