'use strict';
// perf_hooks: the W3C Performance Timeline and User Timing APIs with node's extensions (timerify).
// Not provided, because octet does not record what they report: monitorEventLoopDelay and
// createHistogram (no loop-delay sampler or histograms), PerformanceResourceTiming (no fetch),
// performance.nodeTiming and performance.eventLoopUtilization() (no startup milestones or loop idle
// time).

const { PerformanceEntry } = require('internal/perf/performance_entry');
const { PerformanceObserver, PerformanceObserverEntryList } = require('internal/perf/observe');
const { PerformanceMark, PerformanceMeasure } = require('internal/perf/usertiming');
const { Performance, performance } = require('internal/perf/performance');

// Node's values, read-only like the native constants node exposes. They describe 'gc' entries,
// which octet does not produce; they are here so code that reads them runs unchanged.
const constants = {};
for (const [name, value] of [
  ['NODE_PERFORMANCE_GC_MAJOR', 4],
  ['NODE_PERFORMANCE_GC_MINOR', 1],
  ['NODE_PERFORMANCE_GC_INCREMENTAL', 8],
  ['NODE_PERFORMANCE_GC_WEAKCB', 16],
  ['NODE_PERFORMANCE_GC_FLAGS_NO', 0],
  ['NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED', 2],
  ['NODE_PERFORMANCE_GC_FLAGS_FORCED', 4],
  ['NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING', 8],
  ['NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE', 16],
  ['NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY', 32],
  ['NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE', 64],
]) {
  Object.defineProperty(constants, name, { value, writable: false, enumerable: true, configurable: false });
}

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  performance,
};

Object.defineProperty(module.exports, 'constants', {
  __proto__: null,
  configurable: false,
  enumerable: true,
  value: constants,
});
