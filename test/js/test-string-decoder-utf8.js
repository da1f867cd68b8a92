// UTF-8 decoding across chunk boundaries: characters split anywhere come
// out whole, invalid sequences become U+FFFD exactly where Node puts them,
// and the lastChar/lastNeed/lastTotal state reflects the pending bytes.
'use strict';
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

function decodeIn(buf, cuts) {
  const d = new StringDecoder('utf8');
  let out = '';
  let start = 0;
  for (const cut of cuts) {
    out += d.write(buf.subarray(start, cut));
    start = cut;
  }
  return out + d.end(buf.subarray(start));
}

const text = 'aé€😀z';
const bytes = Buffer.from(text);
for (let i = 0; i <= bytes.length; i++) {
  for (let j = i; j <= bytes.length; j++) {
    assert.strictEqual(decodeIn(bytes, [i, j]), text, `cuts ${i},${j}`);
  }
}

const d = new StringDecoder('utf8');
assert.strictEqual(d.write(Buffer.from([0xe2, 0x82])), '');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.lastTotal, 3);
assert.deepStrictEqual([...d.lastChar], [0xe2, 0x82, 0, 0]);
assert.strictEqual(d.write(Buffer.from([0xac])), '€');
assert.strictEqual(d.lastNeed, 0);

// An incomplete character at end() becomes one replacement character.
assert.strictEqual(d.write(Buffer.from([0xf0, 0x9f, 0x98])), '');
assert.strictEqual(d.end(), '\ufffd');

// A non-continuation byte ends the pending character.
assert.strictEqual(d.write(Buffer.from([0xe2])), '');
assert.strictEqual(d.write(Buffer.from([0x41])), '\ufffdA');

// Invalid sequences: lone continuation bytes, overlongs, surrogates.
assert.strictEqual(new StringDecoder().end(Buffer.from([0x80, 0x80])), '\ufffd\ufffd');
assert.strictEqual(new StringDecoder().end(Buffer.from([0xc0, 0xaf])), '\ufffd\ufffd');
assert.strictEqual(new StringDecoder().end(Buffer.from([0xed, 0xa0, 0x80])), '\ufffd\ufffd\ufffd');
assert.strictEqual(new StringDecoder().end(Buffer.from([0xf4, 0x90, 0x80, 0x80])), '\ufffd\ufffd\ufffd\ufffd');
assert.strictEqual(new StringDecoder().write(Buffer.from([0xff, 0x41])), '\ufffdA');

// Strings pass through write() untouched; text() drops pending state.
const t = new StringDecoder();
assert.strictEqual(t.write('plain'), 'plain');
t.write(Buffer.from([0xe2]));
assert.strictEqual(t.text(Buffer.from('xyz'), 1), 'yz');
assert.strictEqual(t.end(), '');

// TypedArrays and DataViews are accepted.
assert.strictEqual(new StringDecoder().write(new Uint8Array([0x68, 0x69])), 'hi');
assert.strictEqual(new StringDecoder().write(new DataView(new Uint8Array([0x6f, 0x6b]).buffer)), 'ok');
