'use strict';
// Shared by the examples: print measured figures and check the claims made about them. An example
// exits non-zero when one of its claims does not hold, so the test suite can run every example.

const MiB = 1024 * 1024;
const results = [];

function mib(bytes) {
  return `${(bytes / MiB).toFixed(2)} MiB`;
}

function claim(text, ok, detail = '') {
  results.push(Boolean(ok));
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${text}${detail ? ` (${detail})` : ''}`);
}

function section(title) {
  console.log(`\n${title}`);
}

// Runs fn `iterations` times and returns operations per second (wall time, process.hrtime).
// Calls per second of fn: after a warm-up round (the first calls run before V8 has optimized fn),
// the best of five timed rounds, so that a busy machine's pauses do not decide a comparison.
function opsPerSecond(iterations, fn) {
  for (let i = 0; i < iterations; i++) fn(i);
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn(i);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return iterations / best;
}

function finish() {
  const failed = results.filter((ok) => !ok).length;
  console.log(`\n${results.length - failed} of ${results.length} claims hold`);
  if (failed) process.exitCode = 1;
}

module.exports = { MiB, mib, claim, section, opsPerSecond, finish };
