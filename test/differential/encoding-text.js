'use strict';
// TextEncoder/TextDecoder, atob/btoa, transcode, isUtf8/isAscii and Blob on generated input:
// random byte streams cut into random chunks (stream: true), fatal and non-fatal, each
// supported label, with BOMs, invalid sequences and lone surrogates.

const { transcode, isUtf8, isAscii, Blob } = require('buffer');
const util = require('util');

const { rand, int, pick } = require('./support/random')(2024);

function show(v) {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Uint8Array) return `<${Buffer.from(v.buffer, v.byteOffset, v.length).toString('hex')}>`;
  return util.inspect(v);
}
const { check, count } = require('./support/checks').createChecks(show);

const interesting = [0x41, 0x00, 0x7f, 0x80, 0xbf, 0xc2, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xed,
                     0xa0, 0xf0, 0x9f, 0x98, 0x80, 0xf4, 0x90, 0xff, 0xfe, 0xef, 0xbb, 0xd8, 0xdc];
function randomBytes(n) {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = int(3) ? pick(interesting) : int(256);
  if (int(4) === 0 && n >= 3) b.set(pick([[0xef, 0xbb, 0xbf], [0xff, 0xfe, 0x41], [0xfe, 0xff, 0]]), 0);
  return b;
}

const labels = ['utf-8', 'utf8', 'UTF-8', 'utf-16le', 'utf-16', 'utf-16be', 'latin1', 'ascii',
                'windows-1252', ' utf-8\n'];
for (let round = 0; round < 1500; round++) {
  const bytes = randomBytes(int(24));
  const label = pick(labels);
  const fatal = int(3) === 0;
  const ignoreBOM = int(3) === 0;
  check(`decode ${label} ${fatal} ${ignoreBOM} ${show(bytes)}`,
        () => new TextDecoder(label, { fatal, ignoreBOM }).decode(bytes));
  check(`stream ${label} ${fatal} ${ignoreBOM}`, () => {
    const d = new TextDecoder(label, { fatal, ignoreBOM });
    let out = '';
    let at = 0;
    while (at < bytes.length) {
      const next = Math.min(bytes.length, at + 1 + int(4));
      out += d.decode(bytes.subarray(at, next), { stream: true }) + '|';
      at = next;
    }
    return out + d.decode();
  });
}

const pieces = ['a', 'é', '€', '😀', '\ud800', '\udc00', '\u0000', '\uffff', 'ÿ', '\u0100'];
for (let round = 0; round < 600; round++) {
  let s = '';
  const n = int(10);
  for (let i = 0; i < n; i++) s += pick(pieces);
  check(`encode ${show(s)}`, () => new TextEncoder().encode(s));
  const dest = new Uint8Array(int(12));
  check(`encodeInto ${show(s)} ${dest.length}`, () => {
    const r = new TextEncoder().encodeInto(s, dest);
    return `${r.read},${r.written},${show(dest)}`;
  });
  check(`btoa ${show(s)}`, () => btoa(s));
}

const b64pieces = ['Y', 'W', 'J', 'j', 'Z', 'A', '=', ' ', '\n', '\t', '+', '/', '-', '_', '*', 'é'];
for (let round = 0; round < 800; round++) {
  let s = '';
  const n = int(12);
  for (let i = 0; i < n; i++) s += pick(b64pieces);
  check(`atob ${show(s)}`, () => atob(s));
}

const tencs = ['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'nope'];
for (let round = 0; round < 600; round++) {
  const source = Buffer.from(randomBytes(int(12)));
  const from = pick(tencs);
  const to = pick(tencs);
  check(`transcode ${show(source)} ${from} ${to}`, () => transcode(source, from, to));
}

for (let round = 0; round < 300; round++) {
  const bytes = randomBytes(int(20));
  check(`isUtf8 ${show(bytes)}`, () => `${isUtf8(bytes)},${isAscii(bytes)},${isUtf8(bytes.buffer)}`);
}
check('isUtf8 bad', () => isUtf8('abc'));
check('isAscii bad', () => isAscii(null));
// Detached memory: node refuses only the ArrayBuffer itself, with a plain Error and a code.
{
  const detached = new ArrayBuffer(8);
  const overDetached = new Uint8Array(detached, 2);
  structuredClone(detached, { transfer: [detached] });
  for (const [name, fn] of [['isUtf8', isUtf8], ['isAscii', isAscii]]) {
    check(`${name} view of detached`, () => fn(overDetached));
    check(`${name} detached`, () => {
      try {
        return fn(detached);
      } catch (e) {
        return `${e.name} ${e.code} ${e.message} ${Object.keys(e)} ${e}`;
      }
    });
  }
}

for (let round = 0; round < 200; round++) {
  const parts = [];
  const n = int(4);
  for (let i = 0; i < n; i++) {
    parts.push(pick(['ab', 'é\n', '\r\n', new Uint8Array([1, 2]), Buffer.from('x'), 7, new ArrayBuffer(2)]));
  }
  const type = pick(['', 'Text/HTML', 'a\u00e9', 'x/y']);
  const blob = new Blob(parts, { type, endings: pick(['transparent', 'native']) });
  const s = pick([undefined, 0, 1, -1, -10, 10]);
  const e = pick([undefined, 2, -1, 20]);
  check(`blob ${round}`, () => `${blob.size} ${blob.type} ${util.inspect(blob.slice(s, e, pick([undefined, 'A/B'])))}`);
}
check('blob bad sources', () => new Blob('abc'));
check('blob bad endings', () => new Blob([], { endings: 'x' }));
check('decoder bad label', () => new TextDecoder('nope'));
check('decoder inspect', () => util.inspect(new TextDecoder('latin1', { fatal: true })));
check('encoder encoding', () => new TextEncoder().encoding);

new Blob(['héllo ', new Uint8Array([0x77, 0x6f])]).text().then((t) => {
  console.log(`blob text => ${JSON.stringify(t)}`);
  console.log(`checks ${count() + 1}`);
});
