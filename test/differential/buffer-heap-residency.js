'use strict';
// Typed arrays of 64 bytes or less live on the V8 heap until something asks for their
// ArrayBuffer; asking moves them out for good, into memoryUsage().arrayBuffers. Which Buffer
// operations ask must be node's: reading a small Buffer (toString, search, compare, decode, hash)
// leaves it on the heap, and so does making one with alloc(size, fill), allocUnsafeSlow or of.
// Each line says whether N small Buffers' bytes showed up as ArrayBuffer memory.
const crypto = require('crypto');
const { isUtf8, isAscii } = require('buffer');

// Every Buffer made here stays reachable to the end, so no ArrayBuffer memory is freed while a
// count is taken; half of N * SIZE is the line between "stayed" and "moved".
const N = 2000;
const SIZE = 64;
const keep = [];
const target = Buffer.alloc(4096);
const decoder = new TextDecoder();
const needle = Buffer.from('ca');

function small() {
  const b = Buffer.alloc(SIZE);
  for (let i = 0; i < SIZE; i++) b[i] = 0x61 + (i % 3);
  return b;
}

function movedOff(op) {
  const buffers = [];
  for (let i = 0; i < N; i++) buffers.push(small());
  keep.push(buffers);
  const before = process.memoryUsage().arrayBuffers;
  for (const b of buffers) op(b);
  return process.memoryUsage().arrayBuffers - before >= N * SIZE / 2;
}

function madeOff(make) {
  const before = process.memoryUsage().arrayBuffers;
  for (let i = 0; i < N; i++) keep.push(make());
  return process.memoryUsage().arrayBuffers - before >= N * SIZE / 2;
}

const reads = {
  'toString()': (b) => b.toString(),
  "toString('hex')": (b) => b.toString('hex'),
  "toString('base64')": (b) => b.toString('base64'),
  "toString('latin1', 2, 9)": (b) => b.toString('latin1', 2, 9),
  "toString('ucs2')": (b) => b.toString('ucs2'),
  'equals': (b) => b.equals(b),
  'compare': (b) => Buffer.compare(b, b),
  'compare ranges': (b) => b.compare(b, 1, 5, 2, 6),
  'indexOf(byte)': (b) => b.indexOf(0x62),
  "indexOf('ca')": (b) => b.indexOf('ca'),
  'indexOf(buffer)': (b) => b.indexOf(needle),
  'a small Buffer as the needle': (b) => needle.indexOf(b),
  "includes('zz')": (b) => b.includes('zz'),
  'lastIndexOf(byte)': (b) => b.lastIndexOf(0x61),
  'isUtf8': (b) => isUtf8(b),
  'isAscii': (b) => isAscii(b),
  'TextDecoder': (b) => decoder.decode(b),
  'hash update': (b) => crypto.createHash('sha1').update(b).digest('hex'),
  'timingSafeEqual (node asks)': (b) => crypto.timingSafeEqual(b, b),
  'copy into a larger buffer': (b) => b.copy(target, 100),
  'readUInt32LE': (b) => b.readUInt32LE(4),
  // These ask for the buffer in node too: the check must be able to see it.
  'subarray': (b) => b.subarray(1),
  '.buffer': (b) => b.buffer,
};
for (const [name, op] of Object.entries(reads)) console.log(name, movedOff(op));

const ofBytes = Array.from({ length: SIZE }, (_, i) => i);
const makes = {
  'alloc(64)': () => Buffer.alloc(SIZE),
  'alloc(64, 97)': () => Buffer.alloc(SIZE, 97),
  'allocUnsafeSlow(64)': () => Buffer.allocUnsafeSlow(SIZE),
  'of(...64 bytes)': () => Buffer.of(...ofBytes),
  "alloc(64, 'ab') (node asks)": () => Buffer.alloc(SIZE, 'ab'),
  'allocUnsafeSlow(64).buffer': () => Buffer.allocUnsafeSlow(SIZE).buffer,
};
for (const [name, make] of Object.entries(makes)) console.log(name, madeOff(make));

// The operations still give node's results on heap-resident Buffers.
const b = small();
console.log(b.toString(), b.toString('hex'), b.indexOf('ca'), b.lastIndexOf(0x61),
            isUtf8(b), decoder.decode(b), Buffer.alloc(5, 97).toString(), Buffer.of(65, 66).toString());
const c = Buffer.allocUnsafeSlow(8).fill(0x41);
c.copy(c, 2, 0, 4);
console.log(c.toString(), Buffer.compare(small(), b), small().equals(b));
