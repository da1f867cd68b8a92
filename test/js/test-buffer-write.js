'use strict';
// buf.write in each argument form, partial characters, the per-encoding write methods, and
// their errors.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.alloc(8, 0xee);
assert.strictEqual(b.write('ab'), 2);
assert.strictEqual(b.write('cd', 3), 2);
assert.strictEqual(b.write('ef', 6, 1), 1);
assert.strictEqual(b.write('6162', 'hex'), 2);
assert.strictEqual(b.write('6364', 4, 'hex'), 2);
assert.strictEqual(b.write('YWJj', 5, 2, 'base64'), 2);
assert.strictEqual(b.toString('hex'), '6162ee63636162ee');

// No partial characters: a character that does not fit is not written at all.
assert.strictEqual(Buffer.alloc(3).write('😀'), 0);
assert.strictEqual(Buffer.alloc(5).write('a😀'), 5);
assert.strictEqual(Buffer.alloc(3).write('a\ud83d'), 1);
assert.strictEqual(Buffer.alloc(4).write('a\ud83d'), 4);
assert.strictEqual(Buffer.alloc(2).write('€'), 0);
assert.strictEqual(Buffer.alloc(3).write('abcd', 'ucs2'), 2);
assert.strictEqual(Buffer.alloc(4).write('abc', 'hex'), 1);

assert.throws(() => b.write('x', 9), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 8. Received 9',
});
assert.throws(() => b.write('x', 1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => b.write('x', '1', 2), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => b.write('x', 0, -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => b.write('x', 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => b.write(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'argument must be a string',
});
assert.throws(() => b.write('x', 0, 100), {
  message: 'The value of "length" is out of range. It must be >= 0 && <= 8. Received 100',
});

// The per-encoding methods node exposes.
const c = Buffer.alloc(4);
assert.strictEqual(c.utf8Write('é', 1), 2);
assert.strictEqual(c.latin1Write('\u00ff', 0), 1);
assert.strictEqual(c.hexWrite('0a0b', 2, 1), 1);
assert.strictEqual(c.toString('hex'), 'ffc30a00');
assert.strictEqual(c.hexSlice(1, 3), 'c30a');
assert.strictEqual(c.latin1Slice(), '\u00ffÃ\n\u0000');
assert.throws(() => c.utf8Write('a', 5), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => c.hexWrite('aa', 5), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => c.utf8Slice(-1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'Index out of range',
});
assert.throws(() => c.hexSlice(0, 5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.prototype.utf8Slice.call({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'argument must be a buffer',
});
