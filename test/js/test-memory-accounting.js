// 100 MB of 1 MB Buffers raise arrayBuffers and external by about 100 MB and heapUsed by little;
// after they are dropped and collected, both fall back.
const assert = require('assert');
const memory = require('octet:memory');

const MiB = 1024 * 1024;
memory.reclaim();
const before = process.memoryUsage();
let buffers = [];
for (let i = 0; i < 100; i++) buffers.push(Buffer.alloc(MiB, i));
const during = process.memoryUsage();

const grew = (key) => (during[key] - before[key]) / MiB;
// Tolerance: a few MiB for pools and bookkeeping allocated along the way.
assert.ok(Math.abs(grew('arrayBuffers') - 100) < 4, `arrayBuffers grew ${grew('arrayBuffers')} MiB`);
assert.ok(Math.abs(grew('external') - 100) < 4, `external grew ${grew('external')} MiB`);
assert.ok(grew('heapUsed') < 2, `heapUsed grew ${grew('heapUsed')} MiB`);
assert.ok(during.external >= during.arrayBuffers, 'external includes every ArrayBuffer');
assert.strictEqual(memory.stats().large.count >= 100, true, 'each 1 MiB buffer is a large allocation');

buffers = null;
memory.reclaim();
const after = process.memoryUsage();
assert.ok(after.arrayBuffers - before.arrayBuffers < 4 * MiB,
          `arrayBuffers fell back: ${(after.arrayBuffers - before.arrayBuffers) / MiB} MiB left`);
assert.ok(after.external - before.external < 4 * MiB,
          `external fell back: ${(after.external - before.external) / MiB} MiB left`);
