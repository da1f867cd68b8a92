// Readable: flowing vs paused mode, read(n) semantics, push() return values
// against the high water mark, setEncoding, unshift, and the state getters.
'use strict';
const assert = require('assert');
const { Readable } = require('stream');

// push() returns false once the buffer reaches the high water mark.
const r = new Readable({ highWaterMark: 5, read() {} });
assert.strictEqual(r.readableHighWaterMark, 5);
assert.strictEqual(r.push('abc'), true);
assert.strictEqual(r.push('de'), false);
assert.strictEqual(r.readableLength, 5);
assert.strictEqual(r.readableFlowing, null);
assert.strictEqual(r.isPaused(), false);

// read(n): exact sizes across chunks, null when not enough, all at EOF.
assert.strictEqual(r.read(2).toString(), 'ab');
assert.strictEqual(r.read(2).toString(), 'cd');
assert.strictEqual(r.read(2), null);
r.push(null);
assert.strictEqual(r.read(2).toString(), 'e');
assert.strictEqual(r.readableEnded, false);

// Object mode: default hwm 16, read() returns one object.
const o = new Readable({ objectMode: true, read() {} });
assert.strictEqual(o.readableHighWaterMark, 16);
assert.strictEqual(o.readableObjectMode, true);
o.push({ a: 1 });
o.push(0);
assert.deepStrictEqual(o.read(), { a: 1 });
assert.strictEqual(o.read(100), 0);

// Byte mode defaults.
const plain = new Readable({ read() {} });
assert.strictEqual(plain.readableHighWaterMark, 16384);
assert.strictEqual(plain.readableObjectMode, false);
assert.strictEqual(plain.readable, true);

// TypedArrays become Buffers sharing memory; strings use the given encoding.
const bytes = new Readable({ read() {} });
const u8 = new Uint8Array([1, 2, 3]);
bytes.push(u8);
bytes.push('ff', 'hex');
const all = bytes.read();
assert.ok(Buffer.isBuffer(all));
assert.deepStrictEqual([...all], [1, 2, 3, 255]);

// setEncoding converts queued and future data, keeping characters whole.
const enc = new Readable({ read() {} });
enc.push(Buffer.from([0xe2, 0x82]));
enc.setEncoding('utf8');
assert.strictEqual(enc.readableEncoding, 'utf8');
enc.push(Buffer.from([0xac, 0x41]));
assert.strictEqual(enc.read(), '€A');

// unshift() puts data back in front.
const un = new Readable({ read() {} });
un.push('world');
assert.strictEqual(un.read(2).toString(), 'wo');
un.unshift(Buffer.from('hello '));
assert.strictEqual(un.read().toString(), 'hello rld');

// read(n) above the hwm raises it to the next power of two.
const big = new Readable({ highWaterMark: 4, read() {} });
big.read(100);
assert.strictEqual(big.readableHighWaterMark, 128);
assert.throws(() => big.read(2 ** 31), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be <= 1GiB. Received 2147483648',
});

assert.throws(() => new Readable({ highWaterMark: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new Readable({ encoding: 'bogus' }), { code: 'ERR_UNKNOWN_ENCODING' });

// Flowing mode: pause() and resume() toggle readableFlowing.
const f = new Readable({ read() {} });
const got = [];
f.on('data', (c) => got.push(c.toString()));
assert.strictEqual(f.readableFlowing, true);
f.pause();
assert.strictEqual(f.readableFlowing, false);
assert.strictEqual(f.isPaused(), true);
f.push('x');
setImmediate(() => {
  assert.deepStrictEqual(got, []);
  f.resume();
  setImmediate(() => {
    assert.deepStrictEqual(got, ['x']);
    assert.strictEqual(f.readableDidRead, true);
  });
});
