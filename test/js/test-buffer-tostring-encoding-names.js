'use strict';
// toString() decodes by the same rules whichever way the encoding is named: the common spellings
// (matched directly), other cases and aliases, and objects converted to strings all give the
// same result; ranges, empty results and unknown encodings behave as in node.
const assert = require('assert');

const bytes = Buffer.from([0x68, 0xc3, 0xa9, 0xff, 0x00, 0x7f, 0x41, 0xe2, 0x82, 0xac]);
const expected = {
  utf8: 'h\u00e9\ufffd\u0000\u007fA\u20ac',
  latin1: 'h\u00c3\u00a9\u00ff\u0000\u007fA\u00e2\u0082\u00ac',
  ascii: 'hC)\u007f\u0000\u007fAb\u0002,',
  hex: '68c3a9ff007f41e282ac',
  base64: 'aMOp/wB/QeKCrA==',
  base64url: 'aMOp_wB_QeKCrA',
  ucs2: '\uc368\uffa9\u7f00\ue241\uac82',
};
const names = {
  utf8: ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'UTF-8'],
  latin1: ['latin1', 'binary', 'LATIN1', 'Binary'],
  ascii: ['ascii', 'ASCII', 'Ascii'],
  hex: ['hex', 'HEX', 'Hex'],
  base64: ['base64', 'BASE64', 'Base64'],
  base64url: ['base64url', 'BASE64URL'],
  ucs2: ['ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UCS2', 'UTF-16LE'],
};
for (const [canonical, list] of Object.entries(names)) {
  for (const name of list) {
    assert.strictEqual(bytes.toString(name), expected[canonical], name);
    assert.strictEqual(bytes.toString({ toString() { return name; } }), expected[canonical]);
    assert.strictEqual(bytes.toString(name, 0, bytes.length), expected[canonical], name);
  }
}

// Ranges: start/end clamped and truncated as in node, with and without an encoding.
assert.strictEqual(bytes.toString(undefined, 6), 'A\u20ac');
assert.strictEqual(bytes.toString('hex', 1.9, 3.2), 'c3a9');
assert.strictEqual(bytes.toString('hex', -5, 2), '68c3');
assert.strictEqual(bytes.toString('latin1', 8, 100), '\u0082\u00ac');
assert.strictEqual(bytes.toString('hex', 4, 4), '');
assert.strictEqual(bytes.toString('hex', 10), '');
assert.strictEqual(bytes.toString('hex', '2', '4'), 'a9ff');
assert.strictEqual(bytes.toString('hex', NaN, NaN), '');
assert.strictEqual(bytes.toString('hex', null, 1), '68');
assert.strictEqual(Buffer.alloc(0).toString('base64'), '');
assert.strictEqual(bytes.subarray(0, 3).toString(), 'h\u00e9');

// Unknown encodings throw node's error; the range is checked first.
assert.throws(() => bytes.toString('utf9'), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: utf9',
});
assert.throws(() => bytes.toString(null), { code: 'ERR_UNKNOWN_ENCODING' });
assert.strictEqual(bytes.toString('nope', 5, 5), '');

// Small buffers decode the same through every path.
for (let n = 0; n <= 40; n++) {
  const b = Buffer.alloc(n, 'aé');
  assert.strictEqual(b.toString(), Buffer.from(b).toString('utf8'));
  assert.strictEqual(b.toString('latin1'), String.fromCharCode(...b));
  assert.strictEqual(b.toString('hex'), [...b].map((x) => x.toString(16).padStart(2, '0')).join(''));
}
