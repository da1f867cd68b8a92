'use strict';
// Longer inputs (up to a few KiB) so that the vectorised codec and search paths run, with the
// irregularities placed deep inside: junk and whitespace in base64, a bad pair late in hex,
// invalid UTF-8 after long ASCII runs, lone surrogates in long strings. Digests per check.

const { rand, int, pick } = require('./support/random')(31337);

const { createChecks, digest } = require('./support/checks');

const { check, count } = createChecks(digest, ' ');

function bytes(n, mode) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    if (mode === 0) b[i] = int(256);
    else if (mode === 1) b[i] = 0x20 + int(95);
    else b[i] = int(40) === 0 ? pick([0x80, 0xc3, 0xe2, 0xf0, 0xff, 0xed]) : 0x61 + int(26);
  }
  return b;
}

function corrupt(str, pieces) {
  let s = str;
  const k = int(4);
  for (let i = 0; i < k; i++) {
    const at = int(s.length + 1);
    s = s.slice(0, at) + pick(pieces) + s.slice(at);
  }
  return s;
}

for (let round = 0; round < 500; round++) {
  const n = pick([31, 32, 33, 47, 48, 63, 64, 65, 95, 96, 127, 128, 200, 1000, 3000]) + int(3);
  const buf = bytes(n, int(3));
  for (const enc of ['hex', 'base64', 'base64url', 'utf8', 'latin1', 'ascii', 'ucs2']) {
    const text = buf.toString(enc);
    check(`${round} ${enc} toString`, () => text);
    check(`${round} ${enc} back`, () => Buffer.from(text, enc));
  }
  const b64 = corrupt(buf.toString(pick(['base64', 'base64url'])), [' ', '\n', '=', '==', '*', '\u00e9', '-', '\r\n']);
  check(`${round} dirty base64`, () => Buffer.from(b64, 'base64'));
  check(`${round} dirty base64 write`, () => {
    const out = Buffer.alloc(n, 0xee);
    return `${out.write(b64, int(8), 'base64')}:${digest(out)}`;
  });
  const hx = corrupt(buf.toString('hex'), ['g', 'x', ' ', '0', 'F']);
  check(`${round} dirty hex`, () => Buffer.from(hx, 'hex'));
  let str = '';
  while (str.length < n) str += pick(['abc', 'é', '€', '😀', '\ud800', '\udfff', 'x'.repeat(40)]);
  check(`${round} string utf8`, () => Buffer.from(str));
  check(`${round} string byteLength`, () => Buffer.byteLength(str));
  check(`${round} string write`, () => {
    const out = Buffer.alloc(int(n) + 1, 0xee);
    return `${out.write(str)}:${digest(out)}`;
  });
  const needle = buf.subarray(int(n), int(n) + 1 + int(20));
  check(`${round} indexOf`, () => buf.indexOf(needle, int(n) - int(n)));
  check(`${round} lastIndexOf`, () => buf.lastIndexOf(needle));
  check(`${round} indexOf ucs2`, () => buf.indexOf(needle, 0, 'ucs2'));
}
console.log(`checks ${count()}`);
