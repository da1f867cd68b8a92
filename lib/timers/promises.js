'use strict';
// Promise forms of the timers: setTimeout/setImmediate resolve with `value`, setInterval is an
// async iterator yielding `value` per tick; an AbortSignal cancels with an AbortError.

const { Timeout, Immediate, insert, clearTimeoutImpl, clearImmediateImpl } =
  require('internal/timers');
const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateObject, validateNumber } =
  require('internal/validators');
const { kResistStopPropagation } = require('internal/event_target');

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// Checks the arguments every form takes, in node's order; throws node's errors. → { signal, ref }
function readOptions(after, options) {
  if (after !== undefined) validateNumber(after, 'delay');
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

// A promise settled by a timer object made by `start(resolve)`; aborting clears the timer.
function cancellable(signal, start, clear) {
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const timer = start(resolve);
    if (signal) {
      onAbort = () => {
        if (timer._destroyed) return;
        clear(timer);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort,
                              { __proto__: null, [kResistStopPropagation]: true });
    }
  });
  if (onAbort === undefined) return promise;
  return promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(after, value, options = {}) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = readOptions(after, options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const args = value !== undefined ? [value] : undefined;
  return cancellable(signal, (resolve) => {
    const timeout = new Timeout(resolve, after, args, false, ref);
    insert(timeout, timeout._idleTimeout);
    return timeout;
  }, clearTimeoutImpl);
}

function setImmediate(value, options = {}) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = readOptions(undefined, options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const args = value !== undefined ? [value] : undefined;
  return cancellable(signal, (resolve) => {
    const immediate = new Immediate(resolve, args);
    if (!ref) immediate.unref();
    return immediate;
  }, clearImmediateImpl);
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = readOptions(after, options);
  if (signal?.aborted) throw abortError(signal);

  let interval;
  let onAbort;
  try {
    // Ticks not yet handed to the consumer, and the resolver of a consumer waiting for one.
    let pending = 0;
    let wake;
    interval = new Timeout(() => {
      pending++;
      if (wake) {
        wake();
        wake = undefined;
      }
    }, after, undefined, true, ref);
    insert(interval, interval._idleTimeout);
    if (signal) {
      onAbort = () => {
        clearTimeoutImpl(interval);
        if (wake) {
          wake(Promise.reject(abortError(signal)));
          wake = undefined;
        }
      };
      signal.addEventListener('abort', onAbort,
                              { __proto__: null, once: true, [kResistStopPropagation]: true });
    }
    while (!signal?.aborted) {
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      for (; pending > 0; pending--) yield value;
    }
    throw abortError(signal);
  } finally {
    clearTimeoutImpl(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');

// The experimental `scheduler` object: wait(delay) and yield().
class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Object.create(Scheduler.prototype, {
  [kScheduler]: { value: true, enumerable: true },
});

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
