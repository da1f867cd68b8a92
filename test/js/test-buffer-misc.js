'use strict';
// slice/subarray share memory; swap16/32/64; toJSON; iteration; parent/offset; inspection and
// INSPECT_MAX_BYTES; module exports and constants; isUtf8/isAscii; calls on foreign receivers.
const assert = require('assert');
const util = require('util');
const buffer = require('buffer');
const { Buffer } = buffer;

const b = Buffer.from('hello world');
const s = b.subarray(6);
s[0] = 0x57;
assert.strictEqual(b.toString(), 'hello World');
assert.strictEqual(b.slice(-5, -1).toString(), 'Worl');
assert.strictEqual(b.slice(3, 1).length, 0);
assert.strictEqual(b.subarray(NaN, 2.9).toString(), 'he');
assert.strictEqual(b.subarray(-100).length, 11);
assert.ok(b.subarray(1) instanceof Buffer);
assert.strictEqual(b.slice(1).buffer, b.buffer);

// swaps: small buffers in JS, large ones natively; sizes must divide.
for (const n of [8, 512]) {
  const fresh = () => {
    const x = Buffer.alloc(n);
    for (let i = 0; i < n; i++) x[i] = i & 255;
    return x;
  };
  assert.strictEqual(fresh().swap16().toString('hex', 0, 8), '0100030205040706');
  assert.strictEqual(fresh().swap32().toString('hex', 0, 8), '0302010007060504');
  assert.strictEqual(fresh().swap64().toString('hex', 0, 8), '0706050403020100');
  const x = fresh();
  assert.strictEqual(x.swap64(), x);
  assert.strictEqual(x.toString('hex', n - 8), Buffer.from(fresh().subarray(n - 8)).reverse().toString('hex'));
}
assert.throws(() => Buffer.alloc(3).swap16(), {
  code: 'ERR_INVALID_BUFFER_SIZE',
  name: 'RangeError',
  message: 'Buffer size must be a multiple of 16-bits',
});
assert.throws(() => Buffer.alloc(6).swap32(), { message: 'Buffer size must be a multiple of 32-bits' });
assert.throws(() => Buffer.alloc(12).swap64(), { message: 'Buffer size must be a multiple of 64-bits' });

assert.deepStrictEqual(Buffer.from([1, 2]).toJSON(), { type: 'Buffer', data: [1, 2] });
assert.strictEqual(JSON.stringify(Buffer.alloc(0)), '{"type":"Buffer","data":[]}');
assert.deepStrictEqual(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('ab')))), Buffer.from('ab'));
assert.deepStrictEqual([...Buffer.from('ab').entries()], [[0, 97], [1, 98]]);
assert.deepStrictEqual([...Buffer.from('ab').keys()], [0, 1]);
assert.deepStrictEqual([...Buffer.from('ab').values()], [97, 98]);
assert.deepStrictEqual([...Buffer.from('ab')], [97, 98]);

const p = Buffer.alloc(4);
assert.strictEqual(p.parent, p.buffer);
assert.strictEqual(p.offset, p.byteOffset);
assert.strictEqual(Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').get.call({}),
                   undefined);

assert.strictEqual(util.inspect(Buffer.from('hello')), '<Buffer 68 65 6c 6c 6f>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(util.inspect(Buffer.alloc(51)),
                   `<Buffer ${'00 '.repeat(50).trim()} ... 1 more byte>`);
const withProps = Buffer.from('hi');
withProps.tag = 'x';
assert.strictEqual(util.inspect(withProps), "<Buffer 68 69, tag: 'x'>");
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from('abc')), '<Buffer 61 62 ... 1 more byte>');
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, { code: 'ERR_OUT_OF_RANGE' });

assert.strictEqual(buffer.kMaxLength, 2 ** 32);
assert.strictEqual(buffer.kStringMaxLength, 2 ** 29 - 24);
assert.deepStrictEqual(buffer.constants, { MAX_LENGTH: 2 ** 32, MAX_STRING_LENGTH: 2 ** 29 - 24 });
assert.deepStrictEqual(Object.keys(buffer), [
  'Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength', 'kStringMaxLength',
  'btoa', 'atob', 'constants', 'INSPECT_MAX_BYTES', 'Blob', 'resolveObjectURL', 'File',
]);
assert.strictEqual(buffer.resolveObjectURL('blob:nodedata:x'), undefined);

assert.strictEqual(buffer.isUtf8(Buffer.from('héllo')), true);
assert.strictEqual(buffer.isUtf8(Buffer.from([0xc0, 0x80])), false);
assert.strictEqual(buffer.isUtf8(new ArrayBuffer(0)), true);
assert.strictEqual(buffer.isAscii(Buffer.from('abc')), true);
assert.strictEqual(buffer.isAscii(Buffer.from('é')), false);
assert.throws(() => buffer.isUtf8('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => buffer.isAscii(null), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(Buffer.isBuffer(Buffer.alloc(1)), true);
assert.strictEqual(Buffer.isBuffer(new Uint8Array(1)), false);

// Methods called on things that are not buffers throw instead of touching memory.
for (const fn of [
  () => Buffer.prototype.fill.call({}, 'ab'),
  () => Buffer.prototype.equals.call({}, Buffer.alloc(1)),
  () => Buffer.prototype.compare.call({}, Buffer.alloc(1)),
  () => Buffer.prototype.swap16.call({ length: 200 }),
  () => Buffer.prototype.toString.call({}),
  () => Buffer.prototype.latin1Write.call({}, 'a'),
]) {
  assert.throws(fn, TypeError);
}
