'use strict';
// require('octet:memory'): octet's allocator made visible — where ArrayBuffer bytes live, how the
// Buffer pool's slabs are reused, and what octet reports to V8 as external native memory.

const binding = internalBinding('memory');
const { validateFunction } = require('internal/validators');

const fields = new Float64Array(binding.kStatsFieldCount);

// Field order matches StatsField in src/memory_binding.cc.
function stats() {
  binding.stats(fields);
  return {
    liveBytes: fields[0],
    liveCount: fields[1],
    peakBytes: fields[2],
    totalAllocations: fields[3],
    totalFrees: fields[4],
    pool: {
      slabSize: require('buffer').Buffer.poolSize,
      slabsLive: fields[8],
      slabsIdle: fields[9],
      slabsReused: fields[10],
      slabsAllocated: fields[11],
      slabsFreed: fields[12],
      idleBytes: fields[13],
    },
    large: {
      threshold: binding.largeThreshold,
      count: fields[5],
      bytes: fields[6],
      cachedBytes: fields[17],
      reused: fields[18],
    },
    failedAllocations: fields[7],
    adjustedNativeBytes: fields[14],
    nativeBytes: fields[15],
    cap: fields[16] || null,
    peak: fields[2],
  };
}

// Frees idle pool slabs and cached large mappings and returns free heap pages to the OS; returns
// the bytes released.
function trim() {
  return binding.trim();
}

// A full, synchronous collection: dead ArrayBuffers are freed before this returns.
function reclaim() {
  binding.reclaim();
}

function setPoolIdleMax(slabs) {
  require('internal/validators').validateInteger(slabs, 'slabs', 0, 2 ** 31 - 1);
  binding.setPoolIdleMax(slabs);
}

// One reading of every figure, for samplers (the memory report, the leak finder, user tools).
function sample() {
  const usage = process.memoryUsage();
  binding.stats(fields);
  return {
    time: Date.now(),
    rss: usage.rss,
    heapTotal: usage.heapTotal,
    heapUsed: usage.heapUsed,
    external: usage.external,
    arrayBuffers: usage.arrayBuffers,
    poolSlabsLive: fields[8],
    poolSlabsIdle: fields[9],
    largeBytes: fields[6],
  };
}

// Sampling hooks: every registered function gets each sample taken by sampleNow() (the
// diagnostics call it on their timer and after GCs).
const hooks = new Set();
function onSample(fn) {
  validateFunction(fn, 'fn');
  hooks.add(fn);
  return () => hooks.delete(fn);
}
function sampleNow() {
  const s = sample();
  for (const fn of hooks) fn(s);
  return s;
}

module.exports = { stats, trim, reclaim, setPoolIdleMax, sample, onSample, sampleNow };
