'use strict';
// UTF-8 both ways on long mixed text, so the vector decoder, encoder and length counters run on
// every mix of 1- to 4-byte characters: malformed pieces (stray continuations, overlongs,
// encoded surrogates, truncated sequences, bytes never valid) at random depths, lone surrogates
// in strings, astral characters straddling the 16 KiB / 8 Ki-unit chunks strings are read in,
// and writes cut at every kind of capacity. Digests per check.

const { int, pick } = require('./support/random')(4242);

const { createChecks, digest } = require('./support/checks');

const { check, count } = createChecks(digest, ' ');

const chars = [
  ['a', 'b', ' ', '\0', '\x7f', 'Z'],
  ['\u0080', 'é', 'ñ', 'д', 'я', '\u07ff'],
  ['\u0800', '€', '中', '文', '\ud7ff', '\ue000', '\ufffd', '\uffff'],
  ['😀', '\u{10000}', '\u{10ffff}', '𝄞'],
];
const malformed = [
  [0x80], [0xbf, 0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xc2], [0xe0, 0x80, 0x80], [0xe0, 0x9f, 0xbf],
  [0xe1, 0x80], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf0, 0x80, 0x80, 0x80],
  [0xf0, 0x8f, 0xbf, 0xbf], [0xf0, 0x90, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80], [0xfe], [0xff], [0xe2, 0x82, 0xac, 0x80],
];

// Text drawn with per-length weights: long runs of one length, and every mix.
function text(units, weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  let s = '';
  while (s.length < units) {
    let r = int(total);
    let k = 0;
    while (r >= weights[k]) r -= weights[k++];
    s += k === 0 && int(4) === 0 ? 'x'.repeat(int(80)) : pick(chars[k]);
  }
  return s;
}

const mixes = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [1, 1, 1, 1], [20, 1, 1, 1],
               [1, 4, 1, 0], [0, 1, 1, 1]];

for (let round = 0; round < 160; round++) {
  const units = pick([60, 64, 100, 1000, 5000, 8190, 8193, 16383, 16390, 20000]) + int(5);
  const str = text(units, mixes[round % mixes.length]);
  const utf8 = Buffer.from(str);
  check(`${round} from`, () => utf8);
  check(`${round} byteLength`, () => Buffer.byteLength(str));
  check(`${round} roundtrip`, () => utf8.toString() === str);

  // Malformed pieces spliced into the bytes at random depths.
  const parts = [utf8];
  let bad = utf8;
  for (let k = int(6); k > 0; k--) {
    const at = int(bad.length + 1);
    bad = Buffer.concat([bad.subarray(0, at), Buffer.from(pick(malformed)), bad.subarray(at)]);
  }
  parts.push(bad);
  check(`${round} decode malformed`, () => bad.toString());
  const from = int(bad.length);
  check(`${round} decode slice`, () => bad.toString('utf8', from, from + int(3000)));
  check(`${round} decode truncated`, () => bad.subarray(0, int(bad.length)).toString());
  check(`${round} TextDecoder`, () => new TextDecoder().decode(bad));

  // Lone surrogates, and astral characters across the 8192-unit chunk boundary.
  let lone = str;
  for (let k = int(4); k > 0; k--) {
    const at = int(lone.length + 1);
    const piece = pick(['\ud800', '\udfff', '\udbff\udbff', '\udc00\ud800']);
    lone = lone.slice(0, at) + piece + lone.slice(at);
  }
  if (lone.length > 8200) lone = lone.slice(0, 8191 - int(3)) + '😀😀' + lone.slice(8191);
  check(`${round} lone from`, () => Buffer.from(lone));
  check(`${round} lone byteLength`, () => Buffer.byteLength(lone));
  const cap = int(Buffer.byteLength(lone) + 8);
  check(`${round} lone write cap`, () => {
    const out = Buffer.alloc(cap + 4, 0xee);
    return `${out.write(lone, 2, cap)}:${digest(out)}`;
  });
  check(`${round} encodeInto`, () => {
    const out = new Uint8Array(int(cap + 1));
    const r = new TextEncoder().encodeInto(lone, out);
    return `${r.read}/${r.written}:${digest(out)}`;
  });
  const needle = lone.slice(int(40), 40 + int(30));
  check(`${round} indexOf lone`, () => Buffer.from(lone).indexOf(needle));

  // One-byte strings with Latin-1 characters (written as two bytes each).
  let latin1 = '';
  while (latin1.length < units) {
    latin1 += int(3) === 0 ? String.fromCharCode(0x80 + int(128)) : 'abc'.repeat(int(20));
  }
  check(`${round} latin1 from`, () => Buffer.from(latin1));
  check(`${round} latin1 byteLength`, () => Buffer.byteLength(latin1));
  check(`${round} latin1 write cap`, () => {
    const out = Buffer.alloc(int(latin1.length * 2) + 1, 0xee);
    return `${out.write(latin1)}:${digest(out)}`;
  });
}
// Two high surrogates (or a pair) at every position around the chunk boundaries: the first high
// is lone however the string is cut, and writing must go on past it.
for (const at of [4093, 4094, 4095, 4096, 8189, 8190, 8191, 8192, 16383, 16384]) {
  for (const piece of ['\ud800\ud800', '\ud800\ud800\udc00', '😀', '\udc00\ud800']) {
    const s = '€'.repeat(at % 3) + 'a'.repeat(at - at % 3) + piece + 'xyz';
    check(`boundary ${at} ${piece.length} from`, () => Buffer.from(s));
    check(`boundary ${at} ${piece.length} byteLength`, () => Buffer.byteLength(s));
    check(`boundary ${at} ${piece.length} write`, () => Buffer.alloc(s.length * 3).write(s));
  }
}
// Results large enough to become external strings, one-byte (Latin-1 only) and two-byte.
const largeTexts = [['latin1', 'café crème '], ['cyrillic', 'привет '], ['mixed', 'añ€😀中']];
for (const [name, unit] of largeTexts) {
  const big = Buffer.from(unit.repeat(Math.ceil(300000 / unit.length)));
  check(`large ${name} toString`, () => big.toString());
  check(`large ${name} toString cut`, () => big.toString('utf8', 1, big.length - 1));
  const dirty =
      Buffer.concat([big.subarray(0, 150001), Buffer.from([0xff, 0xc3]), big.subarray(150001)]);
  check(`large ${name} dirty`, () => dirty.toString());
  check(`large ${name} length`, () => big.toString().length);
}
console.log(`checks ${count()}`);
