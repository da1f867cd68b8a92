'use strict';
// Float, double and 64-bit BigInt reads decode every bit pattern exactly as DataView does
// (subnormals, signed zeros, infinities, the whole exponent range), and a NaN keeps its payload
// bits through a read and a write, as in node.
const assert = require('assert');

let seed = 12345;
function randomByte() {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed >>> 24;
}

function sameNumber(actual, expected, what) {
  if (Number.isNaN(expected)) assert.ok(Number.isNaN(actual), what);
  else assert.ok(Object.is(actual, expected), `${what}: ${actual} !== ${expected}`);
}

function checkAll(buf, step) {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.length);
  for (let i = 0; i + 8 <= buf.length; i += step) {
    sameNumber(buf.readDoubleLE(i), view.getFloat64(i, true), `readDoubleLE(${i})`);
    sameNumber(buf.readDoubleBE(i), view.getFloat64(i, false), `readDoubleBE(${i})`);
    sameNumber(buf.readFloatLE(i), view.getFloat32(i, true), `readFloatLE(${i})`);
    sameNumber(buf.readFloatBE(i), view.getFloat32(i, false), `readFloatBE(${i})`);
    assert.strictEqual(buf.readBigUInt64LE(i), view.getBigUint64(i, true));
    assert.strictEqual(buf.readBigUInt64BE(i), view.getBigUint64(i, false));
    assert.strictEqual(buf.readBigInt64LE(i), view.getBigInt64(i, true));
    assert.strictEqual(buf.readBigInt64BE(i), view.getBigInt64(i, false));
    assert.strictEqual(buf.readBigUint64LE(i), view.getBigUint64(i, true));
  }
}

// Random bytes at every offset (aligned or not).
const random = Buffer.alloc(1 << 14);
for (let i = 0; i < random.length; i++) random[i] = randomByte();
checkAll(random, 1);

// Every double exponent with several significands, both signs.
const doubles = Buffer.alloc(2048 * 8 * 8);
let o = 0;
for (let e = 0; e < 2048; e++) {
  for (const [hiBits, lo] of [[0, 0], [0, 1], [0xfffff, 0xffffffff], [0x80000, 0x12345678]]) {
    for (const sign of [0, 0x80000000]) {
      doubles.writeUInt32LE(lo, o);
      doubles.writeUInt32LE((sign | (e << 20) | hiBits) >>> 0, o + 4);
      o += 8;
    }
  }
}
checkAll(doubles, 8);

// Every float exponent likewise (read through the low 4 bytes of each 8-byte slot).
const floats = Buffer.alloc(256 * 8 * 8);
o = 0;
for (let e = 0; e < 256; e++) {
  for (const m of [0, 1, 0x7fffff, 0x400000]) {
    for (const sign of [0, 0x80000000]) {
      floats.writeUInt32LE((sign | (e << 23) | m) >>> 0, o);
      floats.writeUInt32BE((sign | (e << 23) | m) >>> 0, o + 4);
      o += 8;
    }
  }
}
checkAll(floats, 4);

// Named values.
const values = [0, -0, 1, -1, 0.1, -1 / 3, 5e-324, -5e-324, 2.2250738585072014e-308,
                2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
                Infinity, -Infinity, 2 ** 53, 2 ** -1022, 3.4028234663852886e38, 1.401298464324817e-45];
const named = Buffer.alloc(8);
for (const v of values) {
  named.writeDoubleLE(v, 0);
  assert.ok(Object.is(named.readDoubleLE(0), v), `double ${v}`);
  named.writeDoubleBE(v, 0);
  assert.ok(Object.is(named.readDoubleBE(0), v), `double BE ${v}`);
  named.writeFloatLE(v, 0);
  assert.ok(Object.is(named.readFloatLE(0), Math.fround(v)), `float ${v}`);
  named.writeFloatBE(v, 0);
  assert.ok(Object.is(named.readFloatBE(0), Math.fround(v)), `float BE ${v}`);
}

// A NaN's payload survives a read and a write back (node reads through a Float64Array).
const payload = Buffer.from('010203040506f87f', 'hex');
const copy = Buffer.alloc(8);
copy.writeDoubleLE(payload.readDoubleLE(0), 0);
assert.strictEqual(copy.toString('hex'), '010203040506f87f');
copy.writeDoubleBE(Buffer.from('7ff8000000000abc', 'hex').readDoubleBE(0), 0);
assert.strictEqual(copy.toString('hex'), '7ff8000000000abc');
const floatNaN = Buffer.from('7fc01234', 'hex');
copy.writeFloatBE(floatNaN.readFloatBE(0), 0);
assert.strictEqual(copy.subarray(0, 4).toString('hex'), '7fc01234');
// JavaScript's own NaN (read without scratch memory) and its negative and signalling neighbours
// keep their bits too.
const scratch = new Float64Array(1);
const scratchBytes = new Uint8Array(scratch.buffer);
for (const bits of ['000000000000f87f', '000000000000f8ff', '010000000000f07f', '000000000000f47f']) {
  const value = Buffer.from(bits, 'hex').readDoubleLE(0);
  assert.ok(Number.isNaN(value));
  copy.writeDoubleLE(value, 0);
  assert.strictEqual(copy.toString('hex'), bits);
  scratch[0] = value;
  assert.strictEqual(Buffer.from(scratchBytes).toString('hex'), bits);
}
// A float NaN widens to a double as a Float32Array read does (a signalling one comes back quiet).
const scratch32 = new Float32Array(2);
const scratch32Bytes = new Uint8Array(scratch32.buffer);
for (const bits of ['0000c07f', '0000c0ff', '0100807f', '0000a07f']) {
  scratch32Bytes.set(Buffer.from(bits, 'hex'));
  scratch32[1] = scratch32[0];
  const expected = Buffer.from(scratch32Bytes.subarray(4)).toString('hex');
  copy.writeFloatLE(Buffer.from(bits, 'hex').readFloatLE(0), 0);
  assert.strictEqual(copy.subarray(0, 4).toString('hex'), expected);
}

// 64-bit extremes.
const ext = Buffer.alloc(8);
ext.writeBigInt64LE(-(2n ** 63n));
assert.strictEqual(ext.readBigInt64LE(0), -(2n ** 63n));
assert.strictEqual(ext.readBigUInt64LE(0), 2n ** 63n);
ext.writeBigUInt64BE(2n ** 64n - 1n);
assert.strictEqual(ext.readBigUInt64BE(0), 2n ** 64n - 1n);
assert.strictEqual(ext.readBigInt64BE(0), -1n);

// Bounds and offset errors are unchanged by the fast paths.
assert.throws(() => random.readDoubleLE(random.length - 7), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => random.readFloatBE(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => random.readBigInt64LE('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.alloc(4).readBigUInt64BE(), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
