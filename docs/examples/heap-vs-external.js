// Flags: --expose-gc
// Where does a Buffer's memory live: the V8 heap, or outside it? Measured, not assumed.
//   octet docs/examples/heap-vs-external.js
// Every figure below is read from process.memoryUsage() and octet:memory while it runs; the
// script checks the claims it prints and exits non-zero if one does not hold.
'use strict';
const memory = require('octet:memory');

const MiB = 1024 * 1024;
const fmt = (bytes) => `${(bytes / MiB).toFixed(2).padStart(8)} MiB`;
const checks = [];
function claim(text, ok) {
  checks.push(ok);
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${text}`);
}
function measure(label, make, count) {
  memory.reclaim();
  const before = process.memoryUsage();
  const kept = [];
  for (let i = 0; i < count; i++) kept.push(make(i));
  const after = process.memoryUsage();
  const delta = (key) => after[key] - before[key];
  console.log(`\n${label} × ${count}`);
  console.log(`  heapUsed     +${fmt(delta('heapUsed'))}   (V8 heap: the JS objects)`);
  console.log(`  external     +${fmt(delta('external'))}   (outside the heap, incl. ArrayBuffers)`);
  console.log(`  arrayBuffers +${fmt(delta('arrayBuffers'))}   (octet's allocator)`);
  return { kept, delta };
}

console.log('octet: heap vs external memory');

const big = measure('Buffer.alloc(1 MiB)', () => Buffer.alloc(MiB), 64);
claim('1 MiB buffers live outside the heap: arrayBuffers grew by ~64 MiB',
      Math.abs(big.delta('arrayBuffers') - 64 * MiB) < 2 * MiB);
claim('...and the heap grew by less than 1 MiB (only the small JS wrappers)',
      big.delta('heapUsed') < MiB);

const small = measure('Buffer.allocUnsafe(100)', () => Buffer.allocUnsafe(100), 10000);
const pools = new Set(small.kept.map((b) => b.buffer)).size;
console.log(`  these 10000 buffers share ${pools} pool ArrayBuffers of ${Buffer.poolSize} bytes`);
// 100 bytes rounded up to the pool's 8-byte alignment: 78 of them fit in one 8192-byte pool.
const perPool = Math.floor(Buffer.poolSize / 104);
claim(`small allocUnsafe buffers are slices of shared 8 KB pools (${perPool} per pool)`,
      pools <= Math.ceil(10000 / perPool) + 1);
const perBuffer = small.delta('heapUsed') / 10000;
console.log(`  V8 heap per small Buffer object: ~${perBuffer.toFixed(0)} bytes`);
claim('each Buffer object costs about 100-200 bytes of V8 heap', perBuffer > 50 && perBuffer < 400);

const tiny = measure('Buffer.alloc(16)', () => Buffer.alloc(16), 10000);
claim('Buffer.alloc never uses the pool: each has its own 16-byte ArrayBuffer',
      tiny.kept[0].buffer !== tiny.kept[1].buffer && tiny.kept[0].buffer.byteLength === 16);

// Reading a character flattens the string (repeat() builds it as a rope of shared pieces).
const flat = (s) => (s.charCodeAt(s.length >> 1), s);
const str = measure("'x'.repeat(1 MiB) (a string)", (i) => flat('x'.repeat(MiB) + i), 16);
claim('a 1 MiB ASCII string lives on the heap (one byte per char): heapUsed grew ~16 MiB',
      str.delta('heapUsed') > 14 * MiB && str.delta('arrayBuffers') < MiB);

big.kept.length = 0;
memory.reclaim();
const stats = memory.stats();
console.log(`\nafter dropping the 1 MiB buffers and a synchronous GC:`);
console.log(`  arrayBuffers ${fmt(process.memoryUsage().arrayBuffers)}; pool slabs live ${stats.pool.slabsLive}, ` +
            `idle ${stats.pool.slabsIdle}, reused ${stats.pool.slabsReused}`);
claim('freed buffers no longer count: arrayBuffers is back under 4 MiB',
      process.memoryUsage().arrayBuffers < 4 * MiB + small.delta('arrayBuffers'));

const failed = checks.filter((ok) => !ok).length;
console.log(`\n${checks.length - failed} of ${checks.length} claims hold`);
process.exitCode = failed ? 1 : 0;
