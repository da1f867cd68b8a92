'use strict';
// Whole-source copies (buf.copy with no source range, every Buffer.concat input) go through
// V8's typed-array copy: overlapping views of one buffer copy as memmove does, a shorter target
// truncates, empty inputs copy nothing, and concat's errors and zero-fill of a longer `length`
// are node's.
const assert = require('assert');

// Overlap, both directions, on one ArrayBuffer.
for (const [from, to] of [[0, 3], [3, 0], [2, 2]]) {
  const buf = Buffer.from('0123456789');
  const src = buf.subarray(from, from + 5);
  assert.strictEqual(src.copy(buf, to), 5);
  const expected = Buffer.from('0123456789');
  Buffer.from('0123456789').copy(expected, to, from, from + 5);
  assert.strictEqual(buf.toString(), expected.toString(), `${from}->${to}`);
}

// A short target takes what fits; targetStart at the end copies nothing.
const long = Buffer.from('abcdefgh');
const short = Buffer.alloc(3);
assert.strictEqual(long.copy(short), 3);
assert.strictEqual(short.toString(), 'abc');
assert.strictEqual(long.copy(short, 3), 0);
assert.strictEqual(long.copy(short, 1), 2);
assert.strictEqual(short.toString(), 'aab');

// Plain Uint8Arrays work as source and target.
const u8 = new Uint8Array([1, 2, 3]);
const t8 = new Uint8Array(5);
assert.strictEqual(Buffer.prototype.copy.call(u8, t8, 1), 3);
assert.deepStrictEqual([...t8], [0, 1, 2, 3, 0]);

// Empty sources.
assert.strictEqual(Buffer.alloc(0).copy(Buffer.alloc(4)), 0);
assert.strictEqual(new Uint8Array(0).length, Buffer.concat([new Uint8Array(0)]).length);

// concat: many small inputs, mixed Buffers and Uint8Arrays, views that overlap each other.
const big = Buffer.from('abcdefghijklmnopqrstuvwxyz');
const parts = [big.subarray(0, 3), new Uint8Array([0x41, 0x42]), big.subarray(1, 4), Buffer.alloc(0),
               big.subarray(20), big];
assert.strictEqual(Buffer.concat(parts).toString(), 'abcABbcduvwxyzabcdefghijklmnopqrstuvwxyz');
// A shorter length truncates the last input that does not fit; a longer one zero-fills.
assert.strictEqual(Buffer.concat(parts, 7).toString(), 'abcABbc');
assert.strictEqual(Buffer.concat(parts, 0).length, 0);
const padded = Buffer.concat([Buffer.from('xy')], 6);
assert.strictEqual(padded.toString('hex'), '787900000000');
// 1000 one-byte inputs.
const ones = Array.from({ length: 1000 }, (_, i) => Buffer.from([i & 255]));
const joined = Buffer.concat(ones);
for (let i = 0; i < 1000; i++) assert.strictEqual(joined[i], i & 255);
// Large inputs (own ArrayBuffers) alongside pooled ones.
const large = Buffer.alloc(70000, 'q');
const mixed = Buffer.concat([Buffer.from('<'), large, Buffer.from('>')]);
assert.strictEqual(mixed.length, 70002);
assert.strictEqual(mixed[0], 0x3c);
assert.strictEqual(mixed[70001], 0x3e);
assert.strictEqual(mixed.indexOf('q'), 1);

// Errors: the list and each element, with node's messages.
assert.throws(() => Buffer.concat('nope'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.concat([Buffer.from('a'), 'b']),
              { code: 'ERR_INVALID_ARG_TYPE', message: /"list\[1\]"/ });
assert.throws(() => Buffer.concat([[1, 2, 3]]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.concat([new Uint16Array(2)]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.concat([Buffer.from('a')], -1), { code: 'ERR_OUT_OF_RANGE' });
