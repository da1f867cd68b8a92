'use strict';

// The helpers that wait for events rather than listen: `events.once` (a promise),
// `events.on` (an async iterator with node 20's watermarks) and
// `events.addAbortListener`. They work on EventEmitters and EventTargets alike.

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');

const {
  validateAbortSignal,
  validateFunction,
  validateInteger,
} = require('internal/validators');

const {
  SymbolDispose: kDispose,
  kEmptyObject,
} = require('internal/util');

const kWatermarkData = Symbol.for('nodejs.watermarkData');

// event_target loads lazily: events is needed early in bootstrap.
let eventTargetModule;
function lazyEventTarget() {
  if (eventTargetModule === undefined)
    eventTargetModule = require('internal/event_target');
  return eventTargetModule;
}

function addAbortListener(signal, listener) {
  if (signal === undefined)
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    const { kResistStopPropagation } = lazyEventTarget();
    signal.addEventListener('abort', listener,
                            { __proto__: null, once: true, [kResistStopPropagation]: true });
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [kDispose]() {
      removeEventListener?.();
    },
  };
}

function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    // EventTarget has no 'error' semantics, so no error listener here.
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

async function once(emitter, name, options = kEmptyObject) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted)
    throw new AbortError(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null)
        eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function')
        emitter.removeListener('error', errorListener);
      if (signal != null)
        eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      resolve(args);
    };
    const { kResistStopPropagation } = lazyEventTargetIfNeeded(emitter, signal);
    const opts = { __proto__: null, once: true };
    if (kResistStopPropagation) opts[kResistStopPropagation] = true;
    eventTargetAgnosticAddListener(emitter, name, resolver, opts);
    if (name !== 'error' && typeof emitter.once === 'function')
      emitter.once('error', errorListener);
    function abortListener() {
      eventTargetAgnosticRemoveListener(emitter, name, resolver);
      eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null)
      eventTargetAgnosticAddListener(signal, 'abort', abortListener, opts);
  });
}

// Plain emitters without a signal never need event_target loaded.
function lazyEventTargetIfNeeded(emitter, signal) {
  if (signal == null && typeof emitter.on === 'function') return kEmptyObject;
  return lazyEventTarget();
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

function createIterResult(value, done) {
  return { value, done };
}

function on(emitter, event, options = kEmptyObject) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted)
    throw new AbortError(undefined, { cause: signal?.reason });

  // Watermarks pause/resume a pausable emitter (a stream) while unread
  // events pile up.
  const highWatermark = options.highWaterMark ?? options.highWatermark ??
    Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;
  const listeners = [];

  const iterator = Object.setPrototypeOf({
    next() {
      if (size) {
        const value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(createIterResult(value, false));
      }
      // An error is delivered once; after it the iterator is done.
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise(function(resolve, reject) {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator',
                                       'Error', err);
      }
      errorHandler(err);
    },

    [Symbol.asyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() { return size; },
      get low() { return lowWatermark; },
      get high() { return highWatermark; },
      get isPaused() { return paused; },
    },
  }, AsyncIteratorPrototype);

  addListener(emitter, event, function(...args) { eventHandler(args); });
  if (event !== 'error' && typeof emitter.on === 'function')
    addListener(emitter, 'error', errorHandler);
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++)
      addListener(emitter, closeEvents[i], closeHandler);
  }

  const abortListenerDisposable = signal ?
    addAbortListener(signal, abortListener) : null;

  return iterator;

  function addListener(target, name, listener) {
    eventTargetAgnosticAddListener(target, name, listener);
    listeners.push([target, name, listener]);
  }

  function removeAll() {
    while (listeners.length > 0) {
      const [target, name, listener] = listeners.pop();
      eventTargetAgnosticRemoveListener(target, name, listener);
    }
  }

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.length === 0) {
      size++;
      if (!paused && size > highWatermark) {
        paused = true;
        emitter.pause();
      }
      unconsumedEvents.push(value);
    } else {
      unconsumedPromises.shift().resolve(createIterResult(value, false));
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.length === 0) error = err;
    else unconsumedPromises.shift().reject(err);
    closeHandler();
  }

  function closeHandler() {
    abortListenerDisposable?.[kDispose]();
    removeAll();
    finished = true;
    const doneResult = createIterResult(undefined, true);
    while (unconsumedPromises.length > 0)
      unconsumedPromises.shift().resolve(doneResult);
    return Promise.resolve(doneResult);
  }
}

module.exports = { addAbortListener, on, once };
