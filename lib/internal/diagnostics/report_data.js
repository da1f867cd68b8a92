'use strict';
// The memory report as data: one object that the summary, the JSON file and the HTML page are all
// made from. Its shape is test/diagnostics/memory-report.schema.json (format version 1).

const binding = internalBinding('diagnostics');
const conversions = require('internal/diagnostics/conversions');

const kMaxSites = 10;

function poolAndLarge() {
  const stats = require('octet/memory').stats();
  return {
    pool: {
      slabSize: stats.pool.slabSize,
      slabsAllocated: stats.pool.slabsAllocated,
      slabsReused: stats.pool.slabsReused,
      slabsLive: stats.pool.slabsLive,
      slabsIdle: stats.pool.slabsIdle,
      idleBytes: stats.pool.idleBytes,
    },
    large: {
      threshold: stats.large.threshold,
      count: stats.large.count,
      bytes: stats.large.bytes,
    },
    allocatorPeakBytes: stats.peakBytes,
  };
}

// Live ArrayBuffers by allocation site, or null without --track-buffers.
function bufferSites(minBytes) {
  const sites = binding.bufferSites(kMaxSites);
  if (sites === null) return null;
  const totals = new Float64Array(2);
  binding.bufferTotals(totals);
  return { minBytes, liveBytes: totals[0], liveCount: totals[1], sites };
}

function build({ recorder, options, findings, finalSample, endTime }) {
  // Sites first: reading the pool's figures may load modules that allocate.
  const sites = options.trackBuffersMinBytes >= 0 ? bufferSites(options.trackBuffersMinBytes) : null;
  const { pool, large, allocatorPeakBytes } = poolAndLarge();
  const peak = recorder.peaks();
  // The allocator's own high-water mark is exact; samples only see what they happen to catch.
  peak.arrayBuffers = Math.max(peak.arrayBuffers, allocatorPeakBytes);
  return {
    format: 'octet-memory-report',
    version: 1,
    octet: process.versions.octet,
    v8: process.versions.v8,
    pid: process.pid,
    argv: process.argv.slice(),
    execArgv: process.execArgv.slice(),
    startTime: recorder.startTime,
    durationMs: endTime - recorder.startTime,
    options: {
      memorySummary: options.memorySummary,
      sampleIntervalMs: options.sampleIntervalMs,
      detectLeaks: options.detectLeaks,
      trackBuffersMinBytes: options.trackBuffersMinBytes,
      watchMemory: options.watchMemory,
    },
    samples: recorder.series,
    gcEvents: recorder.gcEvents,
    gcEventsOmitted: recorder.gcEventsOmitted,
    gc: recorder.gcSummary(),
    peak,
    final: {
      rss: finalSample.rss,
      heapTotal: finalSample.heapTotal,
      heapUsed: finalSample.heapUsed,
      external: finalSample.external,
      arrayBuffers: finalSample.arrayBuffers,
    },
    pool,
    large,
    conversions: conversions.snapshot(),
    findings,
    bufferSites: sites,
  };
}

module.exports = { build };
