'use strict';
// The 8 KiB pool: allocUnsafe, from(string|array|buffer) and concat results below
// poolSize >>> 1 share one ArrayBuffer, 8-byte aligned, bump-pointer style; alloc,
// allocUnsafeSlow and larger sizes never do.
const assert = require('assert');
const { Buffer } = require('buffer');

assert.strictEqual(Buffer.poolSize, 8192);

// Start from a fresh pool: something large enough not to fit in what is left.
Buffer.allocUnsafe(4000);
Buffer.allocUnsafe(4000);
const a = Buffer.allocUnsafe(3);
const b = Buffer.allocUnsafe(5);
assert.strictEqual(a.buffer, b.buffer);
assert.strictEqual(a.buffer.byteLength, 8192);
assert.strictEqual(b.byteOffset - a.byteOffset, 8);  // 3 rounded up to the 8-byte boundary
const c = Buffer.from('hello');
assert.strictEqual(c.buffer, b.buffer);
assert.strictEqual(c.byteOffset % 8, 0);
const d = Buffer.from([1, 2, 3]);
assert.strictEqual(d.buffer, b.buffer);
const e = Buffer.concat([c, d]);
assert.strictEqual(e.buffer, b.buffer);
assert.strictEqual(e.toString('hex'), '68656c6c6f010203');

// Sizes of poolSize >>> 1 (4096) and more get their own ArrayBuffer.
assert.notStrictEqual(Buffer.allocUnsafe(4096).buffer, b.buffer);
assert.strictEqual(Buffer.allocUnsafe(4096).buffer.byteLength, 4096);
assert.strictEqual(Buffer.allocUnsafe(4095).buffer.byteLength, 8192);
// alloc and allocUnsafeSlow never use the pool.
assert.strictEqual(Buffer.alloc(10).buffer.byteLength, 10);
assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
// Empty results are fresh empty buffers.
assert.strictEqual(Buffer.allocUnsafe(0).buffer.byteLength, 0);
assert.strictEqual(Buffer.from('').length, 0);

// When the next allocation does not fit, a new pool starts.
const fill = Buffer.allocUnsafe(4000);
const next = Buffer.allocUnsafe(4000);
const third = Buffer.allocUnsafe(4000);
assert.ok(fill.buffer === next.buffer || next.buffer === third.buffer);
assert.notStrictEqual(fill.buffer, third.buffer);

// A changed poolSize takes effect at the next pool.
Buffer.poolSize = 1024;
Buffer.allocUnsafe(600);  // >= 512: not pooled any more
const small = Buffer.allocUnsafe(100);
assert.ok(small.buffer.byteLength === 1024 || small.buffer.byteLength === 8192);
Buffer.poolSize = 8192;

// Strings whose byteLength overestimates (base64 with whitespace) give back the unused part.
const x = Buffer.from('YW Jj', 'base64');
const y = Buffer.allocUnsafe(1);
assert.strictEqual(x.toString(), 'abc');
assert.strictEqual(y.byteOffset - x.byteOffset, 8);
