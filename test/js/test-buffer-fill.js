'use strict';
// buf.fill with numbers, strings in each encoding, buffers and other values; ranges; and the
// errors for bad ranges, encodings and values that encode to nothing.
const assert = require('assert');
const { Buffer } = require('buffer');
const hex = (b) => b.toString('hex');

assert.strictEqual(hex(Buffer.alloc(4).fill(1)), '01010101');
assert.strictEqual(hex(Buffer.alloc(4).fill(258)), '02020202');
assert.strictEqual(hex(Buffer.alloc(4).fill(-1)), 'ffffffff');
assert.strictEqual(hex(Buffer.alloc(4).fill(1, 1, 3)), '00010100');
assert.strictEqual(hex(Buffer.alloc(5).fill('ab')), '6162616261');
assert.strictEqual(hex(Buffer.alloc(5).fill('ab', 1)), '0061626162');
assert.strictEqual(hex(Buffer.alloc(5).fill('ab', 'latin1')), '6162616261');
assert.strictEqual(hex(Buffer.alloc(5).fill('0a0b', 'hex')), '0a0b0a0b0a');
assert.strictEqual(hex(Buffer.alloc(5).fill('YWI=', 'base64')), '6162616261');
assert.strictEqual(hex(Buffer.alloc(5).fill('€')), 'e282ace282');
assert.strictEqual(hex(Buffer.alloc(5).fill('€', 'ucs2')), 'ac20ac20ac');
assert.strictEqual(hex(Buffer.alloc(6).fill('\ud800')), 'efbfbdefbfbd');
assert.strictEqual(hex(Buffer.alloc(3).fill('')), '000000');
assert.strictEqual(hex(Buffer.alloc(3).fill('\u0101', 'latin1')), '010101');
assert.strictEqual(hex(Buffer.alloc(5).fill(Buffer.from([1, 2]))), '0102010201');
assert.strictEqual(hex(Buffer.alloc(4).fill(new Uint16Array([0x0201]))), '01020102');
assert.strictEqual(hex(Buffer.alloc(3).fill(true)), '010101');
assert.strictEqual(hex(Buffer.alloc(3).fill(null)), '000000');
const self = Buffer.from('abcdef');
self.fill(self.subarray(1, 3));
assert.strictEqual(self.toString(), 'bcbcbc');
// Large fills repeat the pattern exactly.
const big = Buffer.alloc(100003).fill('xyz');
assert.strictEqual(big.toString('latin1', 99997), 'yzxyzx');

assert.throws(() => Buffer.alloc(3).fill('zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: 'The argument \'value\' is invalid. Received \'zz\'',
});
assert.throws(() => Buffer.alloc(3).fill(Buffer.alloc(0)), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => Buffer.alloc(3).fill('a', 'nope'), {
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: nope',
});
assert.throws(() => Buffer.alloc(3).fill('a', 0, 3, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.alloc(3).fill(1, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4294967296. Received -1',
});
assert.throws(() => Buffer.alloc(3).fill(1, 0, 4), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.alloc(3).fill(1, '1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(hex(Buffer.alloc(3).fill(1, 2, 1)), '000000');
