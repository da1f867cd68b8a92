'use strict';
// The shape of perf_hooks and the performance global: exports, constants, global descriptors,
// prototypes and their enumerability, illegal constructors and brand checks, inspect and toJSON
// output, and timerify's wrapper and 'function' entries. Only what octet and node share is printed:
// node's nodeTiming, eventLoopUtilization, resource timing, monitorEventLoopDelay and
// createHistogram are absent from octet (docs/modules.md) and filtered out by name here.
const perfHooks = require('perf_hooks');
const {
  performance, Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure,
  PerformanceObserver, PerformanceObserverEntryList, constants,
} = perfHooks;
const util = require('util');

const nodeOnly = new Set([
  'PerformanceResourceTiming', 'monitorEventLoopDelay', 'createHistogram', 'nodeTiming',
  'eventLoopUtilization', 'markResourceTiming', 'clearResourceTimings',
  'setResourceTimingBufferSize', 'onresourcetimingbufferfull',
]);
const shared = (keys) => keys.filter((k) => !nodeOnly.has(k));
function attempt(label, fn) {
  try {
    console.log(label, 'ok', util.inspect(fn()));
  } catch (err) {
    console.log(label, err.constructor.name, err.name, err.code, err.message);
  }
}

// Module and constants.
console.log(shared(Object.keys(perfHooks)));
console.log(require('node:perf_hooks') === perfHooks, require('module').builtinModules.includes('perf_hooks'));
console.log(Object.getOwnPropertyDescriptor(perfHooks, 'constants').writable,
            Object.getOwnPropertyDescriptor(perfHooks, 'constants').configurable);
console.log(constants, Object.getOwnPropertyDescriptor(constants, 'NODE_PERFORMANCE_GC_MAJOR'));

// Globals.
console.log(Object.keys(globalThis).filter((k) => k !== 'fetch'));
for (const name of ['performance', 'Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
                    'PerformanceObserver', 'PerformanceObserverEntryList']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof d.get, typeof d.set, d.enumerable, d.configurable, globalThis[name] === perfHooks[name]);
}

// The performance object.
console.log(typeof performance.now(), typeof performance.timeOrigin, performance.timeOrigin > 1.6e12);
console.log(Object.prototype.toString.call(performance), performance instanceof Performance,
            performance instanceof EventTarget, Object.getPrototypeOf(performance) === Performance.prototype);
console.log(Object.keys(performance), shared(Object.getOwnPropertyNames(Performance.prototype)));
console.log(shared(Object.keys(Performance.prototype)));
console.log(Object.getOwnPropertyDescriptor(Performance.prototype, 'timerify'));
console.log(typeof Object.getOwnPropertyDescriptor(Performance.prototype, 'timeOrigin').get);
console.log(JSON.parse(JSON.stringify(performance)).timeOrigin === performance.timeOrigin);
console.log(util.inspect(performance).includes(`timeOrigin: ${performance.timeOrigin}`));
for (const [name, fn] of Object.entries({
  now: performance.now, mark: performance.mark, measure: performance.measure,
  getEntries: performance.getEntries, getEntriesByName: performance.getEntriesByName,
  clearMarks: performance.clearMarks, toJSON: performance.toJSON, timerify: performance.timerify,
})) {
  console.log(name, fn.name, fn.length);
}

// Entries and their classes.
console.log(Object.keys(PerformanceEntry.prototype), Object.keys(PerformanceMark.prototype),
            Object.keys(PerformanceMeasure.prototype));
console.log(Object.getOwnPropertyNames(PerformanceMark.prototype), PerformanceMark.length, PerformanceObserver.length);
const mark = performance.mark('shape', { startTime: 1 });
const measure = performance.measure('shape-measure', { start: 1, end: 3 });
console.log(Object.keys(mark), Object.getOwnPropertySymbols(mark).length);
console.log(Object.prototype.toString.call(measure), measure instanceof PerformanceEntry);
console.log(Object.prototype.toString.call(Object.create(PerformanceEntry.prototype)));
console.log(util.inspect(mark, { depth: 0 }), util.inspect([measure], { depth: 1 }));
console.log(util.inspect({ deep: performance.mark('deep', { startTime: 2, detail: { a: { b: { c: {} } } } }) }));

// Illegal constructors and brand checks.
attempt('new Performance', () => new Performance());
attempt('new PerformanceEntry', () => new PerformanceEntry());
attempt('new PerformanceMeasure', () => new PerformanceMeasure());
attempt('new PerformanceObserverEntryList', () => new PerformanceObserverEntryList());
attempt('now on object', () => performance.now.call({}));
attempt('now on number', () => Performance.prototype.now.call(1));
attempt('timeOrigin on object', () => Object.getOwnPropertyDescriptor(Performance.prototype, 'timeOrigin').get.call({}));
attempt('name on object', () => Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'name').get.call({}));
attempt('detail on object', () => Object.getOwnPropertyDescriptor(PerformanceMark.prototype, 'detail').get.call({}));
attempt('entry toJSON on null', () => PerformanceEntry.prototype.toJSON.call(null));
attempt('getEntries on list proto', () => PerformanceObserverEntryList.prototype.getEntries.call({}));

// timerify.
function add(a, b) { return a + b; }
class Point { constructor(x) { this.x = x; } }
const timedAdd = performance.timerify(add);
console.log(timedAdd.name, timedAdd.length, Object.getOwnPropertyDescriptor(timedAdd, 'name'),
            performance.timerify(add) === timedAdd);
attempt('timerify(1)', () => performance.timerify(1));
attempt('timerify options', () => performance.timerify(add, 1));
attempt('timerify histogram', () => performance.timerify(add, { histogram: {} }));
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    console.log(entry.constructor.name, entry.name, entry.entryType, entry.detail, entry.duration >= 0,
                Object.keys(entry), Object.keys(entry.toJSON()), Object.prototype.toString.call(entry));
    console.log(util.inspect(entry).replace(/\d+(\.\d+)?(e-\d+)?,/g, 'N,'));
  }
  console.log('timeline has no functions', performance.getEntriesByType('function').length);
  observer.disconnect();
});
observer.observe({ entryTypes: ['function'] });
console.log(timedAdd(2, 3), new (performance.timerify(Point))(7));
performance.timerify(async function later(ms) { return ms; })(0).then((v) => console.log('async result', v));
attempt('timerify rethrows', () => performance.timerify(function fails() { throw new RangeError('inner'); })());
