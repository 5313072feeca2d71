// Runs every benchmark in bench/ and prints its numbers (no pass/fail: numbers to compare over time).
import { benchBundle } from './bundle';
import { printIntake } from './intake';
import { benchSweep, printSweepBench } from './sweep';

const r = benchBundle();
console.log(`bundle: ${(r.bytes / 1024).toFixed(1)} KB (target < 250 KB); parse+load median ${r.medianMs.toFixed(2)} ms, p90 ${r.p90Ms.toFixed(2)} ms`);
printIntake();
printSweepBench(benchSweep());
