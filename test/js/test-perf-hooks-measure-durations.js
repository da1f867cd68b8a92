// Marks, measures and timerify entries taken from the clock measure real elapsed time: a measure
// between marks around a 15 ms busy wait lasts at least 15 ms, a measure to "now" ends at now(),
// and timerify times synchronous calls and promise-returning calls until they settle.
'use strict';
const assert = require('assert');
const { performance, PerformanceObserver } = require('perf_hooks');

function busyWait(ms) {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

const start = performance.mark('start');
busyWait(15);
const end = performance.mark('end');
const between = performance.measure('between', 'start', 'end');
assert.strictEqual(between.startTime, start.startTime);
assert.strictEqual(between.duration, end.startTime - start.startTime);
assert.ok(between.duration >= 15 && between.duration < 1000, `between: ${between.duration} ms`);

const beforeOpen = performance.now();
const open = performance.measure('open', 'start');
const afterOpen = performance.now();
const openEnd = open.startTime + open.duration;
assert.ok(openEnd >= beforeOpen && openEnd <= afterOpen, `open measure ends at ${openEnd}`);

// From the time origin: starts at 0 and lasts as long as now() says.
const fromOrigin = performance.measure('from-origin');
assert.strictEqual(fromOrigin.startTime, 0);
assert.ok(fromOrigin.duration >= end.startTime);

const seen = new Map();
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntriesByType('function')) seen.set(entry.name, entry);
  if (!seen.has('slowAsync')) return;
  observer.disconnect();
  const sync = seen.get('slowSync');
  assert.ok(sync.duration >= 10 && sync.duration < 1000, `slowSync: ${sync.duration} ms`);
  const async = seen.get('slowAsync');
  assert.ok(async.duration >= 18 && async.duration < 5000, `slowAsync: ${async.duration} ms`);
  assert.ok(async.startTime >= sync.startTime + sync.duration);
  console.log('ok');
});
observer.observe({ type: 'function' });

performance.timerify(function slowSync() { busyWait(10); })();
performance.timerify(function slowAsync() {
  return new Promise((resolve) => setTimeout(resolve, 20));
})();
process.on('exit', () => assert.ok(seen.has('slowAsync'), 'the async call was reported'));
