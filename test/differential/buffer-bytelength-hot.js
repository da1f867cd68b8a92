'use strict';
// Buffer.byteLength called from optimized code, where octet counts through a V8 fast API call that
// reads the string in place and falls back to the ordinary call for any string it cannot see
// there. Every representation JS can make, one- and two-byte, with lone and paired surrogates;
// each is counted often enough for the caller to be optimized, and the counts must not change.
const pieces = [
  '', 'a', 'hello world 1234', 'caf\u00e9 na\u00efve \u00ff', '\u03b1\u03b2\u03b3 \u20ac\u4e2d',
  '\ud83d\ude00 x', 'a\ud800b\udc00c\ud83d', '\udc00\ud800', 'x'.repeat(24), 'y'.repeat(1000),
];

function shapes(text) {
  const half = text.length >> 1;
  const read = text.slice(0, half) + text.slice(half);
  read.charCodeAt(0);
  return [
    text,
    text.slice(0, half) + text.slice(half),
    read,
    ('#' + text + '#').slice(1, -1),
    ('1234567890123' + text).slice(13),
    text + text,
    `${text}${half}`,
    Buffer.from(text).toString(),
    Buffer.from(text.repeat(300)).toString(),  // large results are external strings
  ];
}

const strings = [];
for (const piece of pieces) strings.push(...shapes(piece));

function count(s) { return Buffer.byteLength(s); }
function countAs(s, encoding) { return Buffer.byteLength(s, encoding); }

const totals = new Array(strings.length).fill(0);
for (let round = 0; round < 3000; round++) {
  for (let i = 0; i < strings.length; i++) totals[i] += count(strings[i]);
}
for (let i = 0; i < strings.length; i++) {
  const once = Buffer.from(strings[i]).length;
  console.log(i, strings[i].length, totals[i] / 3000, once, countAs(strings[i], 'utf8'));
}
// Non-strings after the caller was optimized for strings.
for (const v of [Buffer.from('abc'), new Uint16Array(3), new ArrayBuffer(5), 5, null, {}]) {
  try { console.log(count(v)); } catch (e) { console.log(e.code, e.message); }
}
