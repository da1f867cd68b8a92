// Flags: --expose-gc
'use strict';
// Large toString() results are external strings; their bytes must count towards V8's GC triggers
// or dropped strings pile up: 1,000 dropped 2 MiB strings (2 GiB in all) must not raise RSS by more
// than 512 MiB (node 20: ~100 MiB; without the accounting octet reached the full 2 GiB).
const assert = require('assert');

const MiB = 1024 * 1024;
const buf = Buffer.alloc(MiB, 0x61);
const start = process.memoryUsage.rss();
let peak = start;
let total = 0;
for (let i = 0; i < 1000; i++) {
  total += buf.toString('hex').length;
  if (i % 50 === 0) peak = Math.max(peak, process.memoryUsage.rss());
}
assert.strictEqual(total, 1000 * 2 * MiB);
const growth = (peak - start) / MiB;
assert.ok(growth < 512, `RSS grew by ${growth.toFixed(0)} MiB`);

// While a large string lives, process.memoryUsage().external counts its bytes, once. The strings
// dropped above are collected first: otherwise a GC between the two readings, freeing them,
// would hide the new string's bytes.
global.gc();
const before = process.memoryUsage().external;
const kept = buf.toString('hex');
const delta = process.memoryUsage().external - before;
assert.ok(Math.abs(delta - 2 * MiB) < 64 * 1024, `external grew by ${delta}`);
assert.strictEqual(kept.length, 2 * MiB);
