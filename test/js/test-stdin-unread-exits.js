'use strict';
// A script that looks at process.stdin but never reads it exits on its own (stdin starts paused
// and not reading); and pause() after reading lets the process exit too.
const assert = require('assert');

const stdin = process.stdin;
assert.strictEqual(typeof stdin.on, 'function');
assert.strictEqual(stdin.isPaused(), false, 'not explicitly paused before anyone reads');
let timerFired = false;
setTimeout(() => {
  timerFired = true;
  stdin.resume();
  stdin.pause();
  assert.strictEqual(stdin.isPaused(), true);
}, 10);
process.on('exit', () => assert(timerFired));
