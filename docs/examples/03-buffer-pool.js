// Flags: --single-threaded-gc
// The Buffer pool: which calls are pooled, the 4 KiB threshold, 8-byte alignment, a retained small
// slice pinning a whole 8 KB slab, and octet's slab cache reusing slabs across pools.
//   octet --single-threaded-gc docs/examples/03-buffer-pool.js
// V8 frees dead ArrayBuffers on background sweeper threads, so how many slabs are back in the cache
// when the next pool is made depends on when those threads run; --single-threaded-gc sweeps on the
// main thread and makes the slab figures repeatable (on a busy machine, without it, reuse drops).
'use strict';
const memory = require('octet:memory');
const { claim, section, finish } = require('./support/report');

const pooled = (b) => b.buffer.byteLength === Buffer.poolSize && b.length < Buffer.poolSize;

section(`which calls use the ${Buffer.poolSize}-byte pool`);
const calls = {
  'Buffer.allocUnsafe(100)': Buffer.allocUnsafe(100),
  "Buffer.from('text')": Buffer.from('text'),
  'Buffer.from([1, 2, 3])': Buffer.from([1, 2, 3]),
  'Buffer.concat([a, b])': Buffer.concat([Buffer.from('a'), Buffer.from('b')]),
  'Buffer.alloc(100)': Buffer.alloc(100),
  'Buffer.allocUnsafeSlow(100)': Buffer.allocUnsafeSlow(100),
};
for (const [call, buf] of Object.entries(calls)) {
  console.log(`  ${call.padEnd(30)} ${pooled(buf) ? 'pool slice' : `own ArrayBuffer of ${buf.buffer.byteLength} bytes`}`);
}
claim('allocUnsafe, from and concat are pooled', pooled(calls['Buffer.allocUnsafe(100)']) &&
      pooled(calls["Buffer.from('text')"]) && pooled(calls['Buffer.concat([a, b])']));
claim('alloc and allocUnsafeSlow never are', !pooled(calls['Buffer.alloc(100)']) &&
      !pooled(calls['Buffer.allocUnsafeSlow(100)']));

section('the threshold is poolSize >>> 1 = 4096 bytes: below it pooled, at it not');
for (const size of [4095, 4096, 8192]) {
  console.log(`  allocUnsafe(${size}): ${pooled(Buffer.allocUnsafe(size)) ? 'pool slice' : 'own ArrayBuffer'}`);
}
claim('4095 bytes is pooled, 4096 is not (not "up to 8 KB")',
      pooled(Buffer.allocUnsafe(4095)) && !pooled(Buffer.allocUnsafe(4096)));

section('slices start on 8-byte boundaries');
const a = Buffer.allocUnsafe(3);
const b = Buffer.allocUnsafe(3);
console.log(`  allocUnsafe(3) at offset ${a.byteOffset}, the next at ${b.byteOffset}`);
claim('a 3-byte slice still advances the pool by 8', b.buffer === a.buffer && b.byteOffset - a.byteOffset === 8);

section('a retained small slice pins its whole slab');
memory.reclaim();
const before = memory.stats().pool.slabsLive;
const retained = [];
for (let i = 0; i < 100; i++) {
  const chunk = Buffer.allocUnsafe(4000);   // half a pool each: 50 pools
  if (i % 2 === 0) retained.push(chunk.subarray(0, 8));  // keep 8 bytes of every other one
}
memory.reclaim();
const pinned = memory.stats().pool.slabsLive - before;
console.log(`  keeping 50 slices of 8 bytes (400 bytes) keeps ${pinned} slabs = ${pinned * Buffer.poolSize} bytes alive`);
claim('400 bytes of slices keep about 50 × 8 KB alive', pinned >= 49 && pinned <= 52);
const copies = retained.map((s) => Buffer.from(s));  // copies share new pools instead
retained.length = 0;
memory.reclaim();
const afterCopy = memory.stats().pool.slabsLive - before;
claim('copying the slices (Buffer.from(slice)) releases the slabs', afterCopy <= 2 && copies.length === 50,
      `${afterCopy} slabs left`);

section("octet's slab cache: a dead pool's slab is reused by the next pool");
memory.reclaim();
const start = memory.stats().pool;
let sink = 0;
for (let i = 0; i < 20000; i++) sink += Buffer.allocUnsafe(4000).length;  // 10,000 short-lived pools
const end = memory.stats().pool;
const fresh = end.slabsAllocated - start.slabsAllocated;
const reused = end.slabsReused - start.slabsReused;
console.log(`  ${fresh + reused} pools: ${fresh} needed a new slab (malloc), ${reused} reused a collected one`);
claim('most pools reuse a collected slab instead of calling malloc (node frees and mallocs each time)',
      reused > fresh && sink > 0);
finish();
