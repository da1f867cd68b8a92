'use strict';

// AbortController and AbortSignal (Node 20): a signal is an EventTarget that
// dispatches one trusted 'abort' event; timeout signals and AbortSignal.any()
// results stay alive only while someone listens to them.

const {
  Event,
  EventTarget,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
} = require('internal/event_target');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateObject,
  validateUint32,
} = require('internal/validators');

const kEnumerableProperty = { __proto__: null, enumerable: true };
const kEmptyObject = Object.freeze({ __proto__: null });
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kTimeout = Symbol('kTimeout');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kDontThrowSymbol = Symbol('kDontThrowSymbol');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

let DOMExceptionCtor;
function lazyDOMException(message, name) {
  DOMExceptionCtor ??= globalThis.DOMException ??
    require('internal/per_context/domexception').DOMException;
  return new DOMExceptionCtor(message, name);
}

// Timeout and composite signals that have 'abort' listeners are held here
// so that they are not collected before they fire.
const gcPersistentSignals = new Set();

// A collected timeout signal no longer needs its timer.
const clearTimeoutRegistry = new FinalizationRegistry((timer) => clearTimeout(timer));

function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = Object.assign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

function setWeakAbortSignalTimeout(weakRef, delay) {
  const timeout = setTimeout(() => {
    const signal = weakRef.deref();
    if (signal !== undefined) {
      gcPersistentSignals.delete(signal);
      abortSignal(signal, lazyDOMException(
        'The operation was aborted due to timeout', 'TimeoutError'));
    }
  }, delay);
  // A pending timeout signal alone does not keep the process running.
  timeout?.unref?.();
  return timeout;
}

function validateAbortSignalArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    // validateAbortSignal lets undefined through; an array element may not.
    if (value[i] === undefined)
      throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'AbortSignal', value[i]);
    validateAbortSignal(value[i], `${name}[${i}]`);
  }
}

class AbortSignal extends EventTarget {
  constructor(dontThrowKey = undefined) {
    if (dontThrowKey !== kDontThrowSymbol) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = lazyDOMException('This operation was aborted', 'AbortError')) {
    return createAbortSignal({ __proto__: null, aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal();
    signal[kTimeout] = true;
    clearTimeoutRegistry.register(
      signal, setWeakAbortSignalTimeout(new WeakRef(signal), delay));
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const resultSignal = createAbortSignal({ __proto__: null, composite: true });
    if (!signals.length) return resultSignal;

    const resultSignalWeakRef = new WeakRef(resultSignal);
    resultSignal[kSourceSignals] = new Set();
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.aborted) {
        abortSignal(resultSignal, signal.reason);
        return resultSignal;
      }
      signal[kDependantSignals] ??= new Set();
      if (!signal[kComposite]) {
        resultSignal[kSourceSignals].add(new WeakRef(signal));
        signal[kDependantSignals].add(resultSignalWeakRef);
      } else if (signal[kSourceSignals]) {
        // Depend on a composite's sources directly: no chains of composites.
        for (const sourceSignal of signal[kSourceSignals]) {
          const sourceSignalRef = sourceSignal.deref();
          if (!sourceSignalRef) continue;
          resultSignal[kSourceSignals].add(sourceSignal);
          sourceSignalRef[kDependantSignals].add(resultSignalWeakRef);
        }
      }
    }
    return resultSignal;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    const isTimeoutOrNonEmptyCompositeSignal = this[kTimeout] ||
      (this[kComposite] && this[kSourceSignals]?.size);
    if (isTimeoutOrNonEmptyCompositeSignal && type === 'abort' &&
        !this.aborted && !weak && size === 1) {
      gcPersistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    const isTimeoutOrNonEmptyCompositeSignal = this[kTimeout] ||
      (this[kComposite] && this[kSourceSignals]?.size);
    if (isTimeoutOrNonEmptyCompositeSignal && type === 'abort' && size === 0)
      gcPersistentSignals.delete(this);
  }
}

Object.defineProperties(AbortSignal.prototype, {
  aborted: kEnumerableProperty,
});
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null,
  writable: false,
  enumerable: false,
  configurable: true,
  value: 'AbortSignal',
});

defineEventHandler(AbortSignal.prototype, 'abort');

// Signals are made without the AbortSignal constructor, which is reserved
// to throw for user code.
function createAbortSignal(init = kEmptyObject) {
  const { aborted = false, reason = undefined, composite = false } = init;
  const signal = new EventTarget();
  Object.setPrototypeOf(signal, AbortSignal.prototype);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  signal[kComposite] = composite;
  return signal;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
  signal[kDependantSignals]?.forEach((s) => {
    const signalRef = s.deref();
    if (signalRef) abortSignal(signalRef, reason);
  });
}

class AbortController {
  #signal = createAbortSignal();

  get signal() {
    return this.#signal;
  }

  abort(reason = lazyDOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

Object.defineProperties(AbortController.prototype, {
  signal: kEnumerableProperty,
  abort: kEnumerableProperty,
});
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null,
  writable: false,
  enumerable: false,
  configurable: true,
  value: 'AbortController',
});

// util.aborted(): settles when `signal` aborts, for as long as `resource`
// is alive.
async function aborted(signal, resource) {
  if (signal === undefined)
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  const v = require('internal/validators');
  validateObject(resource, 'resource', v.kValidateObjectAllowObjects ??
    (v.kValidateObjectAllowArray | v.kValidateObjectAllowFunction));
  if (signal.aborted) return;
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  signal.addEventListener('abort', resolve, {
    __proto__: null,
    once: true,
    [kWeakHandler]: resource,
    [kResistStopPropagation]: true,
  });
  return promise;
}

module.exports = {
  AbortController,
  AbortSignal,
  aborted,
  kAborted,
};
