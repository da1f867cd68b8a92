'use strict';
// Each encoding both ways with node's edge cases: UTF-8 replacement of invalid input and lone
// surrogates, lenient base64 (whitespace, both alphabets, missing padding, stop at '='), hex that
// stops at the first bad pair, 7-bit ascii decoding, latin1 truncation, UTF-16LE odd lengths;
// plus isEncoding and byteLength.
const assert = require('assert');
const { Buffer } = require('buffer');
const hex = (b) => b.toString('hex');

// UTF-8
assert.strictEqual(Buffer.from([0xe2, 0x82, 0xac]).toString(), '€');
assert.strictEqual(Buffer.from([0xf0, 0x9f, 0x98]).toString(), '\ufffd');
assert.strictEqual(Buffer.from([0xed, 0xa0, 0x80]).toString(), '\ufffd\ufffd\ufffd');
assert.strictEqual(Buffer.from([0xc0, 0xaf, 0x41]).toString(), '\ufffd\ufffdA');
assert.strictEqual(Buffer.from([0xe2, 0x82, 0x41]).toString(), '\ufffdA');
assert.strictEqual(hex(Buffer.from('a\ud800b')), '61efbfbd62');
assert.strictEqual(hex(Buffer.from('\udc00\ud83d\ude00')), 'efbfbdf09f9880');
assert.strictEqual(Buffer.from('héllo', 'utf-8').toString('UTF8'), 'héllo');

// base64 / base64url
assert.strictEqual(Buffer.from('Zm9vYmFy', 'base64').toString(), 'foobar');
assert.strictEqual(Buffer.from('Zm9vYg', 'base64').toString(), 'foob');
assert.strictEqual(Buffer.from(' Zm9v\nYmFy ', 'base64').toString(), 'foobar');
assert.strictEqual(hex(Buffer.from('-_+/', 'base64')), 'fbffbf');
assert.strictEqual(hex(Buffer.from('-_+/', 'base64url')), 'fbffbf');
assert.strictEqual(Buffer.from('YQ==YQ==', 'base64').toString(), 'a');
assert.strictEqual(Buffer.from([0xfb, 0xff, 0xbf]).toString('base64'), '+/+/');
assert.strictEqual(Buffer.from([0xfb, 0xff, 0xbf]).toString('base64url'), '-_-_');
assert.strictEqual(Buffer.from('a').toString('base64'), 'YQ==');
assert.strictEqual(Buffer.from('a').toString('base64url'), 'YQ');
assert.strictEqual(Buffer.from('\u0141QID', 'base64').toString('hex'), '010203');

// hex
assert.strictEqual(hex(Buffer.from('abCD01', 'hex')), 'abcd01');
assert.strictEqual(hex(Buffer.from('abc', 'hex')), 'ab');
assert.strictEqual(hex(Buffer.from('zz12', 'hex')), '');
assert.strictEqual(hex(Buffer.from('12g4', 'hex')), '12');
assert.strictEqual(Buffer.from([0, 15, 255]).toString('hex'), '000fff');

// latin1 / binary / ascii
assert.strictEqual(hex(Buffer.from('\u0100\u00ff', 'latin1')), '00ff');
assert.strictEqual(hex(Buffer.from('\u0100\u00ff', 'ascii')), '00ff');
assert.strictEqual(Buffer.from([0xe9, 0x41]).toString('latin1'), 'éA');
assert.strictEqual(Buffer.from([0xe9, 0x41]).toString('binary'), 'éA');
assert.strictEqual(Buffer.from([0xe9, 0x41]).toString('ascii'), 'iA');

// UTF-16LE
assert.strictEqual(hex(Buffer.from('a€', 'ucs2')), '6100ac20');
assert.strictEqual(Buffer.from([0x61, 0, 0x62]).toString('utf16le'), 'a');
assert.strictEqual(Buffer.from('😀', 'utf-16le').toString('ucs-2'), '😀');
assert.strictEqual(Buffer.from('ab', 'UCS2').length, 4);

// Ranges in toString.
const b = Buffer.from('hello');
assert.strictEqual(b.toString('utf8', 1, 3), 'el');
assert.strictEqual(b.toString(undefined, -5, 100), 'hello');
assert.strictEqual(b.toString('utf8', 4, 2), '');
assert.strictEqual(b.toString('utf8', 10), '');
assert.strictEqual(b.toString('utf8', 1.9, 3.2), 'el');
assert.throws(() => b.toString('nope'), { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError' });
assert.strictEqual(b.toLocaleString(), 'hello');

// isEncoding is case-insensitive over node's names only.
for (const e of ['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary',
  'ascii', 'base64', 'BASE64URL', 'hex']) {
  assert.strictEqual(Buffer.isEncoding(e), true, e);
}
for (const e of ['utf-16', 'nope', '', 5, null, undefined]) assert.strictEqual(Buffer.isEncoding(e), false);

// byteLength by encoding, for strings and views.
assert.strictEqual(Buffer.byteLength('aé€😀\ud800'), 13);
assert.strictEqual(Buffer.byteLength('YQ==', 'base64'), 1);
assert.strictEqual(Buffer.byteLength('abc', 'hex'), 1);
assert.strictEqual(Buffer.byteLength('abc', 'ucs2'), 6);
assert.strictEqual(Buffer.byteLength('abc', 'nope'), 3);
assert.strictEqual(Buffer.byteLength(new Uint32Array(2)), 8);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(5)), 5);
assert.throws(() => Buffer.byteLength(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string or an instance of Buffer or ' +
    'ArrayBuffer. Received type number (5)',
});
// A long string takes the native path; its answer agrees with the short-string one.
const long = 'aé€😀\ud800'.repeat(100);
assert.strictEqual(Buffer.byteLength(long), 1300);
assert.strictEqual(Buffer.from(long).length, 1300);
