// Churning through 10,000 pools: collected pool slabs return to octet's slab cache and later pools
// reuse them, so slabsAllocated stays small while slabsReused grows.
const assert = require('assert');
const memory = require('octet:memory');

memory.reclaim();
const start = memory.stats().pool;
for (let round = 0; round < 100; round++) {
  // 100 pools per round: each 4000-byte allocUnsafe takes half a pool.
  for (let i = 0; i < 200; i++) Buffer.allocUnsafe(4000);
  memory.reclaim();
}
const end = memory.stats().pool;
const allocated = end.slabsAllocated - start.slabsAllocated;
const reused = end.slabsReused - start.slabsReused;
assert.ok(allocated + reused >= 10000, `pools created: ${allocated + reused}`);
// Between collections up to ~100 pools are alive at once, so about that many slabs get allocated.
assert.ok(allocated < 400, `slabs allocated: ${allocated}`);
assert.ok(reused > 9000, `slabs reused: ${reused}`);
assert.ok(end.slabsIdle <= 16, `idle slabs stay bounded by --buffer-pool-idle-max: ${end.slabsIdle}`);
assert.strictEqual(end.slabSize, 8192);

// trim() hands idle slabs back and reports what it released.
const idle = memory.stats().pool.slabsIdle;
assert.strictEqual(memory.trim(), idle * 8192);
assert.strictEqual(memory.stats().pool.slabsIdle, 0);
assert.strictEqual(memory.stats().adjustedNativeBytes, 0);
