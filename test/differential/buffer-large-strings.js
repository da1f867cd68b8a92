'use strict';
// Strings around the size where octet stops copying results into the V8 heap and makes external
// strings instead (128 KiB of characters): every encoding, one- and two-byte results, must be
// identical on both sides of the boundary. Printed as digests to keep the output short.
const crypto = require('crypto');

const digest = (s) => crypto.createHash('sha1').update(s, 'utf8').digest('hex').slice(0, 16);
const KiB = 1024;

const bytes = Buffer.alloc(300 * KiB);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + (i >> 9)) & 0xff;

for (const size of [64 * KiB - 32, 64 * KiB, 64 * KiB + 1, 128 * KiB - 65, 128 * KiB - 64,
                    128 * KiB, 200 * KiB]) {
  const slice = bytes.subarray(0, size);
  for (const encoding of ['utf8', 'latin1', 'ascii', 'ucs2', 'hex', 'base64', 'base64url']) {
    const s = slice.toString(encoding);
    console.log(size, encoding, s.length, digest(s));
  }
}

// UTF-8 text whose characters all fit one byte, and text that needs two.
for (const [label, ch] of [['latin1-range', 'é'], ['bmp', '€'], ['astral', '😀']]) {
  for (const count of [40000, 70000, 140000]) {
    const text = ch.repeat(count);
    const decoded = Buffer.from(text).toString();
    console.log(label, count, decoded.length, decoded === text, digest(decoded));
    const utf16 = Buffer.from(text, 'ucs2').toString('ucs2');
    console.log(label, count, 'ucs2', utf16 === text);
  }
}

// A large result behaves like any string: slicing, concatenation, comparison, writing back.
const big = bytes.toString('latin1');
console.log(big.slice(1000, 1010) === bytes.subarray(1000, 1010).toString('latin1'));
console.log((big + big).length, Buffer.from(big, 'latin1').equals(bytes));

// Buffer.from(string) beyond the pool: ASCII text takes a one-copy path; anything else must fall
// back to full UTF-8 encoding wherever the first other character sits.
const ascii = 'The quick brown fox jumps over the lazy dog. '.repeat(200);
for (const text of [ascii, `é${ascii}`, `${ascii}é`, `${ascii.slice(0, 5000)}ÿ${ascii}`,
                    `${ascii}€`, `${ascii}\ud800`, `${ascii}😀x`, `\x80${ascii}`]) {
  const encoded = Buffer.from(text);
  console.log(text.length, encoded.length, digest(encoded.toString('hex')),
              encoded.toString() === text, Buffer.byteLength(text) === encoded.length);
}

// Buffer.from(string) and TextEncoder try an ASCII copy first and encode from the first other
// character on: one-byte strings with that character at each kind of place, flat and as a cons
// string, and a buffer written at an offset (where nothing past the text may change).
for (const n of [4095, 4096, 5000, 70000, 140000]) {
  for (const pos of [-1, 0, 1, 64, n >> 1, n - 1]) {
    let s = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(n / 36 + 1).slice(0, n);
    if (pos >= 0) s = s.slice(0, pos) + '\xe9' + s.slice(pos + 1);
    const cons = s.slice(0, n >> 1) + s.slice(n >> 1);
    for (const [label, str] of [['flat', s], ['cons', cons], ['two-byte', s + '\u20ac']]) {
      const b = Buffer.from(str);
      const encoded = new TextEncoder().encode(str);
      const target = Buffer.alloc(n + 3, 0x2a);
      const written = target.write(str, 1);
      console.log(n, pos, label, b.length, digest(b), digest(encoded), written, digest(target));
    }
  }
}

// toString of text whose characters fit Latin-1 decodes to one byte per character; a larger
// character or a malformed sequence anywhere (block boundaries included) hands the rest to the
// full decoder. Every size class, with each kind of interruption at several places.
{
  const latinText = (size) => {
    const unit = Buffer.from("Déjà vu: le café est très chaud; naïve façon d'être. ");
    const out = Buffer.alloc(size);
    for (let i = 0; i < size; i += unit.length) unit.copy(out, i);
    return out;
  };
  const breaks = [['none', null], ['euro', Buffer.from('€')], ['emoji', Buffer.from('😀')],
                  ['lone lead', Buffer.from([0xc3, 0x41])], ['overlong', Buffer.from([0xc0, 0x80])],
                  ['stray continuation', Buffer.from([0xa9])], ['ff', Buffer.from([0xff])],
                  ['lead at end', Buffer.from([0xc3])]];
  for (const size of [70, 4095, 65536, 140000]) {
    for (const [label, piece] of breaks) {
      for (const at of [0, 1, 62, 63, 64, 127, size >> 1, size - 2]) {
        if (piece === null && at !== 0) continue;
        const bytes = latinText(size);
        if (piece !== null) piece.copy(bytes, Math.min(at, size - piece.length));
        const s = bytes.toString();
        console.log('latin1 text', size, label, at, s.length, digest(s));
      }
    }
  }
}
