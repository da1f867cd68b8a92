'use strict';
// The numeric reads and writes inside loops hot enough for the optimizing compiler, on every kind
// of Buffer (on the V8 heap, pool slice, slice of a large buffer, view of a user's ArrayBuffer),
// then the same optimized code given bad offsets and values, redefined `length` and `byteOffset`
// properties, a detached buffer and a plain Uint8Array receiver.

const { createChecks, digest } = require('./support/checks');
const { check, count } = createChecks((v) => (typeof v === 'object' ? digest(v) : String(v)));

const kinds = {
  heap: () => Buffer.alloc(48),
  pool: () => Buffer.allocUnsafe(48).fill(0),
  large: () => Buffer.alloc(8192).subarray(4099, 4099 + 48),
  user: () => Buffer.from(new ArrayBuffer(64), 3, 48),
};

const reads = [
  ['readUInt16LE', 2], ['readUInt16BE', 2], ['readInt16LE', 2], ['readInt16BE', 2],
  ['readUInt32LE', 4], ['readUInt32BE', 4], ['readInt32LE', 4], ['readInt32BE', 4],
  ['readFloatLE', 4], ['readFloatBE', 4], ['readDoubleLE', 8], ['readDoubleBE', 8],
];
const writes = [
  ['writeUInt16LE', 2, 0, 0xffff], ['writeUInt16BE', 2, 0, 0xffff],
  ['writeInt16LE', 2, -0x8000, 0x7fff], ['writeInt16BE', 2, -0x8000, 0x7fff],
  ['writeUInt32LE', 4, 0, 0xffffffff], ['writeUInt32BE', 4, 0, 0xffffffff],
  ['writeInt32LE', 4, -0x80000000, 0x7fffffff], ['writeInt32BE', 4, -0x80000000, 0x7fffffff],
  ['writeFloatLE', 4, -1e6, 1e6], ['writeFloatBE', 4, -1e6, 1e6],
  ['writeDoubleLE', 8, -1e6, 1e6], ['writeDoubleBE', 8, -1e6, 1e6],
];

// One function per method, so each is optimized for its own call: sums a read at every offset.
function makeReader(name, size) {
  return new Function('buf', `
    let sum = 0;
    for (let i = 0; i + ${size} <= buf.length; i++) {
      const v = buf.${name}(i);
      if (v === v) sum += v;
    }
    return sum;`);
}

// Writes values between min and max derived from `seed` at every offset (every seventh one
// fractional: integer writes truncate it), and returns the bytes.
function makeWriter(name, size, min, max) {
  return new Function('buf', 'seed', `
    for (let i = 0; i + ${size} <= buf.length; i++) {
      let v = ${min} + (seed * 7919 + i * 104729) % ${max - min};
      if (i % 7 === 2) v += 0.5;
      buf.${name}(v, i);
    }
    return buf;`);
}

for (const [kind, make] of Object.entries(kinds)) {
  const buf = make();
  for (let i = 0; i < buf.length; i++) buf[i] = (i * 37 + 11) & 0xff;
  for (const [name, size] of reads) {
    const read = makeReader(name, size);
    let total = 0;
    for (let round = 0; round < 3000; round++) total += read(buf);
    check(`${kind} hot ${name}`, () => total);
    // The optimized caller now meets every way a read can go wrong.
    for (const offset of [-1, 1.5, NaN, buf.length - size + 1, '0', -0, 2 ** 32]) {
      check(`${kind} ${name}(${String(offset)})`, () => buf[name](offset));
    }
  }
  for (const [name, size, min, max] of writes) {
    const write = makeWriter(name, size, min, max);
    const target = make();
    for (let round = 0; round < 3000; round++) write(target, round);
    check(`${kind} hot ${name}`, () => target);
    for (const [value, offset] of [[1, -1], [1, 0.5], [1, target.length - size + 1], [NaN, 0],
                                   [max * 2, 0], [min * 2 - 1, 0], ['7', 0], [1, '0']]) {
      check(`${kind} ${name}(${value}, ${String(offset)})`,
            () => `${target[name](value, offset)} ${digest(target)}`);
    }
  }
}

// Redefined properties do not move where a read looks or how far it may go.
for (const [kind, make] of Object.entries(kinds)) {
  const b = make();
  for (let i = 0; i < b.length; i++) b[i] = i;
  Object.defineProperty(b, 'length', { value: 4096 });
  Object.defineProperty(b, 'byteOffset', { value: 1 });
  check(`${kind} redefined readUInt32BE(0)`, () => b.readUInt32BE(0));
  check(`${kind} redefined readDoubleLE(40)`, () => b.readDoubleLE(40));
  check(`${kind} redefined readDoubleLE(44)`, () => b.readDoubleLE(44));
  check(`${kind} redefined writeUInt32LE(1, 46)`, () => b.writeUInt32LE(1, 46));
  check(`${kind} redefined writeFloatBE(1.5, 44)`, () => `${b.writeFloatBE(1.5, 44)} ${digest(b)}`);
}

// A detached large buffer reads as empty; the methods on a plain Uint8Array read its bytes.
const large = Buffer.alloc(8192);
structuredClone(large.buffer, { transfer: [large.buffer] });
check('detached readUInt32LE(0)', () => large.readUInt32LE(0));
check('detached writeDoubleBE(1, 0)', () => large.writeDoubleBE(1, 0));
const plain = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
check('Uint8Array readInt32BE(4)', () => Buffer.prototype.readInt32BE.call(plain, 4));
check('Uint8Array writeFloatLE(2.5, 4)',
      () => `${Buffer.prototype.writeFloatLE.call(plain, 2.5, 4)} ${digest(plain)}`);

// Buffers and their ArrayBuffers carry no visible property of octet's.
const nonIndexKeys =
  (o) => Reflect.ownKeys(o).filter((k) => typeof k !== 'string' || !/^\d+$/.test(k));
for (const [kind, make] of Object.entries(kinds)) {
  const b = make();
  check(`${kind} own keys`, () => `${nonIndexKeys(b).length} ${nonIndexKeys(b.buffer).length}`);
  check(`${kind} symbols`, () => Object.getOwnPropertySymbols(b).length);
  check(`${kind} inspect`, () => require('util').inspect(b.subarray(0, 4), { showHidden: true }));
  check(`${kind} in proxy`, () => Buffer.from(new Proxy(b, {})).length);
}

console.log(`checks ${count()}`);
