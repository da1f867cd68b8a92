'use strict';
// indexOf / lastIndexOf / includes with numbers, strings in each encoding and buffers as needles,
// and byteOffset in every form node treats specially: negative, past either end, NaN, strings
// (taken as the encoding), null, fractions, and values beyond int32.

const { rand, int, pick } = require('./support/random')(777);

const { createChecks } = require('./support/checks');

const { check, count } = createChecks(String);

const alphabet = ['a', 'b', 'ab', 'é', '\u0100', '😀', '\ud800', 'aa'];
function haystack() {
  let s = '';
  const n = int(30);
  for (let i = 0; i < n; i++) s += pick(alphabet);
  return Buffer.from(s, pick(['utf8', 'ucs2', 'latin1']));
}

const offsets = [undefined, 0, 1, 2, 3, -1, -2, -5, -100, 100, 2.5, -1.5, NaN, null, [], {},
                 'ucs2', 'latin1', '', 2 ** 32, -(2 ** 32), 0x7fffffff, Infinity, -Infinity, true];
const encodings = [undefined, 'utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'hex',
                   'base64', 'base64url', 'nope'];

for (let round = 0; round < 1200; round++) {
  const buf = haystack();
  const kind = int(4);
  let needle;
  if (kind === 0) needle = pick([97, 98, 0x161, -159, 256 + 97, 1.5, NaN, 0xe9, 0]);
  else if (kind === 1) needle = pick(alphabet) + (int(2) ? pick(alphabet) : '');
  else if (kind === 2) needle = pick(['', '61', '6162', 'YQ==', 'YWI', 'zz', 'a', '']);
  else needle = buf.subarray(int(buf.length + 1), int(buf.length + 2) + 1);
  const offset = pick(offsets);
  const encoding = pick(encodings);
  const shown = typeof needle === 'string' ? JSON.stringify(needle)
    : typeof needle === 'number' ? String(needle) : `<${needle.toString('hex')}>`;
  const off = typeof offset === 'object' && offset !== null ? JSON.stringify(offset) : String(offset);
  check(`indexOf ${buf.toString('hex')} ${shown} ${off} ${encoding}`,
        () => buf.indexOf(needle, offset, encoding));
  check(`lastIndexOf ${shown} ${off} ${encoding}`, () => buf.lastIndexOf(needle, offset, encoding));
  check(`includes ${shown} ${off} ${encoding}`, () => buf.includes(needle, offset, encoding));
}

// Invalid needles.
for (const bad of [{}, [], true, null, undefined, () => 1, Symbol.iterator]) {
  check(`indexOf bad ${typeof bad}`, () => Buffer.from('abc').indexOf(bad));
}

// Larger haystacks: matches near both ends and periodic contents.
const big = Buffer.alloc(70000, 'ab');
big.write('needle-xyz', 69990);
big.write('needle-xyz', 5);
for (const n of ['needle-xyz', 'abab', 'bab', 'needle-xyzz', 'ba', 'b']) {
  for (const off of [0, 6, 69990, 69991, -10, -11, undefined]) {
    check(`big ${n} ${off}`, () => `${big.indexOf(n, off)},${big.lastIndexOf(n, off)}`);
  }
}
const ucs = Buffer.from('xyz'.repeat(500) + 'needle', 'ucs2');
check('ucs2 big', () => `${ucs.indexOf('needle', 0, 'ucs2')},${ucs.lastIndexOf('zx', -1, 'ucs2')}`);

console.log(`checks ${count()}`);
