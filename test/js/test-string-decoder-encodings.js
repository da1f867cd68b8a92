// The non-UTF-8 decoders: UTF-16LE keeps surrogate pairs and odd bytes for
// the next chunk, base64/base64url hold back partial 3-byte groups, hex,
// latin1 and ascii decode byte by byte; names normalise; bad input throws.
'use strict';
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

function bytewise(enc, buf) {
  const d = new StringDecoder(enc);
  let out = '';
  for (const byte of buf) out += d.write(Buffer.from([byte]));
  return out + d.end();
}

const emoji = '😀é';
assert.strictEqual(bytewise('utf16le', Buffer.from(emoji, 'utf16le')), emoji);
const u = new StringDecoder('utf16le');
assert.strictEqual(u.write(Buffer.from([0x41])), '');
assert.strictEqual(u.lastNeed, 1);
assert.strictEqual(u.write(Buffer.from([0x00, 0x3d, 0xd8])), 'A');
assert.strictEqual(u.lastNeed, 2);
assert.strictEqual(u.lastTotal, 4);
assert.strictEqual(u.write(Buffer.from([0x00, 0xde])), '😀');
// Completing an odd byte only checks the count, so a high surrogate split
// across three chunks comes out as two halves (which still concatenate).
const halves = new StringDecoder('utf16le');
assert.strictEqual(halves.write(Buffer.from([0x3d])), '');
assert.strictEqual(halves.write(Buffer.from([0xd8])), '\ud83d');
assert.strictEqual(halves.write(Buffer.from([0x00, 0xde])), '\ude00');
// A lone trailing byte is dropped at end(); a lone high surrogate is kept.
assert.strictEqual(new StringDecoder('utf16le').end(Buffer.from([0x41, 0x00, 0x42])), 'A');
assert.strictEqual(new StringDecoder('utf16le').end(Buffer.from([0x3d, 0xd8])), '\ud83d');

const data = Buffer.from('any carnal pleasure');
assert.strictEqual(bytewise('base64', data), data.toString('base64'));
assert.strictEqual(bytewise('base64url', data), data.toString('base64url'));
const b = new StringDecoder('base64');
assert.strictEqual(b.write(Buffer.from('ab')), '');
assert.strictEqual(b.lastNeed, 1);
assert.strictEqual(b.end(), 'YWI=');
assert.strictEqual(new StringDecoder('base64url').end(Buffer.from('ab')), 'YWI');

assert.strictEqual(bytewise('hex', Buffer.from([0, 255, 16])), '00ff10');
assert.strictEqual(bytewise('latin1', Buffer.from([0xe9, 0x41])), 'éA');
assert.strictEqual(bytewise('ascii', Buffer.from([0xe9, 0x41])), 'iA');

const names = {
  'UTF-8': 'utf8', 'utf-8': 'utf8', 'ucs2': 'utf16le', 'UCS-2': 'utf16le', 'utf-16le': 'utf16le',
  'binary': 'latin1', 'LATIN1': 'latin1', 'Base64': 'base64', 'base64url': 'base64url', 'HEX': 'hex',
};
for (const [name, normal] of Object.entries(names)) {
  assert.strictEqual(new StringDecoder(name).encoding, normal, name);
}
assert.strictEqual(new StringDecoder().encoding, 'utf8');
assert.strictEqual(new StringDecoder(null).encoding, 'utf8');

assert.throws(() => new StringDecoder('nope'), {
  name: 'TypeError',
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: nope',
});
assert.throws(() => new StringDecoder('buffer'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => new StringDecoder().write(1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => new StringDecoder().end(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => StringDecoder.prototype.write.call({}, Buffer.alloc(1)), { code: 'ERR_INVALID_THIS' });
