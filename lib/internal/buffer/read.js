'use strict';
// Buffer.prototype.read*: integers of 1–6 bytes, 64-bit BigInts and IEEE floats, each in both
// byte orders. Bytes are read by index so that an out-of-range offset shows up as `undefined`
// before any arithmetic, which is both the bounds check and the fast path.

const { boundsError, missingOffset, validateNumber } = require('internal/buffer/bounds');

function checkOffsetType(offset) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
}

// 64-bit reads assemble two 32-bit halves and let a BigInt64/BigUint64 view of scratch memory
// make the BigInt: one allocation instead of the several that BigInt arithmetic costs.
// The 64-bit reads load the eight bytes into the scratch words shared by bigUint64Array and
// bigInt64Array; the signed and unsigned forms differ only in which view they read back.
function load64LE(buf, offset) {
  checkOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  setScratchWords(
    first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24,
    buf[++offset] + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + last * 2 ** 24);
}

function load64BE(buf, offset) {
  checkOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  const hi = first * 2 ** 24 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 +
    buf[++offset];
  setScratchWords(
    buf[++offset] * 2 ** 24 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last, hi);
}

function readBigUInt64LE(offset = 0) {
  load64LE(this, offset);
  return bigUint64Array[0];
}

function readBigUInt64BE(offset = 0) {
  load64BE(this, offset);
  return bigUint64Array[0];
}

function readBigInt64LE(offset = 0) {
  load64LE(this, offset);
  return bigInt64Array[0];
}

function readBigInt64BE(offset = 0) {
  load64BE(this, offset);
  return bigInt64Array[0];
}

function readUInt8(offset = 0) {
  checkOffsetType(offset);
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readUInt16LE(offset = 0) {
  checkOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 2 ** 8;
}

function readUInt16BE(offset = 0) {
  checkOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 2 ** 8 + last;
}

function readUInt24LE(buf, offset = 0) {
  checkOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  return first + buf[++offset] * 2 ** 8 + last * 2 ** 16;
}

function readUInt24BE(buf, offset = 0) {
  checkOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  return first * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readUInt32LE(offset = 0) {
  checkOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + last * 2 ** 24;
}

function readUInt32BE(offset = 0) {
  checkOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
}

function readUInt40LE(buf, offset = 0) {
  checkOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24 +
    last * 2 ** 32;
}

function readUInt40BE(buf, offset = 0) {
  checkOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return first * 2 ** 32 + buf[++offset] * 2 ** 24 + buf[++offset] * 2 ** 16 +
    buf[++offset] * 2 ** 8 + last;
}

function readUInt48LE(buf, offset = 0) {
  checkOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  return first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24 +
    (buf[++offset] + last * 2 ** 8) * 2 ** 32;
}

function readUInt48BE(buf, offset = 0) {
  checkOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  return (first * 2 ** 8 + buf[++offset]) * 2 ** 32 + buf[++offset] * 2 ** 24 +
    buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) missingOffset(offset);
  if (byteLength === 6) return readUInt48LE(this, offset);
  if (byteLength === 5) return readUInt40LE(this, offset);
  if (byteLength === 3) return readUInt24LE(this, offset);
  if (byteLength === 4) return this.readUInt32LE(offset);
  if (byteLength === 2) return this.readUInt16LE(offset);
  if (byteLength === 1) return this.readUInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) missingOffset(offset);
  if (byteLength === 6) return readUInt48BE(this, offset);
  if (byteLength === 5) return readUInt40BE(this, offset);
  if (byteLength === 3) return readUInt24BE(this, offset);
  if (byteLength === 4) return this.readUInt32BE(offset);
  if (byteLength === 2) return this.readUInt16BE(offset);
  if (byteLength === 1) return this.readUInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readInt8(offset = 0) {
  checkOffsetType(offset);
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val | (val & 2 ** 7) * 0x1fffffe;
}

function readInt16LE(offset = 0) {
  checkOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  const val = first + last * 2 ** 8;
  return val | (val & 2 ** 15) * 0x1fffe;
}

function readInt16BE(offset = 0) {
  checkOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  const val = first * 2 ** 8 + last;
  return val | (val & 2 ** 15) * 0x1fffe;
}

function readInt24LE(buf, offset = 0) {
  checkOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  const val = first + buf[++offset] * 2 ** 8 + last * 2 ** 16;
  return val | (val & 2 ** 23) * 0x1fe;
}

function readInt24BE(buf, offset = 0) {
  checkOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  const val = first * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
  return val | (val & 2 ** 23) * 0x1fe;
}

function readInt32LE(offset = 0) {
  checkOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + (last << 24);
}

function readInt32BE(offset = 0) {
  checkOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return (first << 24) + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
}

function readInt40LE(buf, offset = 0) {
  checkOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return (last | (last & 2 ** 7) * 0x1fffffe) * 2 ** 32 + first + buf[++offset] * 2 ** 8 +
    buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24;
}

function readInt40BE(buf, offset = 0) {
  checkOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return (first | (first & 2 ** 7) * 0x1fffffe) * 2 ** 32 + buf[++offset] * 2 ** 24 +
    buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readInt48LE(buf, offset = 0) {
  checkOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  const val = buf[offset + 4] + last * 2 ** 8;
  return (val | (val & 2 ** 15) * 0x1fffe) * 2 ** 32 + first + buf[++offset] * 2 ** 8 +
    buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24;
}

function readInt48BE(buf, offset = 0) {
  checkOffsetType(offset);
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  const val = buf[++offset] + first * 2 ** 8;
  return (val | (val & 2 ** 15) * 0x1fffe) * 2 ** 32 + buf[++offset] * 2 ** 24 +
    buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) missingOffset(offset);
  if (byteLength === 6) return readInt48LE(this, offset);
  if (byteLength === 5) return readInt40LE(this, offset);
  if (byteLength === 3) return readInt24LE(this, offset);
  if (byteLength === 4) return this.readInt32LE(offset);
  if (byteLength === 2) return this.readInt16LE(offset);
  if (byteLength === 1) return this.readInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) missingOffset(offset);
  if (byteLength === 6) return readInt48BE(this, offset);
  if (byteLength === 5) return readInt40BE(this, offset);
  if (byteLength === 3) return readInt24BE(this, offset);
  if (byteLength === 4) return this.readInt32BE(offset);
  if (byteLength === 2) return this.readInt16BE(offset);
  if (byteLength === 1) return this.readInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

// Doubles are decoded arithmetically from their bits: filling scratch memory and reading it back
// as one double stalls the CPU (the wide load cannot be forwarded from the narrower stores), and
// that stall was most of a read. Every finite value and infinity comes out exactly (an integer
// below 2^53 times a power of two). A NaN other than JavaScript's own is made through scratch
// memory so that its payload bits are the ones node would return, and so is a subnormal (rare,
// and the multiplication would be slower than the stall). Floats need one word: floatFromBits.
function readDoubleLE(offset = 0) {
  checkOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  return doubleFromWords(
    first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 24,
    this[++offset] + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + last * 2 ** 24);
}

function readDoubleBE(offset = 0) {
  checkOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = first * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 +
    this[++offset];
  return doubleFromWords(
    this[++offset] * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last, hi);
}

function readFloatLE(offset = 0) {
  checkOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return floatFromBits(
    first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + last * 2 ** 24);
}

function readFloatBE(offset = 0) {
  checkOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return floatFromBits(
    first * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last);
}

// Scratch memory, one 8-byte and one 4-byte buffer seen as every type the readers and writers
// need (write.js stores floats through it).
const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const uint32Single = new Uint32Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);
const uint32Pair = new Uint32Array(float64Array.buffer);
const bigUint64Array = new BigUint64Array(float64Array.buffer);
const bigInt64Array = new BigInt64Array(float64Array.buffer);

float32Array[0] = -1;  // 0xBF800000
const bigEndian = uInt8Float32Array[3] === 0;

// node names its float readers for whether their byte order is the machine's ("Forwards") or
// not ("Backwards"), and Function.prototype.name shows it; `kind` is 'readFloat' or 'readDouble'.
function nameByByteOrder(method, kind, littleEndian) {
  const name = kind + (littleEndian === bigEndian ? 'Backwards' : 'Forwards');
  return Object.defineProperty(method, 'name', { value: name });
}

const kLowWord = bigEndian ? 1 : 0;
const kHighWord = 1 - kLowWord;

// lo, hi: the low and high 32 bits of a 64-bit value, as non-negative numbers.
function setScratchWords(lo, hi) {
  uint32Pair[kLowWord] = lo;
  uint32Pair[kHighWord] = hi;
}

// Infinity and NaN as number literals and typed-array elements: a read of the globals `Infinity`
// or `NaN` is a heap constant to the optimizing compiler, which then boxes every result of the
// function in a HeapNumber (halving the speed of a loop of reads that ever met a NaN).
const kInfinity = 2 ** 1024;
const canonicalNaN = new Float64Array(1);
new Uint32Array(canonicalNaN.buffer)[kHighWord] = 0x7ff80000;  // the bits of JavaScript's NaN

// pow2[e] = 2 ** (e - 1075): the weight of a double's integer significand at biased exponent e.
// Built by exact doubling and halving (every entry from 2^-1074 up is a power of two a double
// holds exactly).
const pow2 = new Float64Array(2048);
pow2[1075] = 1;
for (let e = 1076; e < 2048; e++) pow2[e] = pow2[e - 1] * 2;
for (let e = 1074; e >= 0; e--) pow2[e] = pow2[e + 1] / 2;

function doubleFromWords(lo, hi) {
  const exponent = (hi >>> 20) & 0x7ff;
  const significand = (hi & 0xfffff) * 2 ** 32 + lo;
  let value;
  if (exponent === 0) {
    if (significand !== 0) {
      // A subnormal: computing one costs the FPU a slow assist; memory gives it for free.
      setScratchWords(lo, hi);
      return float64Array[0];
    }
    value = 0;
  } else if (exponent !== 0x7ff) {
    value = (significand + 2 ** 52) * pow2[exponent];
  } else if (significand === 0) {
    value = kInfinity;
  } else if (hi === 0x7ff80000 && lo === 0) {
    return canonicalNaN[0];  // no trip through scratch memory for the usual NaN
  } else {
    setScratchWords(lo, hi);
    return float64Array[0];
  }
  return hi >= 2 ** 31 ? -value : value;
}

// One 32-bit store read back as a float at the same address: the load is forwarded straight
// from the store. (Four byte stores could not be forwarded to it, hence the whole-word store;
// a double's two words cannot be forwarded to one load either, hence doubleFromWords.) The
// widening to a double is the one node's float32Array read does, NaN payloads included.
function floatFromBits(bits) {
  uint32Single[0] = bits;
  return float32Array[0];
}

module.exports = {
  readBigUInt64LE,
  readBigUInt64BE,
  readBigInt64LE,
  readBigInt64BE,
  readUIntLE,
  readUInt32LE,
  readUInt16LE,
  readUInt8,
  readUIntBE,
  readUInt32BE,
  readUInt16BE,
  readIntLE,
  readInt32LE,
  readInt16LE,
  readInt8,
  readIntBE,
  readInt32BE,
  readInt16BE,
  readFloatLE: nameByByteOrder(readFloatLE, 'readFloat', true),
  readFloatBE: nameByByteOrder(readFloatBE, 'readFloat', false),
  readDoubleLE: nameByByteOrder(readDoubleLE, 'readDouble', true),
  readDoubleBE: nameByByteOrder(readDoubleBE, 'readDouble', false),
  bigEndian,
  bigInt64Array,
  bigUint64Array,
  float32Array,
  float64Array,
  uInt8Float32Array,
  uInt8Float64Array,
  uint32Pair,
  kLowWord,
  kHighWord,
};
