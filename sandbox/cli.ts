// The sandbox command line: `start` plays the default scenario; `run SCENARIO.json --out DIR` plays a file.
console.error('The sandbox is not built yet (issue: Sandbox). `npm run build` produced build/Code.js.');
process.exit(1);
