'use strict';
// v8's heap statistics are live numbers: they move when the heap does, and the spaces add up.
const assert = require('assert');
const v8 = require('v8');

const before = v8.getHeapStatistics();
const spaces = v8.getHeapSpaceStatistics();
const sum = (key) => spaces.reduce((total, s) => total + s[key], 0);
// Every space is counted in the totals (read-only space may be shared and report zero).
assert.ok(Math.abs(sum('space_used_size') - before.used_heap_size) <= before.used_heap_size * 0.1);
assert.ok(sum('space_size') <= before.total_heap_size);

const keep = [];
for (let i = 0; i < 20000; i++) keep.push({ i, text: `item ${i}` });
const after = v8.getHeapStatistics();
assert.ok(after.used_heap_size > before.used_heap_size + 500000,
          `${before.used_heap_size} -> ${after.used_heap_size}`);

// ArrayBuffer bytes are external memory, not heap.
const externalBefore = v8.getHeapStatistics().external_memory;
const block = new ArrayBuffer(8 * 1024 * 1024);
assert.ok(v8.getHeapStatistics().external_memory >= externalBefore + block.byteLength);
assert.ok(v8.getHeapStatistics().used_heap_size < after.used_heap_size + 1024 * 1024);

const code = v8.getHeapCodeStatistics();
assert.ok(code.bytecode_and_metadata_size > 0);
assert.ok(code.external_script_source_size > 0);
assert.strictEqual(keep.length, 20000);
