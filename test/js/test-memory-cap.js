// Flags: --max-external-memory=64
// Past --max-external-memory an allocation first collects dead buffers, then throws node's
// RangeError; the script goes on afterwards.
const assert = require('assert');
const memory = require('octet:memory');

const MiB = 1024 * 1024;
assert.strictEqual(memory.stats().cap, 64 * MiB);

// Garbage does not count against the cap: dead buffers are collected to make room.
for (let i = 0; i < 200; i++) Buffer.alloc(MiB);

const kept = [];
assert.throws(() => {
  for (let i = 0; i < 100; i++) kept.push(Buffer.alloc(MiB));
}, { name: 'RangeError', message: 'Array buffer allocation failed' });
assert.ok(kept.length >= 55 && kept.length <= 64, `kept ${kept.length} MiB before the cap`);
assert.ok(memory.stats().failedAllocations > 0);

// Still usable: small and pooled allocations work, and freeing makes room again.
assert.strictEqual(Buffer.from('still alive').toString(), 'still alive');
kept.length = 0;
memory.reclaim();
const again = Buffer.alloc(32 * MiB, 1);
assert.strictEqual(again[32 * MiB - 1], 1);
