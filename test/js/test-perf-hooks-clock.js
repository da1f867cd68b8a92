// performance.now() is a monotonic millisecond clock with sub-millisecond precision that starts at
// the process's time origin, runs at process.hrtime's rate, and agrees with the wall clock:
// timeOrigin + now() stays within a few milliseconds of Date.now().
'use strict';
const assert = require('assert');
const { performance } = require('perf_hooks');

// The origin is the process start: early in a script now() is small and close to process.uptime().
const firstNow = performance.now();
const uptimeMs = process.uptime() * 1000;
assert.ok(firstNow > 0 && firstNow < 10000, `now() at start: ${firstNow}`);
assert.ok(Math.abs(firstNow - uptimeMs) < 5, `now() ${firstNow} vs uptime ${uptimeMs} ms`);

// Monotonic: never decreases over many back-to-back readings.
let previous = performance.now();
for (let i = 0; i < 200000; i++) {
  const current = performance.now();
  assert.ok(current >= previous, `now() went back from ${previous} to ${current}`);
  previous = current;
}

// Sub-millisecond: successive readings differ by fractions of a millisecond, and values carry a
// fractional part (the clock has nanosecond resolution).
const readings = [];
for (let i = 0; i < 1000; i++) readings.push(performance.now());
assert.ok(readings.some((t) => !Number.isInteger(t)), 'now() has a fractional part');
const steps = readings.slice(1).map((t, i) => t - readings[i]).filter((d) => d > 0);
assert.ok(steps.length > 0 && Math.min(...steps) < 0.1, `smallest step ${Math.min(...steps)} ms`);

// Agrees with the wall clock. Date.now() has whole milliseconds, and the two clocks were read at
// the same instant at start-up, so the tolerance is 5 ms (NTP slewing over a test's lifetime is
// far below that).
assert.ok(performance.timeOrigin > 1.6e12 && performance.timeOrigin < Date.now());
for (let i = 0; i < 5; i++) {
  const wall = Date.now();
  const derived = performance.timeOrigin + performance.now();
  assert.ok(Math.abs(derived - wall) < 5, `timeOrigin + now() = ${derived}, Date.now() = ${wall}`);
}
// timeOrigin is fixed and has microsecond resolution (at most three decimals).
assert.strictEqual(performance.timeOrigin, performance.timeOrigin);
assert.ok(/^\d+(\.\d{1,3})?$/.test(String(performance.timeOrigin)), String(performance.timeOrigin));

// Runs at process.hrtime's rate: over a ~20 ms busy wait both clocks see the same interval.
const hrStart = process.hrtime.bigint();
const perfStart = performance.now();
while (performance.now() - perfStart < 20);
const perfElapsed = performance.now() - perfStart;
const hrElapsed = Number(process.hrtime.bigint() - hrStart) / 1e6;
assert.ok(Math.abs(perfElapsed - hrElapsed) < 1, `now() saw ${perfElapsed} ms, hrtime ${hrElapsed} ms`);

// Timers: a 30 ms timeout is seen as ~30 ms by now(). libuv schedules from its cached loop time,
// which can lag real time by a little, so the lower bound allows 2 ms.
const beforeTimer = performance.now();
setTimeout(() => {
  const waited = performance.now() - beforeTimer;
  assert.ok(waited >= 28, `setTimeout(30) took ${waited} ms by now()`);
  assert.ok(waited < 5000, `setTimeout(30) took ${waited} ms by now()`);
}, 30);
