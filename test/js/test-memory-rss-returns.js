// After a 400 MiB peak of Buffers dies and is collected, RSS returns near where it started:
// large buffers are mapped from the OS and unmapped when freed.
const assert = require('assert');
const memory = require('octet:memory');

const MiB = 1024 * 1024;
memory.reclaim();
const start = process.memoryUsage.rss();
let buffers = [];
for (let i = 0; i < 400; i++) buffers.push(Buffer.alloc(MiB, 7));  // touched: really resident
const peak = process.memoryUsage.rss();
assert.ok(peak - start > 350 * MiB, `peak rss grew ${(peak - start) / MiB} MiB`);
buffers = null;
memory.reclaim();
memory.trim();
const end = process.memoryUsage.rss();
// Tolerance: 48 MiB for V8 heap growth and allocator caches.
assert.ok(end - start < 48 * MiB, `rss after reclaim is ${(end - start) / MiB} MiB above start`);
