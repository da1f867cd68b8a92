'use strict';
// Buffer.from in every form, Buffer.of, Buffer.copyBytesFrom, the legacy constructor, and their
// errors.
const assert = require('assert');
const { Buffer } = require('buffer');

assert.strictEqual(Buffer.from('héllo').toString('hex'), '68c3a96c6c6f');
assert.strictEqual(Buffer.from('68c3', 'hex').toString(), 'h\ufffd');
assert.deepStrictEqual([...Buffer.from([1, 256, -1, 1.9, '7', 'x'])], [1, 0, 255, 1, 7, 0]);
assert.deepStrictEqual([...Buffer.from({ length: 2, 0: 5, 1: 6 })], [5, 6]);
assert.deepStrictEqual([...Buffer.from({ length: 'x' })], []);
assert.deepStrictEqual([...Buffer.from({ type: 'Buffer', data: [1, 2] })], [1, 2]);
assert.deepStrictEqual([...Buffer.from(new Uint16Array([1, 258]))], [1, 2]);
assert.deepStrictEqual([...Buffer.from(new String('ab'))], [97, 98]);
assert.deepStrictEqual([...Buffer.from({ valueOf() { return 'hi'; } })], [104, 105]);
assert.deepStrictEqual([...Buffer.from({ [Symbol.toPrimitive]() { return 'yo'; } })], [121, 111]);

// A Buffer source is copied; an ArrayBuffer source is shared.
const src = Buffer.from('abc');
const copy = Buffer.from(src);
src[0] = 0x7a;
assert.strictEqual(copy.toString(), 'abc');
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 4);
assert.strictEqual(view.buffer, ab);
assert.strictEqual(view.byteOffset, 2);
assert.strictEqual(view.length, 4);
new Uint8Array(ab)[3] = 9;
assert.strictEqual(view[1], 9);
assert.strictEqual(Buffer.from(ab, 2).length, 6);
assert.strictEqual(Buffer.from(ab, NaN, -3).length, 0);
assert.throws(() => Buffer.from(ab, 9), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => Buffer.from(ab, 2, 7), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"length" is outside of buffer bounds',
});
for (const bad of [5, null, undefined, Symbol('s'), true]) {
  assert.throws(() => Buffer.from(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
assert.throws(() => Buffer.from('x', 'nope'), {
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: nope',
});

assert.deepStrictEqual([...Buffer.of(1, 2, 300)], [1, 2, 44]);
assert.deepStrictEqual([...Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1)], [2, 0]);
assert.deepStrictEqual([...Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 5)], []);
assert.throws(() => Buffer.copyBytesFrom([1]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(2), -1), { code: 'ERR_OUT_OF_RANGE' });

// Legacy forms, with and without new.
assert.strictEqual(new Buffer(3).length, 3);
assert.strictEqual(Buffer('abc').toString(), 'abc');
assert.strictEqual(new Buffer('6162', 'hex').toString(), 'ab');
assert.throws(() => Buffer(3, 'utf8'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string. Received type number (3)',
});
assert.strictEqual(Buffer[Symbol.species].prototype, Buffer.prototype);
assert.strictEqual(Buffer.from('ab').map((x) => x + 1).toString(), 'bc');
