// StringDecoder over every encoding with input cut at every possible point:
// split multi-byte characters, invalid UTF-8 (U+FFFD placement), lone
// surrogates, base64 groups, plus lastChar/lastNeed/lastTotal and errors.
'use strict';
const { StringDecoder } = require('string_decoder');

const esc = (s) => JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const samples = [
  Buffer.from('aé€😀z'),
  Buffer.from([0xe2, 0x82]),
  Buffer.from([0xf0, 0x9f, 0x98]),
  Buffer.from([0xc3, 0x41, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28, 0xbc]),
  Buffer.from([0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xc0, 0xaf, 0xff, 0xfe]),
  Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0xe2, 0x82, 0xac]),
  Buffer.from('😀', 'utf16le'),
  Buffer.from([0x3d, 0xd8, 0x3d, 0xd8, 0x00, 0xde, 0x41]),
  Buffer.from('hello world!'),
];

for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  for (const buf of samples) {
    const lines = [];
    for (let cut = 0; cut <= buf.length; cut++) {
      for (let cut2 = cut; cut2 <= buf.length; cut2 += 2) {
        const d = new StringDecoder(enc);
        const a = d.write(buf.subarray(0, cut));
        const state = `${d.lastNeed}/${d.lastTotal}`;
        const b = d.write(buf.subarray(cut, cut2));
        const c = d.end(buf.subarray(cut2));
        lines.push(`${cut},${cut2}:${esc(a)}|${state}|${esc(b)}|${esc(c)}`);
      }
    }
    console.log(`${enc} ${buf.toString('hex')}\n  ${lines.join('\n  ')}`);
  }
}

// Byte at a time, with state after each byte.
for (const enc of ['utf8', 'utf16le', 'base64']) {
  const d = new StringDecoder(enc);
  const parts = [];
  for (const byte of Buffer.from('€😀é')) {
    parts.push(`${esc(d.write(Buffer.from([byte])))}:${d.lastNeed}:${d.lastTotal}:${d.lastChar.toString('hex')}`);
  }
  parts.push(`end=${esc(d.end())}`);
  console.log(`bytewise ${enc} ${parts.join(' ')}`);
}

for (const enc of [undefined, null, '', 'UTF-8', 'ucs2', 'UCS-2', 'binary', 'Latin1', 'BASE64URL', 'HEX']) {
  console.log('encoding', String(enc), new StringDecoder(enc).encoding);
}
for (const bad of ['utf-9', 5, {}, 'buffer']) {
  try { new StringDecoder(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const d = new StringDecoder();
for (const bad of [5, null, {}, [1]]) {
  try { d.write(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(d.write('passes through'), esc(d.end('tail')), esc(d.end()));
console.log(esc(d.text(Buffer.from('abc€'), 1)));
console.log(new StringDecoder('utf8').write(new Uint16Array([0x6968])), new StringDecoder('hex').write(new DataView(new ArrayBuffer(2))));
console.log(require('util').inspect(new StringDecoder('ucs2')));
console.log(Object.keys(require('string_decoder')), Object.keys(new StringDecoder()));
