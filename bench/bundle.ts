// Benchmark: the bundle's size and its parse-and-load time in a bare vm (Apps Script parses it on every execution).
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { BUNDLE, loadInBareContext } from '../test/support/bundle';

export function benchBundle(runs = 30): { bytes: number; medianMs: number; p90Ms: number } {
  const code = fs.readFileSync(BUNDLE, 'utf8');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    // A new Script each time: no compile cache, as in a cold Apps Script execution.
    new vm.Script(code, { filename: `Code-${i}.js` });
    loadInBareContext(code);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { bytes: Buffer.byteLength(code), medianMs: times[Math.floor(runs / 2)], p90Ms: times[Math.floor(runs * 0.9)] };
}


/** The data file a configuration-cache miss and setup read (build/data.html) and the time to parse it. */
export function benchShippedData(runs = 30): { bytes: number; medianMs: number } {
  const text = fs.readFileSync(path.join(path.dirname(BUNDLE), 'data.html'), 'utf8');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    JSON.parse(text);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { bytes: Buffer.byteLength(text), medianMs: times[Math.floor(runs / 2)] };
}
