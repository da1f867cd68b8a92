// Unref'd timers and intervals do not keep the process alive: it exits as soon as the last ref'd
// work is done, without waiting for them; ref() makes a timer count again. An unref'd immediate
// still runs while something else keeps the loop going.
'use strict';
const assert = require('assert');

const start = Date.now();
const fired = [];

setTimeout(() => fired.push('unref timeout'), 60000).unref();
setInterval(() => fired.push('unref interval'), 1000).unref();
setImmediate(() => fired.push('unref immediate')).unref();

// Unref'd then ref'd again: it keeps the process alive until it fires.
const reRefd = setTimeout(() => fired.push('re-refd timeout'), 20);
reRefd.unref();
assert.strictEqual(reRefd.hasRef(), false);
reRefd.ref();
assert.strictEqual(reRefd.hasRef(), true);

// An interval that unrefs itself after two ticks lets the process go.
let ticks = 0;
const interval = setInterval(() => {
  if (++ticks === 2) interval.unref();
}, 5);

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(fired, ['unref immediate', 're-refd timeout']);
  assert.ok(ticks >= 2);
  const elapsed = Date.now() - start;
  assert.ok(elapsed < 900, `exited after ${elapsed} ms, not waiting for unref'd timers`);
});
