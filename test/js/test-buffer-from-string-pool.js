'use strict';
// Buffer.from(string) makes node 20's pool decisions: strings shorter than a quarter of
// poolSize / 2 reserve 4 bytes per UTF-16 unit in the pool (a new pool when that does not fit,
// even if the encoded bytes would); longer strings are measured first; results of poolSize / 2
// bytes or more get their own ArrayBuffer, which stays the size of the estimate when the
// string decodes to less (base64 with whitespace, hex with junk), as in node.
const assert = require('assert');
const { Buffer } = require('buffer');

function freshPool() {
  // Two 4000-byte allocations fill a pool; the third starts a new one at offset 0.
  while (Buffer.allocUnsafe(4000).byteOffset !== 0);
  Buffer.allocUnsafe(4000);  // now 8000 of 8192 bytes are used (offsets 0 and 4000)
}

// 30 units need 120 bytes of room: only 192 are left, so it fits; the next 16 need 64 > 40.
freshPool();
const a = Buffer.from('abcdefghijklmnopqrstuvwxyz0123');
assert.strictEqual(a.byteOffset, 8000);
assert.strictEqual(a.length, 30);
const b = Buffer.from('0123456789abcdef');  // 64 bytes reserved, 8192 - 8032 = 160 left
assert.strictEqual(b.byteOffset, 8032);
const c = Buffer.from('x'.repeat(40));  // 160 bytes reserved, 8192 - 8048 = 144 left: new pool
assert.strictEqual(c.byteOffset, 0);
assert.notStrictEqual(c.buffer, b.buffer);

// The reservation is 4 bytes per unit whatever the encoding.
freshPool();
Buffer.allocUnsafe(100);  // offset 8000, next 8104, 88 bytes left
const h = Buffer.from('00'.repeat(12), 'hex');  // 24 units → 96 bytes > 88: new pool
assert.strictEqual(h.byteOffset, 0);
assert.strictEqual(h.length, 12);

// Encoding straight into the pool never disturbs the bytes of earlier buffers.
freshPool();
const before = Buffer.from('first');
const keep = Buffer.from(before);
for (const [s, enc] of [['é€😀 mixed ✓', 'utf8'], ['ÿÿÿ', 'latin1'], ['abc', 'ucs2'],
                        ['aGVsbG8=', 'base64'], ['zz', 'hex'], ['hi\u0100', 'ascii']]) {
  Buffer.from(s, enc);
  assert.ok(before.equals(keep), enc);
}
assert.strictEqual(Buffer.from('é€😀', 'utf8').toString('hex'), 'c3a9e282acf09f9880');
assert.strictEqual(Buffer.from('\ud800x').toString('hex'), 'efbfbd78');

// Strings of 1024 units or more (4 × 1024 = poolSize / 2) are measured: an ASCII one that
// encodes to less than poolSize / 2 still comes from the pool.
const ascii = Buffer.from('a'.repeat(1500));
assert.strictEqual(ascii.buffer.byteLength, 8192);
const wide = Buffer.from('é'.repeat(2048));  // 4096 bytes: its own ArrayBuffer
assert.strictEqual(wide.buffer.byteLength, 4096);
assert.strictEqual(wide.byteOffset, 0);

// Own ArrayBuffers keep the estimate's size when the string decodes to less.
const dirty = 'QUJD' + ' '.repeat(6000) + 'REVG';  // 6008 chars, base64 estimate 4506 bytes
const decoded = Buffer.from(dirty, 'base64');
assert.strictEqual(decoded.toString(), 'ABCDEF');
assert.strictEqual(decoded.byteOffset, 0);
assert.strictEqual(decoded.buffer.byteLength, 4506);
const junkHex = Buffer.from('ab'.repeat(2100) + 'zz' + 'cd'.repeat(2000), 'hex');
assert.strictEqual(junkHex.length, 2100);
assert.strictEqual(junkHex.buffer.byteLength, 4101);  // 8202 characters >>> 1
const empty = Buffer.from('=' + ' '.repeat(8000), 'base64');
assert.strictEqual(empty.length, 0);

// An empty string never touches the pool; an unknown encoding throws before that.
assert.strictEqual(Buffer.from('').buffer.byteLength, 0);
assert.throws(() => Buffer.from('', 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.strictEqual(Buffer.from('abc', 5).toString(), 'abc');  // a non-string encoding means utf8
