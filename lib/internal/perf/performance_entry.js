'use strict';
// PerformanceEntry, the read-only record every timeline item is, and PerformanceNodeEntry, node's
// extension with a `detail` (timerify's entries). User code cannot construct either.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { customInspectSymbol: kInspect, kEnumerableProperty } = require('internal/util');
const { validateInternalField } = require('internal/validators');

const kName = Symbol('PerformanceEntry.Name');
const kEntryType = Symbol('PerformanceEntry.EntryType');
const kStartTime = Symbol('PerformanceEntry.StartTime');
const kDuration = Symbol('PerformanceEntry.Duration');
const kDetail = Symbol('NodePerformanceEntry.Detail');
// Internal constructors pass this first; anything else is `new PerformanceEntry()` from user code.
const kSkipThrow = Symbol('kSkipThrow');

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

function isPerformanceEntry(obj) {
  return obj?.[kName] !== undefined;
}

// `Name {...toJSON()}`, one level deeper, as node prints every entry.
function inspectEntry(entry, depth, options) {
  if (depth < 0) return entry;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${entry.constructor.name} ${inspect(entry.toJSON(), opts)}`;
}

class PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined, start = undefined,
              duration = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kEntryType] = type;
    this[kStartTime] = start;
    this[kDuration] = duration;
  }

  get name() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return this[kName];
  }

  get entryType() {
    validateInternalField(this, kEntryType, 'PerformanceEntry');
    return this[kEntryType];
  }

  get startTime() {
    validateInternalField(this, kStartTime, 'PerformanceEntry');
    return this[kStartTime];
  }

  get duration() {
    validateInternalField(this, kDuration, 'PerformanceEntry');
    return this[kDuration];
  }

  [kInspect](depth, options) {
    return inspectEntry(this, depth, options);
  }

  toJSON() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
    };
  }
}
Object.defineProperties(PerformanceEntry.prototype, {
  name: kEnumerableProperty,
  entryType: kEnumerableProperty,
  startTime: kEnumerableProperty,
  duration: kEnumerableProperty,
  toJSON: kEnumerableProperty,
});

class PerformanceNodeEntry extends PerformanceEntry {
  get detail() {
    validateInternalField(this, kDetail, 'NodePerformanceEntry');
    return this[kDetail];
  }

  toJSON() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
      detail: this[kDetail],
    };
  }
}

function createPerformanceNodeEntry(name, type, start, duration, detail) {
  const entry = new PerformanceNodeEntry(kSkipThrow, name, type, start, duration);
  entry[kDetail] = detail;
  return entry;
}

module.exports = {
  PerformanceEntry,
  PerformanceNodeEntry,
  createPerformanceNodeEntry,
  isPerformanceEntry,
  kSkipThrow,
};
