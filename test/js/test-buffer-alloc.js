'use strict';
// Buffer.alloc / allocUnsafe / allocUnsafeSlow / SlowBuffer: sizes, zeroing, fill arguments and
// every size error.
const assert = require('assert');
const { Buffer, SlowBuffer, kMaxLength } = require('buffer');

assert.deepStrictEqual([...Buffer.alloc(4)], [0, 0, 0, 0]);
assert.strictEqual(Buffer.alloc(0).length, 0);
assert.deepStrictEqual([...Buffer.alloc(5, 'ab')], [97, 98, 97, 98, 97]);
assert.deepStrictEqual([...Buffer.alloc(3, 257)], [1, 1, 1]);
assert.deepStrictEqual([...Buffer.alloc(4, '6162', 'hex')], [0x61, 0x62, 0x61, 0x62]);
assert.deepStrictEqual([...Buffer.alloc(3, Buffer.from([9, 8]))], [9, 8, 9]);
assert.strictEqual(Buffer.allocUnsafe(10).length, 10);
assert.strictEqual(Buffer.allocUnsafeSlow(10).length, 10);
assert.ok(Buffer.allocUnsafe(3) instanceof Buffer);
assert.ok(SlowBuffer(3) instanceof Uint8Array);
assert.strictEqual(SlowBuffer(3).length, 3);

for (const fn of [Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow, SlowBuffer]) {
  assert.throws(() => fn('5'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "size" argument must be of type number. Received type string (\'5\')',
  });
  assert.throws(() => fn(-1), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "size" is out of range. It must be >= 0 && <= ${kMaxLength}. Received -1`,
  });
  assert.throws(() => fn(NaN), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fn(kMaxLength + 1), { code: 'ERR_OUT_OF_RANGE' });
}
assert.throws(() => Buffer.alloc(2, 'zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
});
assert.throws(() => Buffer.alloc(2, 'a', 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => Buffer.alloc(2, Buffer.alloc(0)), { code: 'ERR_INVALID_ARG_VALUE' });

// Fractional sizes are truncated by the typed-array constructor, as in node.
assert.strictEqual(Buffer.alloc(2.5).length, 2);
