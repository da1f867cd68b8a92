// Flags: --expose-gc --single-threaded-gc
'use strict';
// Transferring moves memory rather than copying it: a 16 MiB ArrayBuffer passed back and forth
// through structuredClone 50 times keeps one 16 MiB backing store alive (process.memoryUsage()
// .arrayBuffers never grows by a second copy), keeps its bytes, and is freed once dropped. Every
// Buffer pool slab, not only the first, is copied instead of transferred, so the pool keeps working.
const assert = require('assert');

const MiB = 1 << 20;
const size = 16 * MiB;

gc();
const baseline = process.memoryUsage().arrayBuffers;

// In a function, so that no register of the top-level code keeps the last buffer alive.
function pingPong(rounds) {
  let buffer = new ArrayBuffer(size);
  new Uint32Array(buffer).fill(0xdeadbeef);
  let peak = 0;
  for (let i = 0; i < rounds; i++) {
    const previous = buffer;
    buffer = structuredClone(buffer, { transfer: [buffer] });
    assert.strictEqual(previous.byteLength, 0);
    assert.strictEqual(buffer.byteLength, size);
    peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline);
  }
  const words = new Uint32Array(buffer);
  assert.strictEqual(words[0], 0xdeadbeef);
  assert.strictEqual(words[words.length - 1], 0xdeadbeef);
  return peak;
}
const peak = pingPong(50);
assert.ok(peak < size + MiB, `one backing store, not copies: peak ${peak} bytes over baseline`);
gc();
const left = process.memoryUsage().arrayBuffers - baseline;
assert.ok(left < MiB, `the transferred store is freed when dropped: ${left} bytes left`);

// Walk through several pool slabs; each refuses to move.
const slabs = new Set();
for (let i = 0; slabs.size < 4; i++) {
  const b = Buffer.from(`pooled ${i} `.repeat(20));
  assert.strictEqual(b.buffer.byteLength, Buffer.poolSize);
  slabs.add(b.buffer);
  const copy = structuredClone(b, { transfer: [b.buffer] });
  assert.strictEqual(b.buffer.byteLength, Buffer.poolSize);
  assert.strictEqual(Buffer.from(copy).toString(), b.toString());
  assert.notStrictEqual(copy.buffer, b.buffer);
}
// A Buffer with its own ArrayBuffer is not a pool slab and does move.
const own = Buffer.allocUnsafeSlow(16);
structuredClone(own, { transfer: [own.buffer] });
assert.strictEqual(own.length, 0);
