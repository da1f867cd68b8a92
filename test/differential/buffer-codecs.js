'use strict';
// Random bytes and strings through every encoding both ways: toString with ranges, from(),
// byteLength, and write() at random offsets and lengths. Inputs include invalid UTF-8, lone
// surrogates, odd-length and non-hex "hex", and base64 with whitespace, junk and both alphabets.
// One line per check: the digest of the result, or the error.

const { rand, int, pick } = require('./support/random')(0x9e3779b9);

const { createChecks, digest } = require('./support/checks');

const { check, count } = createChecks(digest, ' ');

const encodings = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'utf16le', 'UTF-16LE', 'latin1', 'binary',
                   'ascii', 'base64', 'base64url', 'hex', 'HEX', 'Base64'];

function randomBytes(n) {
  const b = Buffer.alloc(n);
  const mode = int(4);
  for (let i = 0; i < n; i++) {
    if (mode === 0) b[i] = int(256);
    else if (mode === 1) b[i] = int(128);
    // Plausible UTF-8 with mistakes: lead bytes, continuations, boundaries.
    else if (mode === 2) b[i] = pick([0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xef,
                                      0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x8f, 0x90, 0xc0]);
    else b[i] = pick([0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
  }
  return b;
}

const stringPieces = ['a', 'Z', '0', ' ', '\n', '=', '+', '/', '-', '_', 'é', 'ÿ', '\u0100', '€',
                      '😀', '\ud800', '\udc00', '\ud83d', '\ude00', '\uffff', '\ufeff', '\x00',
                      'f', 'F', 'g', '9', 'A', 'Q', '\t', '\u0141'];
function randomString(n) {
  let s = '';
  const kind = int(4);
  for (let i = 0; i < n; i++) {
    if (kind === 0) s += pick(stringPieces);
    else if (kind === 1) s += pick('0123456789abcdefABCDEF'.split('')) + (int(20) === 0 ? 'x' : '');
    else if (kind === 2) s += pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_'.split('')) +
      (int(25) === 0 ? pick([' ', '\n', '=', '==', '*', '\u0100']) : '');
    else s += String.fromCharCode(int(0x10000));
  }
  return s;
}

// Bytes → string, whole and with ranges (including out-of-range and fractional ones).
for (let round = 0; round < 400; round++) {
  const buf = randomBytes(int(80));
  for (const enc of encodings) {
    check(`toString ${round} ${enc}`, () => buf.toString(enc));
  }
  const start = pick([undefined, 0, int(90) - 5, 1.5, -3, NaN, '2']);
  const end = pick([undefined, buf.length, int(90) - 5, 2.7, Infinity]);
  check(`toStringRange ${round} ${start} ${end}`, () => buf.toString(pick(encodings), start, end));
}

// String → bytes with every encoding; byteLength agrees with node's estimate.
for (let round = 0; round < 400; round++) {
  const str = randomString(int(40));
  for (const enc of encodings) {
    check(`from ${round} ${enc}`, () => Buffer.from(str, enc));
  }
  const enc = pick(encodings);
  check(`byteLength ${round} ${enc}`, () => String(Buffer.byteLength(str, enc)));
}

// write(string, offset, length, encoding) into a buffer prefilled with a pattern.
for (let round = 0; round < 600; round++) {
  const str = randomString(int(30));
  const buf = Buffer.alloc(int(40) + 1, 0xaa);
  const enc = pick(encodings);
  const offset = pick([undefined, 0, int(45), -1, 1.5]);
  const length = pick([undefined, int(45), 0, -2]);
  check(`write ${round} ${enc} ${offset} ${length}`, () => {
    const n = length === undefined ? buf.write(str, offset, enc) : buf.write(str, offset, length, enc);
    return `${n}:${buf.toString('hex')}`;
  });
}

// Round trips through each binary-safe encoding.
for (let round = 0; round < 300; round++) {
  const buf = randomBytes(int(100));
  for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'ucs2']) {
    check(`roundtrip ${round} ${enc}`, () => {
      const back = Buffer.from(buf.toString(enc), enc);
      return enc === 'ucs2' ? back.subarray(0, buf.length & ~1) : back;
    });
  }
}

console.log(`checks ${count()}`);
