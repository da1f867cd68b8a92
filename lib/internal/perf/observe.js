'use strict';
// The performance timeline: the global buffers of marks and measures that performance.getEntries*()
// read, and PerformanceObserver, which collects the entries it asked for and receives them in one
// batch per observer from a setImmediate callback, as node delivers them.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateObject, validateInternalField } = require('internal/validators');
const { customInspectSymbol: kInspect, kEmptyObject, kEnumerableProperty } = require('internal/util');
const { isPerformanceEntry } = require('internal/perf/performance_entry');
const { setImmediate } = require('timers');

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

let DOMExceptionCtor;
function lazyDOMException(message, name) {
  DOMExceptionCtor ??= require('internal/per_context/domexception').DOMException;
  return new DOMExceptionCtor(message, name);
}

const kBuffer = Symbol('kBuffer');
const kDispatch = Symbol('kDispatch');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kSkipThrow = Symbol('kSkipThrow');

const kTypeSingle = 0;
const kTypeMultiple = 1;

// The entry types octet produces: user timing and timerify. Node's other types (gc, http, http2,
// net, dns, resource) come from subsystems octet does not have, so observing them is a no-op here,
// exactly as observing an unknown type is in node.
const kSupportedEntryTypes = Object.freeze(['function', 'mark', 'measure']);

let markEntryBuffer = [];
let measureEntryBuffer = [];
const kPerformanceEntryBufferWarnSize = 1e6;
const kClearPerformanceEntryBuffers = Object.freeze({
  mark: 'performance.clearMarks',
  measure: 'performance.clearMeasures',
});
const warnedEntryTypes = new Set();

const observers = new Set();
const pending = new Set();
let isPending = false;

// One immediate delivers every observer's batch; entries enqueued by a callback start the next one.
function queuePending() {
  if (isPending) return;
  isPending = true;
  setImmediate(() => {
    isPending = false;
    const due = Array.from(pending);
    pending.clear();
    for (const observer of due) observer[kDispatch]();
  });
}

const byStartTime = (first, second) => first.startTime - second.startTime;

class PerformanceObserverEntryList {
  constructor(skipThrowSymbol = undefined, entries = []) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kBuffer] = entries.sort(byStartTime);
  }

  getEntries() {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    return this[kBuffer].slice();
  }

  getEntriesByType(type) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this[kBuffer].filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type != null) {
      return this[kBuffer].filter((entry) => entry.name === name && entry.entryType === type);
    }
    return this[kBuffer].filter((entry) => entry.name === name);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${inspect(this[kBuffer], opts)}`;
  }
}
Object.defineProperties(PerformanceObserverEntryList.prototype, {
  getEntries: kEnumerableProperty,
  getEntriesByType: kEnumerableProperty,
  getEntriesByName: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'PerformanceObserverEntryList',
  },
});

class PerformanceObserver {
  #buffer = [];
  #entryTypes = new Set();
  #type;
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options = kEmptyObject) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }

    switch (this.#type) {
      case undefined:
        if (entryTypes !== undefined) this.#type = kTypeMultiple;
        if (type !== undefined) this.#type = kTypeSingle;
        break;
      case kTypeSingle:
        if (entryTypes !== undefined) {
          throw lazyDOMException('PerformanceObserver can not change to multiple observations',
                                 'InvalidModificationError');
        }
        break;
      case kTypeMultiple:
        if (type !== undefined) {
          throw lazyDOMException('PerformanceObserver can not change to single observation',
                                 'InvalidModificationError');
        }
        break;
    }

    if (this.#type === kTypeMultiple) {
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this.#entryTypes.clear();
      for (let n = 0; n < entryTypes.length; n++) {
        if (kSupportedEntryTypes.includes(entryTypes[n])) this.#entryTypes.add(entryTypes[n]);
      }
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      this.#entryTypes.add(type);
      // Only the single-type form replays what the timeline already holds (as in node).
      if (buffered) {
        for (const entry of filterBufferMapByNameAndType(undefined, type)) this.#buffer.push(entry);
        pending.add(this);
        queuePending();
      }
    }

    if (this.#entryTypes.size) {
      observers.add(this);
    } else {
      this.disconnect();
    }
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#type = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    if (!this.#entryTypes.has(entry.entryType)) return;
    this.#buffer.push(entry);
    pending.add(this);
    queuePending();
  }

  [kDispatch]() {
    const list = new PerformanceObserverEntryList(kSkipThrow, this.takeRecords());
    this.#callback(list, this);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: Array.from(this.#entryTypes),
      buffer: this.#buffer,
    }, opts)}`;
  }
}
Object.defineProperties(PerformanceObserver.prototype, {
  observe: kEnumerableProperty,
  disconnect: kEnumerableProperty,
  takeRecords: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'PerformanceObserver',
  },
});

// Hands a new entry to every observer that watches its type.
function enqueue(entry) {
  if (!isPerformanceEntry(entry)) {
    throw new ERR_INVALID_ARG_TYPE('entry', 'PerformanceEntry', entry);
  }
  for (const observer of observers) observer[kMaybeBuffer](entry);
}

// Marks and measures stay on the timeline until cleared; past a million of one type node warns once,
// since a loop that marks without clearing grows without bound.
function bufferUserTiming(entry) {
  const entryType = entry.entryType;
  let buffer;
  if (entryType === 'mark') {
    buffer = markEntryBuffer;
  } else if (entryType === 'measure') {
    buffer = measureEntryBuffer;
  } else {
    return;
  }
  buffer.push(entry);
  const count = buffer.length;
  if (count > kPerformanceEntryBufferWarnSize && !warnedEntryTypes.has(entryType)) {
    warnedEntryTypes.add(entryType);
    const warning = new Error('Possible perf_hooks memory leak detected. ' +
                              `${count} ${entryType} entries added to the global ` +
                              'performance entry buffer. Use ' +
                              `${kClearPerformanceEntryBuffers[entryType]} to ` +
                              'clear the buffer.');
    warning.name = 'MaxPerformanceEntryBufferExceededWarning';
    warning.entryType = entryType;
    warning.count = count;
    process.emitWarning(warning);
  }
}

function clearEntriesFromBuffer(type, name) {
  if (type === 'mark') {
    markEntryBuffer = name === undefined ? [] : markEntryBuffer.filter((e) => e.name !== name);
  } else if (type === 'measure') {
    measureEntryBuffer = name === undefined ? [] : measureEntryBuffer.filter((e) => e.name !== name);
  }
}

// The timeline's entries of a type and/or name, in start-time order (a stable sort, so entries with
// equal start times keep marks before measures and insertion order, as node returns them).
function filterBufferMapByNameAndType(name, type) {
  let list;
  if (type === 'mark') {
    list = markEntryBuffer;
  } else if (type === 'measure') {
    list = measureEntryBuffer;
  } else if (type !== undefined) {
    return [];
  } else {
    list = markEntryBuffer.concat(measureEntryBuffer);
  }
  if (name !== undefined) {
    list = list.filter((entry) => entry.name === name);
  } else if (type !== undefined) {
    list = list.slice();
  }
  return list.sort(byStartTime);
}

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  bufferUserTiming,
  clearEntriesFromBuffer,
  enqueue,
  filterBufferMapByNameAndType,
};
