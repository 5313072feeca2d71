// Runs every benchmark in bench/ and prints its numbers (no pass/fail: numbers to compare over time).
import { benchBundle, benchShippedData } from './bundle';
import { printIntake } from './intake';
import { printTriggerBench } from './triggers';

const r = benchBundle();
console.log(`bundle: ${r.bytes} bytes (budget < 500,000); parse+load median ${r.medianMs.toFixed(2)} ms, p90 ${r.p90Ms.toFixed(2)} ms`);
const p = benchShippedData();
console.log(`data.html (read by setup and on a configuration-cache miss): ${p.bytes} bytes; JSON.parse median ${p.medianMs.toFixed(2)} ms`);
printIntake();
printTriggerBench();
