'use strict';

// The public `util` module: mostly re-exports of internal helpers, plus the small legacy API.

const {
  codes: { ERR_FALSY_VALUE_REJECTION, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  errnoException,
  exceptionWithHostPort,
} = require('internal/errors');
const {
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const { debuglog } = require('internal/util/debuglog');
const {
  validateBoolean,
  validateFunction,
  validateString,
} = require('internal/validators');
const types = require('internal/util/types');
const {
  deprecate,
  getSystemErrorMap,
  getSystemErrorName: internalErrorName,
  isError,
  promisify,
  toUSVString,
} = require('internal/util');

function isArray(arg) {
  return Array.isArray(arg);
}

function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

function isBuffer(arg) {
  return require('buffer').Buffer.isBuffer(arg);
}

function pad(n) {
  return `${n}`.padStart(2, '0');
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// "26 Feb 16:19:34", local time.
function timestamp() {
  const d = new Date();
  const time = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// A falsy rejection reason still has to reach the callback as an error.
function callbackifyOnRejected(reason, cb) {
  if (!reason) reason = new ERR_FALSY_VALUE_REJECTION(reason);
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    // The callback runs on a later tick, so an exception it throws is not turned into a
    // rejection of the promise.
    Reflect.apply(original, this, args)
      .then((ret) => process.nextTick(cb, null, ret),
            (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const descriptor of Object.values(descriptors)) Object.setPrototypeOf(descriptor, null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw new ERR_INVALID_ARG_TYPE('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return internalErrorName(err);
}

let abortController;
function lazyAbortController() {
  if (abortController === undefined) abortController = require('internal/abort_controller');
  return abortController;
}

// Signals cannot cross threads in octet (no workers), so marking one transferable only
// validates it.
function transferableAbortSignal(signal) {
  if (signal == null || signal[lazyAbortController().kAborted] === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  return signal;
}

function transferableAbortController() {
  return new (lazyAbortController().AbortController)();
}

function aborted(signal, resource) {
  return lazyAbortController().aborted(signal, resource);
}

let comparisons;
function isDeepStrictEqual(a, b) {
  if (comparisons === undefined) comparisons = require('internal/util/comparisons');
  return comparisons.isDeepStrictEqual(a, b);
}

// FORCE_COLOR decides when set; otherwise only terminals with more than 4-bit colour do.
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) {
    return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  }
  return Boolean(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

function isStreamLike(stream) {
  return stream !== null && typeof stream === 'object' &&
    (typeof stream.write === 'function' || typeof stream.pipe === 'function' ||
     typeof stream.getReader === 'function' || typeof stream.getWriter === 'function');
}

function styleCodes(key) {
  const codes = inspect.colors[key];
  if (codes == null) {
    const allowed = Object.keys(inspect.colors).map((name) => `'${name}'`).join(', ');
    throw new ERR_INVALID_ARG_VALUE('format', key, `must be one of: ${allowed}`);
  }
  return codes;
}

// A list of formats is always applied; a single format only when the stream shows colours.
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
                                     stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const codes = styleCodes(key);
      left += `\u001b[${codes[0]}m`;
      right = `\u001b[${codes[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const codes = styleCodes(format);
  if (skipColorize) return text;
  return `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m`;
}

module.exports = {
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
};

// Loaded on first use: they pull in modules util itself does not need.
function defineLazy(name, load) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = load();
      Object.defineProperty(module.exports, name, {
        __proto__: null, configurable: true, enumerable: true, writable: true, value,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, {
        __proto__: null, configurable: true, enumerable: true, writable: true, value,
      });
    },
  });
}

defineLazy('parseArgs', () => require('internal/util/parse_args/parse_args').parseArgs);
defineLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
