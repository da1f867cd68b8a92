// Where does a Buffer's memory live: the V8 heap, or outside it? Allocation patterns measured.
//   octet docs/examples/heap-vs-external.js
// Every figure is read from process.memoryUsage() and octet:memory while the script runs; each
// claim printed is checked, and the script exits non-zero if one does not hold.
'use strict';
const memory = require('octet:memory');
const { MiB, mib, claim, section, finish } = require('./support/report');

function measure(label, count, make) {
  memory.reclaim();
  const before = process.memoryUsage();
  const kept = [];
  for (let i = 0; i < count; i++) kept.push(make(i));
  const after = process.memoryUsage();
  const delta = (key) => after[key] - before[key];
  section(`${label} × ${count}`);
  console.log(`  heapUsed     +${mib(delta('heapUsed')).padStart(10)}  (the V8 heap: JS objects)`);
  console.log(`  external     +${mib(delta('external')).padStart(10)}  (outside the heap, ArrayBuffers included)`);
  console.log(`  arrayBuffers +${mib(delta('arrayBuffers')).padStart(10)}  (octet's allocator)`);
  return { kept, delta };
}

console.log('octet: heap vs external memory, measured');

const big = measure('Buffer.alloc(1 MiB)', 64, () => Buffer.alloc(MiB));
claim('1 MiB buffers live outside the heap: arrayBuffers grew by ~64 MiB',
      Math.abs(big.delta('arrayBuffers') - 64 * MiB) < 2 * MiB, mib(big.delta('arrayBuffers')));
claim('...while the heap grew by less than 1 MiB: only the small JS objects',
      big.delta('heapUsed') < MiB, mib(big.delta('heapUsed')));
claim('each 1 MiB buffer has its own backing store, mapped straight from the OS',
      big.kept[0].buffer.byteLength === MiB && memory.stats().large.count >= 64);

const small = measure('Buffer.allocUnsafe(100)', 10000, () => Buffer.allocUnsafe(100));
const pools = new Set(small.kept.map((b) => b.buffer)).size;
// 100 bytes round up to the pool's 8-byte alignment: 78 fit in one 8192-byte pool.
const perPool = Math.floor(Buffer.poolSize / 104);
console.log(`  these buffers are slices of ${pools} pool ArrayBuffers of ${Buffer.poolSize} bytes`);
claim(`small allocUnsafe buffers share 8 KB pools, ${perPool} to a pool`,
      pools <= Math.ceil(10000 / perPool) + 1);
const perBuffer = small.delta('heapUsed') / 10000;
claim('a Buffer object costs about 100-200 bytes of V8 heap (not the ~80 often quoted)',
      perBuffer > 60 && perBuffer < 300, `${perBuffer.toFixed(0)} bytes each`);

const from = measure("Buffer.from('a short string')", 10000, (i) => Buffer.from(`string ${i}`));
claim('Buffer.from(string) of small strings is pooled too',
      from.kept[0].buffer.byteLength === Buffer.poolSize && from.kept[0].buffer === from.kept[1].buffer);

const tiny = measure('Buffer.alloc(16)', 10000, () => Buffer.alloc(16));
claim('Buffer.alloc never uses the pool: each has its own zeroed 16-byte ArrayBuffer',
      tiny.kept[0].buffer !== tiny.kept[1].buffer && tiny.kept[0].buffer.byteLength === 16);
claim('...and at 16 bytes V8 keeps those bytes on its own heap: arrayBuffers barely moves',
      tiny.delta('arrayBuffers') < 64 * 1024, mib(tiny.delta('arrayBuffers')));

const slow = measure('Buffer.allocUnsafeSlow(100)', 1000, () => Buffer.allocUnsafeSlow(100));
claim('allocUnsafeSlow gets its own 100-byte store, never a pool slice',
      slow.kept[0].buffer.byteLength === 100 && slow.kept[0].buffer !== slow.kept[1].buffer);

// Reading a character flattens the string (repeat() builds it as a rope of shared pieces).
const flat = (s) => (s.charCodeAt(s.length >> 1), s);
const str = measure("'x'.repeat(1 MiB) (a string)", 16, (i) => flat('x'.repeat(MiB) + i));
claim('a 1 MiB ASCII string lives on the heap at one byte per character: heapUsed +~16 MiB',
      str.delta('heapUsed') > 14 * MiB && str.delta('heapUsed') < 20 * MiB, mib(str.delta('heapUsed')));

const view = Buffer.allocUnsafe(100);
const slice = view.subarray(10, 20);
section('slices');
claim('subarray/slice share memory with the parent: writing one changes the other',
      (slice[0] = 42, view[10] === 42) && slice.buffer === view.buffer);

big.kept.length = 0;
memory.reclaim();
section('after dropping the 1 MiB buffers and a synchronous GC (octet:memory.reclaim())');
const s = memory.stats();
console.log(`  arrayBuffers ${mib(process.memoryUsage().arrayBuffers)}; pool slabs live ${s.pool.slabsLive}, ` +
            `idle ${s.pool.slabsIdle}; large allocations live ${s.large.count}`);
claim('buffers are garbage-collected, not freed by hand: the 64 MiB is gone',
      s.large.count === 0, `${s.large.count} large left`);
finish();
