'use strict';
// The numeric readers and writers: values in both byte orders, 1–6 byte variable widths,
// BigInt and float forms, the lower-case Uint aliases, return values, and each error.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0xff]);
assert.strictEqual(b.readUInt8(8), 255);
assert.strictEqual(b.readInt8(8), -1);
assert.strictEqual(b.readUInt16LE(0), 0x0201);
assert.strictEqual(b.readUInt16BE(0), 0x0102);
assert.strictEqual(b.readInt16BE(7), 0x08ff);
assert.strictEqual(b.readUInt32LE(0), 0x04030201);
assert.strictEqual(b.readUInt32BE(5), 0x060708ff);
assert.strictEqual(b.readInt32BE(5), 0x060708ff);
assert.strictEqual(Buffer.from([0xff, 0xff, 0xff, 0xfe]).readInt32BE(0), -2);
assert.strictEqual(b.readUIntLE(0, 6), 0x060504030201);
assert.strictEqual(b.readUIntBE(3, 3), 0x040506);
assert.strictEqual(b.readIntBE(6, 3), 0x0708ff);
assert.strictEqual(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]).readIntBE(0, 6), -2);
assert.strictEqual(Buffer.from([0xfe, 0xff, 0xff, 0xff, 0xff]).readIntLE(0, 5), -2);
assert.strictEqual(b.readBigUInt64LE(0), 0x0807060504030201n);
assert.strictEqual(b.readBigUInt64BE(1), 0x02030405060708ffn);
assert.strictEqual(Buffer.alloc(8, 0xff).readBigInt64LE(), -1n);
assert.strictEqual(b.readUint32LE, b.readUInt32LE);
assert.strictEqual(b.readBigUint64BE, b.readBigUInt64BE);
assert.strictEqual(b.writeUintBE, b.writeUIntBE);

const f = Buffer.alloc(8);
assert.strictEqual(f.writeDoubleBE(Math.PI), 8);
assert.strictEqual(f.readDoubleBE(0), Math.PI);
assert.strictEqual(f.toString('hex'), '400921fb54442d18');
assert.strictEqual(f.writeFloatLE(1.5, 4), 8);
assert.strictEqual(f.readFloatLE(4), 1.5);
f.writeFloatBE(NaN);
assert.ok(Number.isNaN(f.readFloatBE()));
f.writeDoubleLE(-0);
assert.ok(Object.is(f.readDoubleLE(), -0));

const w = Buffer.alloc(10);
assert.strictEqual(w.writeUInt8(255, 0), 1);
assert.strictEqual(w.writeInt8(-1, 1), 2);
assert.strictEqual(w.writeUInt16BE(0x1234, 2), 4);
assert.strictEqual(w.writeInt32LE(-2, 4), 8);
assert.strictEqual(w.toString('hex'), 'ffff1234feffffff0000');
assert.strictEqual(w.writeUIntBE(0x123456789a, 0, 5), 5);
assert.strictEqual(w.writeIntLE(-0x123456789a, 5, 5), 10);
assert.strictEqual(w.readIntLE(5, 5), -0x123456789a);
assert.strictEqual(w.writeBigInt64BE(-2n, 2), 10);
assert.strictEqual(w.readBigInt64BE(2), -2n);
assert.strictEqual(w.writeBigUInt64LE(2n ** 64n - 1n, 1), 9);

// Offsets: wrong type, out of range, not an integer, too close to the end.
assert.throws(() => b.readUInt8('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => b.readUInt32LE(6), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 5. Received 6',
});
assert.throws(() => b.readUInt16LE(1.5), {
  message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => b.readDoubleLE(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.alloc(3).readUInt32LE(0), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: 'Attempt to access memory outside buffer bounds',
});
assert.throws(() => b.readUIntLE(0, 7), {
  message: 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7',
});
assert.throws(() => b.readIntBE(undefined, 2), { code: 'ERR_INVALID_ARG_TYPE' });

// Values: ranges per width, BigInt ranges, mixing types.
assert.throws(() => w.writeUInt8(256), {
  message: 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 256',
});
assert.throws(() => w.writeInt16LE(-32769), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => w.writeUInt32BE(2 ** 32), {
  message: 'The value of "value" is out of range. It must be >= 0 and <= 4294967295. ' +
    'Received 4294967296',
});
assert.throws(() => w.writeBigInt64LE(2n ** 63n), {
  message: 'The value of "value" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. ' +
    'Received 9_223_372_036_854_775_808n',
});
assert.throws(() => w.writeBigUInt64LE(5), { name: 'TypeError' });
assert.throws(() => w.writeIntBE(1, 0, 0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => w.writeUInt16LE(1, 9), { code: 'ERR_OUT_OF_RANGE' });
// Non-numbers are converted; fractions are stored truncated.
assert.strictEqual(w.writeUInt8('7', 0), 1);
assert.strictEqual(w[0], 7);
w.writeUInt16LE(513.7, 0);
assert.strictEqual(w.readUInt16LE(0), 513);
