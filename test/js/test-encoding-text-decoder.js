'use strict';
// TextDecoder: labels, BOM handling, fatal mode, streaming across split characters, UTF-16LE/BE
// and node 20's windows-1252 behaviour (ISO-8859-1 until the decoder first streams).
const assert = require('assert');
const { TextDecoder } = require('util');

const u8 = (...b) => Uint8Array.from(b);
assert.strictEqual(new TextDecoder().encoding, 'utf-8');
assert.strictEqual(new TextDecoder(' UTF8 ').encoding, 'utf-8');
assert.strictEqual(new TextDecoder('latin1').encoding, 'windows-1252');
assert.strictEqual(new TextDecoder('utf-16').encoding, 'utf-16le');
assert.throws(() => new TextDecoder('nope'), {
  code: 'ERR_ENCODING_NOT_SUPPORTED',
  name: 'RangeError',
  message: 'The "nope" encoding is not supported',
});
assert.throws(() => new TextDecoder('utf-8', 5), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(new TextDecoder().decode(u8(0xef, 0xbb, 0xbf, 0x41)), 'A');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(u8(0xef, 0xbb, 0xbf, 0x41)),
                   '\ufeffA');
assert.strictEqual(new TextDecoder().decode(u8(0xff, 0x41)), '\ufffdA');
assert.strictEqual(new TextDecoder().decode(new Uint16Array([0x4241])), 'AB');
assert.strictEqual(new TextDecoder().decode(), '');
assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(u8(0xff)), {
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  name: 'TypeError',
  message: 'The encoded data was not valid for encoding utf-8',
});
assert.throws(() => new TextDecoder().decode(null), { code: 'ERR_INVALID_ARG_TYPE' });

// Streaming: a character split across chunks comes out whole.
const d = new TextDecoder();
assert.strictEqual(d.decode(u8(0xf0, 0x9f), { stream: true }), '');
assert.strictEqual(d.decode(u8(0x98, 0x80, 0x41), { stream: true }), '😀A');
assert.strictEqual(d.decode(u8(0xe2)), '\ufffd');
const fatal = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(fatal.decode(u8(0xe2, 0x82), { stream: true }), '');
assert.throws(() => fatal.decode(), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
// The BOM is dropped once per stream.
const bom = new TextDecoder();
assert.strictEqual(bom.decode(u8(0xef, 0xbb), { stream: true }), '');
assert.strictEqual(bom.decode(u8(0xbf, 0x41), { stream: true }), 'A');
assert.strictEqual(bom.decode(u8(0xef, 0xbb, 0xbf)), '\ufeff');

// UTF-16
assert.strictEqual(new TextDecoder('utf-16le').decode(u8(0xff, 0xfe, 0x41, 0)), 'A');
assert.strictEqual(new TextDecoder('utf-16be').decode(u8(0, 0x41, 0xd8, 0x3d, 0xde, 0)), 'A😀');
assert.strictEqual(new TextDecoder('utf-16le').decode(u8(0x41, 0, 0x00, 0xd8, 0x42)), 'A\ufffd');
const d16 = new TextDecoder('utf-16le');
assert.strictEqual(d16.decode(u8(0x3d, 0xd8, 0x00), { stream: true }), '');
assert.strictEqual(d16.decode(u8(0xde)), '😀');
assert.throws(() => new TextDecoder('utf-16le', { fatal: true }).decode(u8(0, 0xd8)),
              { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });

// windows-1252
const codes = (s) => [...s].map((c) => c.charCodeAt(0));
const w = new TextDecoder('windows-1252');
assert.deepStrictEqual(codes(w.decode(u8(0x80, 0x9f, 0xe9))), [0x80, 0x9f, 0xe9]);
assert.deepStrictEqual(codes(w.decode(u8(0x80, 0x9f), { stream: true })), [0x20ac, 0x178]);
assert.deepStrictEqual(codes(w.decode(u8(0x80))), [0x20ac]);

assert.strictEqual(require('util').inspect(new TextDecoder()),
                   "TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }");
assert.throws(() => TextDecoder.prototype.decode.call({}), { code: 'ERR_INVALID_THIS' });
