// Performance with numbers: Buffer operations versus string operations, and Buffer element access
// versus a JS Array's. Ratios are printed; claims are only made where the gap is large.
//   octet docs/examples/05-performance.js
'use strict';
const { claim, section, opsPerSecond, finish } = require('./support/report');

const fmt = (ops) => `${(ops / 1e6).toFixed(2).padStart(9)} M/s`;

section('searching 64 KiB for a 16-byte needle near the end');
const haystack = Buffer.alloc(64 * 1024, 'abcdefgh');
haystack.write('NEEDLE-0123456789', 64 * 1024 - 40, 'latin1');
const haystackString = haystack.toString('latin1');
const needle = Buffer.from('NEEDLE-012345678');
const bufSearch = opsPerSecond(2000, () => haystack.indexOf(needle));
const strSearch = opsPerSecond(2000, () => haystackString.indexOf('NEEDLE-012345678'));
console.log(`  buf.indexOf(buffer)   ${fmt(bufSearch)}`);
console.log(`  str.indexOf(string)   ${fmt(strSearch)}`);
claim('both find the same offset', haystack.indexOf(needle) === haystackString.indexOf('NEEDLE-012345678'));

section('checking a 4-byte magic number at the start of 10,000 messages');
const messages = Array.from({ length: 10000 }, (_, i) => Buffer.from(`OCT1 message ${i}`));
const asBytes = opsPerSecond(20, () => {
  let n = 0;
  for (const m of messages) if (m.readUInt32BE(0) === 0x4f435431) n++;
  return n;
});
const asStrings = opsPerSecond(20, () => {
  let n = 0;
  for (const m of messages) if (m.toString('latin1', 0, 4) === 'OCT1') n++;
  return n;
});
console.log(`  readUInt32BE(0) === 0x4f435431   ${fmt(asBytes * 10000)} messages`);
console.log(`  toString(0, 4) === 'OCT1'        ${fmt(asStrings * 10000)} messages`);
claim('comparing bytes beats decoding to a string first', asBytes > asStrings,
      `${(asBytes / asStrings).toFixed(1)}x`);

section('element access: summing 1 Mi bytes');
const N = 1 << 20;
const memory = require('octet:memory');
memory.reclaim();
const heapBefore = process.memoryUsage().heapUsed;
const array = new Array(N).fill(3);
const arrayHeap = process.memoryUsage().heapUsed - heapBefore;
const buffer = Buffer.alloc(N, 3);
const sumBuffer = opsPerSecond(20, () => { let s = 0; for (let i = 0; i < N; i++) s += buffer[i]; return s; });
const sumArray = opsPerSecond(20, () => { let s = 0; for (let i = 0; i < N; i++) s += array[i]; return s; });
console.log(`  Buffer  ${fmt(sumBuffer * N)} elements`);
console.log(`  Array   ${fmt(sumArray * N)} elements`);
console.log(`  Buffer/Array: ${(sumBuffer / sumArray).toFixed(2)}x — both are optimized element loads ` +
            '(no different mechanism), the Buffer\'s touching 8x less memory');
claim('Buffer and Array element access are within a small factor of each other',
      sumBuffer / sumArray > 0.125 && sumBuffer / sumArray < 8);
console.log(`  memory: the Array uses ${(arrayHeap / N).toFixed(1)} bytes of heap per element, the Buffer 1 byte`);
claim('an Array of small integers costs 8 bytes per element (V8 here has no pointer compression)',
      arrayHeap / N > 7 && arrayHeap / N < 9.5);

section('copying 1 MiB');
const src = Buffer.alloc(1 << 20, 7);
const dst = Buffer.allocUnsafe(1 << 20);
const copy = opsPerSecond(500, () => src.copy(dst));
const concatStr = opsPerSecond(50, () => src.toString('latin1'));
console.log(`  buf.copy(dst)            ${(copy / 1024).toFixed(1).padStart(8)} GB/s`);
console.log(`  buf.toString('latin1')   ${(concatStr / 1024).toFixed(1).padStart(8)} GB/s`);
claim('copying bytes is faster than making a string of them', copy > concatStr);
finish();
