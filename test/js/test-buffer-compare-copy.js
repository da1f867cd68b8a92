'use strict';
// compare (static and with ranges), equals, copy (including overlapping copies within one
// buffer) and concat, with their errors.
const assert = require('assert');
const { Buffer } = require('buffer');

const a = Buffer.from('abc');
const b = Buffer.from('abd');
assert.strictEqual(Buffer.compare(a, b), -1);
assert.strictEqual(Buffer.compare(b, a), 1);
assert.strictEqual(Buffer.compare(a, Buffer.from('abc')), 0);
assert.strictEqual(Buffer.compare(a, Buffer.from('ab')), 1);
assert.strictEqual(a.compare(b), -1);
assert.strictEqual(a.compare(b, 0, 2, 0, 2), 0);
assert.strictEqual(a.compare(b, 2, 3, 2, 3), -1);
assert.strictEqual(a.compare(b, 1, 1), 1);
assert.strictEqual(a.compare(b, 0, 3, 3), -1);
assert.strictEqual(a.compare(b, 3), 1);
assert.strictEqual(a.compare(new Uint8Array([97, 98, 99])), 0);
assert.throws(() => a.compare('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type string (\'abc\')',
});
assert.throws(() => a.compare(b, 0, 4), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => a.compare(b, -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => a.compare(b, 0, 1, 0, 5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.compare(a, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(a.equals(Buffer.from('abc')), true);
assert.strictEqual(a.equals(b), false);
assert.strictEqual(a.equals(a), true);
assert.strictEqual(Buffer.alloc(0).equals(new Uint8Array(0)), true);
assert.throws(() => a.equals('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type string (\'abc\')',
});

// copy
const src = Buffer.from('0123456789');
const dst = Buffer.alloc(6, '.');
assert.strictEqual(src.copy(dst), 6);
assert.strictEqual(dst.toString(), '012345');
assert.strictEqual(src.copy(dst, 4, 8), 2);
assert.strictEqual(dst.toString(), '012389');
assert.strictEqual(src.copy(dst, 0, 2, 4), 2);
assert.strictEqual(dst.toString(), '232389');
assert.strictEqual(src.copy(dst, 10), 0);
assert.strictEqual(src.copy(dst, 0, 5, 5), 0);
assert.strictEqual(src.copy(dst, 1.7, '1'), 5);
assert.throws(() => src.copy(dst, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => src.copy(dst, 0, 11), {
  message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 10. Received 11',
});
assert.throws(() => src.copy(dst, 0, 0, -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => src.copy('x'), { code: 'ERR_INVALID_ARG_TYPE' });
// Overlapping, both directions, short (JS loop) and long (native memmove).
const o = Buffer.from('abcdefghijklmnopqrstuvwxyz');
o.copy(o, 2, 0, 5);
assert.strictEqual(o.toString(), 'ababcdehijklmnopqrstuvwxyz');
o.copy(o, 0, 2, 7);
assert.strictEqual(o.toString(), 'abcdedehijklmnopqrstuvwxyz');
const long = Buffer.from('0123456789'.repeat(10));
long.copy(long, 5, 0, 50);
assert.strictEqual(long.toString('latin1', 0, 60), '01234' + '0123456789'.repeat(5) + '56789');

// concat
assert.strictEqual(Buffer.concat([Buffer.from('ab'), new Uint8Array([99])]).toString(), 'abc');
assert.strictEqual(Buffer.concat([Buffer.from('abc')], 2).toString(), 'ab');
assert.deepStrictEqual([...Buffer.concat([Buffer.from('a')], 3)], [97, 0, 0]);
assert.strictEqual(Buffer.concat([]).length, 0);
assert.throws(() => Buffer.concat('abc'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.concat(['x']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list[0]" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type string (\'x\')',
});
assert.throws(() => Buffer.concat([a], -1), { code: 'ERR_OUT_OF_RANGE' });
