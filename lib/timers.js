'use strict';
// The public timer functions (also the globals): setTimeout/setInterval/setImmediate and their
// clear* counterparts, plus node's legacy enroll/unenroll/active helpers.

const {
  Timeout,
  Immediate,
  insert,
  active,
  unrefActive,
  unenroll: unenrollTimer,
  clearTimeoutImpl,
  clearImmediateImpl,
  TIMEOUT_MAX,
} = require('internal/timers');

const customPromisify = Symbol.for('nodejs.util.promisify.custom');

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

// Arguments after the first `skip` ones, or undefined when there are none.
function restArgs(args, skip) {
  return args.length > skip ? Array.prototype.slice.call(args, skip) : undefined;
}

function setTimeout(callback, after) {
  validateCallback(callback);
  const timeout = new Timeout(callback, after, restArgs(arguments, 2), false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat) {
  validateCallback(callback);
  const timeout = new Timeout(callback, repeat, restArgs(arguments, 2), true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setImmediate(callback) {
  validateCallback(callback);
  return new Immediate(callback, restArgs(arguments, 1));
}

function clearTimeout(timer) {
  clearTimeoutImpl(timer);
}

function clearInterval(timer) {
  // Timeouts and intervals are the same objects, so either clear works on either (as in node).
  clearTimeoutImpl(timer);
}

function clearImmediate(immediate) {
  clearImmediateImpl(immediate);
}

function lazyPromises() {
  return require('timers/promises');
}

Object.defineProperty(setTimeout, customPromisify, {
  enumerable: true,
  get() { return lazyPromises().setTimeout; },
});
Object.defineProperty(setImmediate, customPromisify, {
  enumerable: true,
  get() { return lazyPromises().setImmediate; },
});

let warnedEnroll = false;
let warnedUnenroll = false;
let warnedActive = false;

function deprecate(flag, name, replacement, code) {
  if (flag) return true;
  process.emitWarning(`${name} is deprecated. Please use ${replacement} instead.`,
                      'DeprecationWarning', code);
  return true;
}

// Legacy: makes any object a timer whose `_onTimeout` runs after `msecs`.
function enroll(item, msecs) {
  warnedEnroll = deprecate(warnedEnroll, 'timers.enroll()', 'setTimeout', 'DEP0095');
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  if (item._idleTimeout !== undefined && item._idleTimeout >= 0) unenrollTimer(item);
  item._idleTimeout = Math.min(msecs, TIMEOUT_MAX);
  item._idlePrev = item;
  item._idleNext = item;
}

function unenroll(item) {
  warnedUnenroll = deprecate(warnedUnenroll, 'timers.unenroll()', 'clearTimeout',
                             'DEP0096');
  unenrollTimer(item);
}

function activeLegacy(item) {
  warnedActive = deprecate(warnedActive, 'timers.active()', 'timeout.refresh()', 'DEP0126');
  active(item);
}

function unrefActiveLegacy(item) {
  warnedActive = deprecate(warnedActive, 'timers._unrefActive()', 'timeout.refresh()',
                           'DEP0127');
  unrefActive(item);
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: unrefActiveLegacy,
  active: activeLegacy,
  unenroll,
  enroll,
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return lazyPromises(); },
});
