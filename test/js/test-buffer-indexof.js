'use strict';
// indexOf / lastIndexOf / includes: needles of each type, byteOffset rules (negative, NaN,
// strings taken as the encoding, clamping), encodings, and the errors.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.from('abcdabcd€');
assert.strictEqual(b.indexOf('bc'), 1);
assert.strictEqual(b.indexOf('bc', 2), 5);
assert.strictEqual(b.indexOf('bc', -4), -1);
assert.strictEqual(b.indexOf('bc', -7), 5);
assert.strictEqual(b.indexOf('bc', -100), 1);
assert.strictEqual(b.lastIndexOf('bc'), 5);
assert.strictEqual(b.lastIndexOf('bc', 4), 1);
assert.strictEqual(b.lastIndexOf('bc', -100), -1);
assert.strictEqual(b.lastIndexOf('bc', NaN), 5);
assert.strictEqual(b.indexOf('bc', NaN), 1);
assert.strictEqual(b.indexOf('bc', null), 1);
assert.strictEqual(b.indexOf('€'), 8);
assert.strictEqual(b.indexOf(0x63), 2);
assert.strictEqual(b.indexOf(0x63 + 256), 2);
assert.strictEqual(b.lastIndexOf(99), 6);
assert.strictEqual(b.indexOf(Buffer.from('da')), 3);
assert.strictEqual(b.indexOf(new Uint8Array([0x82, 0xac])), 9);
assert.strictEqual(b.indexOf(''), 0);
assert.strictEqual(b.indexOf('', 5), 5);
assert.strictEqual(b.indexOf('', 100), 11);
assert.strictEqual(b.lastIndexOf(''), 11);
assert.strictEqual(b.includes('cda'), true);
assert.strictEqual(b.includes('cda', 3), false);
assert.strictEqual(b.indexOf('6364', 'hex'), 2);
assert.strictEqual(b.indexOf('YmM=', 0, 'base64'), 1);
assert.strictEqual(b.indexOf('\u00e2', 'latin1'), 8);

const u = Buffer.from('abcabc', 'ucs2');
assert.strictEqual(u.indexOf('ca', 0, 'ucs2'), 4);
assert.strictEqual(u.lastIndexOf('b', undefined, 'utf16le'), 8);
assert.strictEqual(u.indexOf('bc', 'ucs2'), 2);
// node's quirk for an odd-length haystack searched as UTF-16 with a buffer needle.
assert.strictEqual(Buffer.from('abc').indexOf(Buffer.from('xx'), 0, 'ucs2'), 2);
// A lone surrogate needle is searched as its own three bytes, not as U+FFFD.
assert.strictEqual(Buffer.from('x\ud800').indexOf('\ud800'), -1);
assert.strictEqual(Buffer.from([0xed, 0xa0, 0x80]).indexOf('\ud800'), 0);

assert.throws(() => b.indexOf({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be one of type number or string or an instance of ' +
    'Buffer or Uint8Array. Received an instance of Object',
});
assert.throws(() => b.indexOf('a', 0, 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });

// Long haystacks: matches near the end, periodic input.
const big = Buffer.alloc(100000, 'ab');
big.write('xyz', 99990);
assert.strictEqual(big.indexOf('xyz'), 99990);
assert.strictEqual(big.lastIndexOf('bab'), 99997);
assert.strictEqual(big.indexOf('abababababac'), -1);
