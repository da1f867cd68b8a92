'use strict';
// The Performance interface and the one `performance` object (an EventTarget, as in node).

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_MISSING_ARGS },
} = require('internal/errors');
const { EventTarget, initEventTarget } = require('internal/event_target');
const { now, getTimeOriginTimestamp } = require('internal/perf/utils');
const { mark, measure, clearMarkTimings } = require('internal/perf/usertiming');
const { clearEntriesFromBuffer, filterBufferMapByNameAndType } = require('internal/perf/observe');
const timerify = require('internal/perf/timerify');
const { customInspectSymbol: kInspect, kEnumerableProperty, kEmptyObject } = require('internal/util');
const { validateInternalField } = require('internal/validators');

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const kPerformanceBrand = Symbol('performance');

// Node's performance also has nodeTiming (startup milestones), eventLoopUtilization() (loop idle
// time) and resource timing (fetch's entries): octet records none of those, so it leaves them out
// rather than report made-up numbers.
class Performance extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect({ timeOrigin: this.timeOrigin }, opts)}`;
  }

  clearMarks(name = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (name !== undefined) name = `${name}`;
    clearMarkTimings(name);
    clearEntriesFromBuffer('mark', name);
  }

  clearMeasures(name = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (name !== undefined) name = `${name}`;
    clearEntriesFromBuffer('measure', name);
  }

  getEntries() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return filterBufferMapByNameAndType();
  }

  getEntriesByName(name, type = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return filterBufferMapByNameAndType(name, type);
  }

  getEntriesByType(type) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return filterBufferMapByNameAndType(undefined, type);
  }

  mark(name, options = kEmptyObject) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return mark(name, options);
  }

  measure(name, startOrMeasureOptions = kEmptyObject, endMark = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return measure(name, startOrMeasureOptions, endMark);
  }

  now() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return now();
  }

  get timeOrigin() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return getTimeOriginTimestamp();
  }

  toJSON() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return { timeOrigin: this.timeOrigin };
  }
}

Object.defineProperties(Performance.prototype, {
  clearMarks: kEnumerableProperty,
  clearMeasures: kEnumerableProperty,
  getEntries: kEnumerableProperty,
  getEntriesByName: kEnumerableProperty,
  getEntriesByType: kEnumerableProperty,
  mark: kEnumerableProperty,
  measure: kEnumerableProperty,
  now: kEnumerableProperty,
  timeOrigin: kEnumerableProperty,
  toJSON: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'Performance',
  },
  // A node extension, hence not enumerable.
  timerify: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    writable: true,
    value: timerify,
  },
});

// The constructor throws for user code; the one instance is built with Performance as new.target,
// so it is a branded EventTarget whose prototype is Performance.prototype.
const performance = Reflect.construct(function Performance() {
  initEventTarget(this);
  this[kPerformanceBrand] = true;
}, [], Performance);

module.exports = {
  Performance,
  performance,
};
