// Flags: --zero-fill-buffers
// With --zero-fill-buffers every allocation is zeroed, even allocUnsafe from a recycled pool slab.
const assert = require('assert');
const memory = require('octet:memory');

for (let round = 0; round < 3; round++) {
  for (let i = 0; i < 64; i++) Buffer.allocUnsafe(1000).fill(0xab);
  memory.reclaim();  // slabs holding 0xab return to the cache and are reused below
  for (let i = 0; i < 64; i++) {
    const b = Buffer.allocUnsafe(1000);
    assert.ok(b.every((x) => x === 0), `pooled allocUnsafe is zeroed (round ${round})`);
  }
  const big = Buffer.allocUnsafeSlow(300000);
  assert.ok(big.every((x) => x === 0));
}
assert.ok(memory.stats().pool.slabsReused > 0, 'recycled slabs were exercised');
