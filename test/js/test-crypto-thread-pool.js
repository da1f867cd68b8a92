// Flags: --expose-gc
'use strict';
// Async key derivation and random fills run on libuv's thread pool: the main thread keeps
// running timers meanwhile, a job whose JS object is dropped is kept alive until it calls back,
// and many jobs in flight at once all finish with the right results.
const assert = require('assert');
const crypto = require('crypto');

// 1. The main thread is not blocked: an interval ticks while slow derivations run.
const slow = { N: 16384, r: 8, p: 4 };
const expected = crypto.scryptSync('pw', 'salt', 32, slow).toString('hex');
let ticks = 0;
const interval = setInterval(() => ticks++, 1);
const started = Date.now();
let slowDone = 0;
for (let i = 0; i < 4; i++) {
  crypto.scrypt('pw', 'salt', 32, slow, (err, key) => {
    assert.ifError(err);
    assert.strictEqual(key.toString('hex'), expected);
    if (++slowDone === 4) {
      clearInterval(interval);
      const elapsed = Date.now() - started;
      assert.ok(ticks >= Math.min(5, elapsed / 4), `timers ran meanwhile: ${ticks} in ${elapsed} ms`);
    }
  });
}

// 2. A job nobody references is pinned while in flight: collections do not lose its callback.
let pinnedDone = false;
(function start() {
  crypto.pbkdf2('password', 'salt', 200000, 20, 'sha1', (err, key) => {
    assert.ifError(err);
    assert.strictEqual(key.length, 20);
    pinnedDone = true;
  });
})();
const collector = setInterval(() => {
  globalThis.gc();
  if (pinnedDone) clearInterval(collector);
}, 2);

// 3. Many jobs at once, mixed kinds, each with its own correct result.
let manyDone = 0;
const want = crypto.pbkdf2Sync('p', 's', 10, 16, 'sha256').toString('hex');
for (let i = 0; i < 200; i++) {
  crypto.randomBytes(i, (err, buf) => {
    assert.ifError(err);
    assert.strictEqual(buf.length, i);
    manyDone++;
  });
  crypto.pbkdf2('p', 's', 10, 16, 'sha256', (err, key) => {
    assert.strictEqual(key.toString('hex'), want);
    manyDone++;
  });
}

process.on('exit', () => {
  assert.strictEqual(slowDone, 4);
  assert.ok(pinnedDone);
  assert.strictEqual(manyDone, 400);
});
