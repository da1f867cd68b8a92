'use strict';
// The same characters held by V8 in different ways — a flat literal, a concatenation before and
// after it is first read, slices at odd offsets, a large external result — must give the same
// bytes and lengths in every encoding. octet reads some of these in place and copies the others.
const { createChecks, digest } = require('./support/checks');

const { check, count } = createChecks(digest);

const pieces = {
  ascii: 'The quick brown fox jumps over the lazy dog 0123456789. ',
  latin1: 'caf\u00e9 na\u00efve \u00fcber \u00ff\u00e0 ',
  bmp: '\u03b1\u03b2\u03b3 \u20ac\u4e2d\u6587 ',
  astral: '\ud83d\ude00 \ud83c\udf89x ',
  lone: 'a\ud800b\udc00c\ud83d',
  hex: '0123456789abcdefABCDEF',
  base64: 'SGVsbG8sIHdvcmxkIQ==QUJD-_/+ \n',
};

// Every representation of `text` that JS code can make.
function representations(text) {
  const half = text.length >> 1;
  const cons = () => text.slice(0, half) + text.slice(half);
  const read = cons();
  read.charCodeAt(half);  // reading a character flattens a concatenation
  Buffer.byteLength(read);
  return {
    flat: text,
    cons: cons(),
    readCons: read,
    slice1: ('#' + text + '#').slice(1, -1),
    slice7: ('1234567' + text).slice(7),
    sliceOfSlice: ('abcdefghijklmnop' + text + '!').slice(3).slice(13, -1),
  };
}

const encodings = ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url'];
for (const [name, piece] of Object.entries(pieces)) {
  for (const repeat of [1, 3, 40, 2000]) {
    const text = piece.repeat(repeat);
    for (const [kind, s] of Object.entries(representations(text))) {
      const label = `${name}x${repeat} ${kind}`;
      for (const encoding of encodings) {
        check(`${label} from ${encoding}`, () => Buffer.from(s, encoding));
        check(`${label} byteLength ${encoding}`, () => Buffer.byteLength(s, encoding));
        check(`${label} write ${encoding}`, () => {
          const target = Buffer.alloc(Math.min(97, s.length * 3), 0xee);
          const written = target.write(s, 1, encoding);
          return Buffer.concat([Buffer.from([written & 255]), target]);
        });
      }
      check(`${label} TextEncoder`, () => new TextEncoder().encode(s));
      check(`${label} encodeInto`, () => {
        const out = new Uint8Array(50);
        const { read, written } = new TextEncoder().encodeInto(s, out);
        return Buffer.concat([Buffer.from([read, written]), out]);
      });
    }
  }
}

// Results large enough to be external strings, and slices of them, read back.
const big = Buffer.alloc(200 * 1024);
for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 7)) & 255;
for (const encoding of ['hex', 'base64', 'latin1', 'utf16le']) {
  const s = big.toString(encoding);
  check(`external ${encoding} back`, () => Buffer.from(s, encoding));
  check(`external ${encoding} byteLength`, () => Buffer.byteLength(s));
  check(`external ${encoding} slice back`, () => Buffer.from(s.slice(40, -40), encoding));
  check(`external ${encoding} as utf8`, () => Buffer.from(s.slice(3)));
}

console.log('checks', count());
