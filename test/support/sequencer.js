// Jest's test order: the slowest files first, also on a clean clone. Jest's own sequencer orders by the
// durations it cached on an earlier run and, with no cache (a clean clone, as CI is), by file size, which puts
// the small files that share one long play (test/e2e/default/*) last and leaves a worker idle at the end. A file
// with no cached duration takes the one measured in test/durations.json (docs/testing.md, "Order").
const Sequencer = require('@jest/test-sequencer').default;
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const MEASURED = require('../durations.json');

class SlowestFirst extends Sequencer {
  time(test) {
    return super.time(test) ?? MEASURED.seconds[path.relative(ROOT, test.path).split(path.sep).join('/')];
  }
}

module.exports = SlowestFirst;
