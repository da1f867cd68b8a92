'use strict';
// randomBytes / randomFill(Sync) / randomInt / randomUUID / getRandomValues: sizes, offsets into
// every kind of view, the async paths on the thread pool, the value ranges and formats, and that
// the bytes look random (no constant output, all byte values reachable).
const assert = require('assert');
const crypto = require('crypto');

// randomBytes: sync and async, a fresh unpooled Buffer of the size asked.
for (const size of [0, 1, 16, 4095, 4096, 65537]) {
  const b = crypto.randomBytes(size);
  assert.ok(Buffer.isBuffer(b));
  assert.strictEqual(b.length, size);
}
const big = crypto.randomBytes(1 << 16);
const seen = new Set(big);
assert.strictEqual(seen.size, 256, 'all 256 byte values appear in 64 KiB');
assert.notDeepStrictEqual(crypto.randomBytes(32), crypto.randomBytes(32));

let pending = 0;
const done = (check) => { pending++; return (...args) => { pending--; check(...args); }; };
crypto.randomBytes(32, done((err, buf) => {
  assert.strictEqual(err, null);
  assert.strictEqual(buf.length, 32);
}));
crypto.pseudoRandomBytes(8, done((err, buf) => assert.strictEqual(buf.length, 8)));

// randomFillSync writes only the range asked, counted in elements of the view.
{
  const u32 = new Uint32Array(8);
  crypto.randomFillSync(u32, 2, 3);
  assert.deepStrictEqual([...u32.subarray(0, 2)], [0, 0]);
  assert.deepStrictEqual([...u32.subarray(5)], [0, 0, 0]);
  assert.ok(u32.subarray(2, 5).some((v) => v !== 0));

  const buf = Buffer.alloc(64);
  assert.strictEqual(crypto.randomFillSync(buf, 60), buf);
  assert.ok(buf.subarray(0, 60).every((v) => v === 0));

  // A view into the middle of a larger buffer stays inside its window.
  const backing = new Uint8Array(48);
  const view = new Uint16Array(backing.buffer, 16, 8);
  crypto.randomFillSync(view);
  assert.ok(backing.subarray(0, 16).every((v) => v === 0));
  assert.ok(backing.subarray(32).every((v) => v === 0));

  const ab = new ArrayBuffer(32);
  assert.strictEqual(crypto.randomFillSync(ab, 16), ab);
  assert.ok(new Uint8Array(ab, 0, 16).every((v) => v === 0));

  const dv = new DataView(new ArrayBuffer(16), 4, 8);
  crypto.randomFillSync(dv);
  assert.ok(new Uint8Array(dv.buffer, 0, 4).every((v) => v === 0));
  assert.ok(new Uint8Array(dv.buffer, 12).every((v) => v === 0));

  const f64 = new Float64Array(4);
  crypto.randomFillSync(f64, 1, 1);
  assert.strictEqual(f64[0], 0);
  assert.strictEqual(f64[2], 0);
}

// randomFill: the same on the thread pool; the callback gets the same object back.
{
  const target = new Int16Array(10);
  crypto.randomFill(target, 4, 2, done((err, result) => {
    assert.strictEqual(err, null);
    assert.strictEqual(result, target);
    assert.ok(target.subarray(0, 4).every((v) => v === 0));
    assert.ok(target.subarray(6).every((v) => v === 0));
  }));
  const whole = Buffer.alloc(1 << 20);
  crypto.randomFill(whole, done((err, result) => {
    assert.strictEqual(result, whole);
    assert.ok(new Set(whole.subarray(0, 4096)).size > 200);
  }));
  crypto.randomFill(new Uint8Array(8), 8, done((err, result) => {
    assert.ok(result.every((v) => v === 0), 'an empty range leaves the buffer alone');
  }));
}

// randomInt: inside [min, max), every value reachable, sync and async.
{
  const counts = new Array(6).fill(0);
  for (let i = 0; i < 6000; i++) {
    const n = crypto.randomInt(-3, 3);
    assert.ok(Number.isInteger(n) && n >= -3 && n < 3);
    counts[n + 3]++;
  }
  for (const c of counts) assert.ok(c > 700 && c < 1300, `roughly uniform: ${counts}`);
  assert.strictEqual(crypto.randomInt(1), 0);
  const max = 2 ** 48 - 1;
  const n = crypto.randomInt(max);
  assert.ok(n >= 0 && n < max);
  for (let i = 0; i < 3000; i++) {
    crypto.randomInt(10, 12, done((err, value) => {
      assert.strictEqual(err, undefined);
      assert.ok(value === 10 || value === 11);
    }));
  }
}

// randomUUID: RFC 4122 version 4, variant 10xx, no repeats (cached and uncached).
{
  const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const uuids = new Set();
  for (let i = 0; i < 1000; i++) {
    const id = crypto.randomUUID(i % 2 ? { disableEntropyCache: true } : undefined);
    assert.match(id, pattern);
    uuids.add(id);
  }
  assert.strictEqual(uuids.size, 1000);
  assert.match(globalThis.crypto.randomUUID(), pattern);
}

// getRandomValues: integer typed arrays up to 64 KiB, returned as given.
{
  for (const Type of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
                      Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
    const array = new Type(8);
    assert.strictEqual(crypto.getRandomValues(array), array);
    assert.strictEqual(globalThis.crypto.getRandomValues(array), array);
  }
  assert.strictEqual(crypto.getRandomValues(new Uint8Array(65536)).length, 65536);
  assert.strictEqual(crypto.webcrypto, globalThis.crypto);
  assert.strictEqual(Object.prototype.toString.call(globalThis.crypto), '[object Crypto]');
  assert.strictEqual(crypto.getRandomValues, crypto.getRandomValues);
}

process.on('exit', () => assert.strictEqual(pending, 0, 'every callback ran'));
