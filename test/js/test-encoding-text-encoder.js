'use strict';
// TextEncoder: encode and encodeInto, lone surrogates, whole characters only, argument errors.
const assert = require('assert');
const { TextEncoder } = require('util');

const e = new TextEncoder();
assert.strictEqual(e.encoding, 'utf-8');
const out = e.encode('aé😀\ud800');
assert.ok(out instanceof Uint8Array);
assert.ok(!Buffer.isBuffer(out));
assert.deepStrictEqual([...out], [0x61, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80, 0xef, 0xbf, 0xbd]);
assert.strictEqual(e.encode().length, 0);
assert.deepStrictEqual([...e.encode(null)], [...Buffer.from('null')]);
const long = 'x€'.repeat(1000);
assert.strictEqual(e.encode(long).length, 4000);

const dest = new Uint8Array(4);
assert.deepStrictEqual(e.encodeInto('a😀b', dest), { read: 1, written: 1 });
assert.deepStrictEqual(e.encodeInto('😀b', dest), { read: 2, written: 4 });
assert.deepStrictEqual([...dest], [0xf0, 0x9f, 0x98, 0x80]);
assert.deepStrictEqual(e.encodeInto('', dest), { read: 0, written: 0 });
assert.throws(() => e.encodeInto('a', []), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "dest" argument must be an instance of Uint8Array. Received an instance of Array',
});
assert.throws(() => e.encodeInto(5, dest), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(require('util').inspect(e), "{ encoding: 'utf-8' }");
