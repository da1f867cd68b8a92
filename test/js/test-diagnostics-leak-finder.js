// Flags: --expose-internals
'use strict';
// The leak finder's rule on synthetic samples: external memory that rises from one collection to
// the next with a flat heap fires once, with the numbers; noise, drops and heap growth do not.
const assert = require('assert');
const { LeakFinder } = require('internal/diagnostics/leak_finder');

const MiB = 1024 * 1024;
function feed(finder, floors, extraPerPeriod = []) {
  let finding = null;
  let time = 0;
  for (const [arrayBuffers, heapUsed] of floors) {
    time += 300;
    // First sample after the collection, then a higher one in the same period.
    const post = { time, arrayBuffers, external: arrayBuffers + MiB, heapUsed };
    finding = finder.addSample(post, true) || finding;
    for (const extra of extraPerPeriod) {
      finding = finder.addSample({ ...post, time: time + 10, arrayBuffers: arrayBuffers + extra }, false) || finding;
    }
  }
  return finding || finder.finish();
}

// Steady growth of 10 MiB per collection, heap flat: fires, naming the metric and growth.
let finding = feed(new LeakFinder(), [[10 * MiB, 4 * MiB], [20 * MiB, 4 * MiB], [30 * MiB, 4 * MiB],
  [40 * MiB, 4.1 * MiB], [50 * MiB, 4.1 * MiB], [60 * MiB, 4.2 * MiB]]);
assert.ok(finding);
assert.strictEqual(finding.metric, 'arrayBuffers');
assert.strictEqual(finding.from, 10 * MiB);
assert.ok(finding.to >= 50 * MiB);
assert.strictEqual(finding.growth, finding.to - finding.from);
assert.strictEqual(finding.heapFrom, 4 * MiB);

// Peaks between collections do not matter: only each period's floor does.
assert.strictEqual(feed(new LeakFinder(), [[10 * MiB, 4 * MiB], [10 * MiB, 4 * MiB], [10 * MiB, 4 * MiB],
  [10 * MiB, 4 * MiB], [10 * MiB, 4 * MiB], [10 * MiB, 4 * MiB]], [50 * MiB, 90 * MiB]), null);

// Up and down (allocate and drop): a drop restarts the run.
assert.strictEqual(feed(new LeakFinder(), [[10 * MiB, 4 * MiB], [20 * MiB, 4 * MiB], [30 * MiB, 4 * MiB],
  [5 * MiB, 4 * MiB], [15 * MiB, 4 * MiB], [25 * MiB, 4 * MiB], [2 * MiB, 4 * MiB]]), null);

// Collections back to back (no change) neither count nor reset.
finding = feed(new LeakFinder(), [[10 * MiB, 4 * MiB], [20 * MiB, 4 * MiB], [20 * MiB, 4 * MiB],
  [30 * MiB, 4 * MiB], [30 * MiB, 4 * MiB], [40 * MiB, 4 * MiB], [50 * MiB, 4 * MiB], [60 * MiB, 4 * MiB]]);
assert.ok(finding);
assert.strictEqual(finding.collections, 8);

// The heap growing as fast as external memory is not this pattern.
assert.strictEqual(feed(new LeakFinder(), [[10 * MiB, 10 * MiB], [20 * MiB, 20 * MiB], [30 * MiB, 30 * MiB],
  [40 * MiB, 40 * MiB], [50 * MiB, 50 * MiB], [60 * MiB, 60 * MiB]]), null);

// A short burst is not a leak: the same growth within less than a second.
assert.strictEqual(feed(new LeakFinder({ minDuration: 2000 }), [[10 * MiB, 4 * MiB], [20 * MiB, 4 * MiB],
  [30 * MiB, 4 * MiB], [40 * MiB, 4 * MiB], [50 * MiB, 4 * MiB], [60 * MiB, 4 * MiB]]), null);

// Small growth stays below the threshold; so do too few rises.
assert.strictEqual(feed(new LeakFinder(), [[1 * MiB, 4 * MiB], [3 * MiB, 4 * MiB], [5 * MiB, 4 * MiB],
  [7 * MiB, 4 * MiB], [9 * MiB, 4 * MiB], [11 * MiB, 4 * MiB], [13 * MiB, 4 * MiB]]), null);
assert.strictEqual(feed(new LeakFinder(), [[10 * MiB, 4 * MiB], [40 * MiB, 4 * MiB], [70 * MiB, 4 * MiB],
  [100 * MiB, 4 * MiB], [130 * MiB, 4 * MiB]]), null);

// It fires once.
const once = new LeakFinder();
assert.ok(feed(once, [[10 * MiB, 1], [20 * MiB, 1], [30 * MiB, 1], [40 * MiB, 1], [50 * MiB, 1], [60 * MiB, 1]]));
assert.strictEqual(feed(once, [[60 * MiB, 1], [70 * MiB, 1], [80 * MiB, 1], [90 * MiB, 1], [99 * MiB, 1]]), null);
