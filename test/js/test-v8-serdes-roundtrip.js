'use strict';
// v8.serialize/deserialize round-trip what structured cloning supports, keep Buffers as Buffers,
// and never leak the rest of a pooled Buffer's slab.
const assert = require('assert');
const v8 = require('v8');

const values = [
  0, -0, NaN, Infinity, 2 ** 53, 10n ** 30n, '', 'a'.repeat(10000), 'ключ', true, null, undefined,
  [1, [2, [3]]], { a: { b: { c: 'd' } } }, new Date(123456), /x/y, new Map([[{}, []]]), new Set([null]),
  new Uint8Array(300).fill(9), new Float32Array([1.5, -0.25]), new BigUint64Array([2n ** 64n - 1n]),
];
for (const value of values) assert.deepStrictEqual(v8.deserialize(v8.serialize(value)), value);

const buf = Buffer.from('a pooled buffer');
const copy = v8.deserialize(v8.serialize(buf));
assert.ok(Buffer.isBuffer(copy));
assert.deepStrictEqual(copy, buf);
// Host-object framing: tag, type index (10 = Buffer), length, then only the buffer's own bytes.
const bytes = v8.serialize(buf);
assert.strictEqual(bytes.length, 2 + 1 + 1 + 1 + buf.length);
assert.ok(buf.buffer.byteLength > bytes.length);

// Deserialized views share the input's memory (no copy) when aligned.
const input = v8.serialize(new Uint8Array([5, 6, 7]));
const view = v8.deserialize(input);
assert.strictEqual(view.buffer, input.buffer);

// Large values round-trip through the allocator.
const big = Buffer.alloc(4 * 1024 * 1024, 0xab);
const bigCopy = v8.deserialize(v8.serialize(big));
assert.strictEqual(bigCopy.length, big.length);
assert.strictEqual(bigCopy[big.length - 1], 0xab);
