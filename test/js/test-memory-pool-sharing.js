// Small allocUnsafe buffers are carved from one 8192-byte pool ArrayBuffer, 8-byte aligned;
// Buffer.alloc and allocUnsafeSlow get their own zeroed/unpooled stores.
const assert = require('assert');

assert.strictEqual(Buffer.poolSize, 8192);
const a = Buffer.allocUnsafe(10);
const b = Buffer.allocUnsafe(20);
assert.strictEqual(a.buffer, b.buffer, 'two small allocUnsafe share one pool');
assert.strictEqual(a.buffer.byteLength, 8192);
assert.strictEqual(b.byteOffset - a.byteOffset, 16, 'the second starts at the next 8-byte boundary');
assert.strictEqual(b.byteOffset % 8, 0);

const zeroed = Buffer.alloc(100);
assert.notStrictEqual(zeroed.buffer, a.buffer);
assert.strictEqual(zeroed.buffer.byteLength, 100);
assert.ok(zeroed.every((byte) => byte === 0));

const slow = Buffer.allocUnsafeSlow(10);
assert.notStrictEqual(slow.buffer, a.buffer);
assert.strictEqual(slow.buffer.byteLength, 10);

// The threshold is poolSize >>> 1: 4095 bytes is pooled, 4096 is not.
const below = Buffer.allocUnsafe(4095);
assert.strictEqual(below.buffer.byteLength, 8192);
const at = Buffer.allocUnsafe(4096);
assert.strictEqual(at.buffer.byteLength, 4096);

// from(string) and concat results are pooled too.
assert.strictEqual(Buffer.from('hello').buffer.byteLength, 8192);
assert.strictEqual(Buffer.concat([a, b]).buffer.byteLength, 8192);
