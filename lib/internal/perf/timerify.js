'use strict';
// performance.timerify(fn): a wrapper that times each call (or `new`) of fn and enqueues a
// 'function' entry for PerformanceObservers. Promise results are timed until they settle.

const { createPerformanceNodeEntry } = require('internal/perf/performance_entry');
const { now } = require('internal/perf/utils');
const { enqueue } = require('internal/perf/observe');
const { validateFunction, validateObject } = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { kEmptyObject } = require('internal/util');

function processComplete(name, start, args) {
  const entry = createPerformanceNodeEntry(name, 'function', start, now() - start, args);
  // Node also exposes the arguments as indexed properties of the entry.
  for (let n = 0; n < args.length; n++) entry[n] = args[n];
  enqueue(entry);
}

function timerify(fn, options = kEmptyObject) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  // Node records into a RecordableHistogram here; octet has no histograms (no createHistogram), so
  // no value can be one.
  if (options.histogram !== undefined) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', options.histogram);
  }

  function timerified(...args) {
    const isConstructorCall = new.target !== undefined;
    const start = now();
    const result = isConstructorCall ?
      Reflect.construct(fn, args, fn) :
      Reflect.apply(fn, this, args);
    if (!isConstructorCall && typeof result?.finally === 'function') {
      return result.finally(processComplete.bind(result, fn.name, start, args));
    }
    processComplete(fn.name, start, args);
    return result;
  }

  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

module.exports = timerify;
