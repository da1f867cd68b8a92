'use strict';

// Small helpers shared across lib/, under node's internal names so modules written against node's
// internals find them where they expect.

const { isNativeError } = internalBinding('types');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const customPromisifyArgs = Symbol('customPromisifyArgs');
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
const kVmBreakFirstLineSymbol = Symbol('kVmBreakFirstLineSymbol');
const SymbolDispose = Symbol.dispose || Symbol('nodejs.dispose');
const SymbolAsyncDispose = Symbol.asyncDispose || Symbol('nodejs.asyncDispose');

// A frozen empty options object: default parameters use it to avoid allocating.
const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });

let validators;
function lazyValidators() {
  if (validators === undefined) validators = require('internal/validators');
  return validators;
}

// An Error from this realm, a subclass, or a native error from another realm.
function isError(e) {
  return isNativeError(e) || e instanceof Error;
}

// Plain concatenation beats Array#join for the short lists inspect builds.
function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const lastIndex = output.length - 1;
    for (let i = 0; i < lastIndex; i++) {
      str += output[i];
      str += separator;
    }
    str += output[lastIndex];
  }
  return str;
}

const colorRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return String.prototype.replace.call(str, colorRegExp, '');
}

// Deprecation warnings with a code are emitted once per code per process.
const codesWarned = new Set();

function getDeprecationWarningEmitter(code, msg, deprecated, shouldEmitWarning = () => true) {
  let warned = false;
  return function emitDeprecationWarning() {
    if (warned || !shouldEmitWarning()) return;
    warned = true;
    if (code !== undefined) {
      if (!codesWarned.has(code)) {
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        codesWarned.add(code);
      }
    } else {
      process.emitWarning(msg, 'DeprecationWarning', deprecated);
    }
  };
}

function deprecate(fn, msg, code) {
  if (code !== undefined) lazyValidators().validateString(code, 'code');
  const emitDeprecationWarning = getDeprecationWarningEmitter(code, msg, deprecated);
  function deprecated(...args) {
    if (!process.noDeprecation) emitDeprecationWarning();
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  // The wrapper keeps fn's statics and, through a shared prototype, instanceof.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function copyDescriptors(target, source) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  for (const descriptor of Object.values(descriptors)) Object.setPrototypeOf(descriptor, null);
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  lazyValidators().validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    lazyValidators().validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  // Callbacks with several results name them, e.g. dns.lookup's { address, family }.
  const argumentNames = original[customPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyDescriptors(fn, original);
}
promisify.custom = kCustomPromisifiedSymbol;

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function cachedResult(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return result.slice();
  };
}

// Strings appearing in both cases ('utf8', 'UTF8') are listed once, lowercase kept.
function filterDuplicateStrings(items, low) {
  const map = new Map();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const key = item.toLowerCase();
    if (low) {
      map.set(key, key);
    } else {
      map.set(key, item);
    }
  }
  return Array.from(map.values()).sort();
}

function getConstructorOf(obj) {
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

function once(callback, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let returnValue;
  return function(...args) {
    if (called) return returnValue;
    called = true;
    const result = Reflect.apply(callback, this, args);
    returnValue = preserveReturnValue ? result : undefined;
    return result;
  };
}

// Faster than Array#splice for removing one item from a listener array.
function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

// The canonical name of a Buffer encoding, or undefined: the common spellings are checked first.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return slowCases(enc);
}

function slowCases(enc) {
  switch (enc.length) {
    case 4:
      if (enc === 'UTF8') return 'utf8';
      if (enc === 'ucs2' || enc === 'UCS2') return 'utf16le';
      enc = `${enc}`.toLowerCase();
      if (enc === 'utf8') return 'utf8';
      if (enc === 'ucs2') return 'utf16le';
      break;
    case 3:
      if (enc === 'hex' || enc === 'HEX' || `${enc}`.toLowerCase() === 'hex') return 'hex';
      break;
    case 5:
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      if (enc === 'UTF-8') return 'utf8';
      if (enc === 'ASCII') return 'ascii';
      if (enc === 'UCS-2') return 'utf16le';
      enc = `${enc}`.toLowerCase();
      if (enc === 'utf-8') return 'utf8';
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      break;
    case 6:
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      if (enc === 'BASE64') return 'base64';
      if (enc === 'LATIN1' || enc === 'BINARY') return 'latin1';
      enc = `${enc}`.toLowerCase();
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      break;
    case 7:
      if (enc === 'utf16le' || enc === 'UTF16LE' || `${enc}`.toLowerCase() === 'utf16le') {
        return 'utf16le';
      }
      break;
    case 8:
      if (enc === 'utf-16le' || enc === 'UTF-16LE' || `${enc}`.toLowerCase() === 'utf-16le') {
        return 'utf16le';
      }
      break;
    case 9:
      if (enc === 'base64url' || enc === 'BASE64URL' || `${enc}`.toLowerCase() === 'base64url') {
        return 'base64url';
      }
      break;
    default:
      if (enc === '') return 'utf8';
  }
  return undefined;
}

function emitExperimentalWarning(feature) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  const msg = `${feature} is an experimental feature and might change at any time`;
  process.emitWarning(msg, 'ExperimentalWarning');
}
const experimentalWarnings = new Set();

// Defines getters that require `id` on first access and then become plain values.
function defineLazyProperties(target, id, keys, enumerable = true) {
  const descriptors = { __proto__: null };
  let mod;
  for (const key of keys) {
    let value;
    let overridden = false;
    const get = function() {
      if (overridden) return value;
      if (mod === undefined) mod = require(id);
      if (value === undefined) value = mod[key];
      return value;
    };
    Object.defineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    const set = function(newValue) {
      overridden = true;
      value = newValue;
    };
    Object.defineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    descriptors[key] = { __proto__: null, configurable: true, enumerable, get, set };
  }
  Object.defineProperties(target, descriptors);
}

// Like a plain assignment, but never runs a setter inherited from a prototype.
function setOwnProperty(obj, key, value) {
  return Object.defineProperty(obj, key, {
    __proto__: null, configurable: true, enumerable: true, value, writable: true,
  });
}

function getLazy(initializer) {
  let value;
  let initialized = false;
  return function() {
    if (!initialized) {
      value = initializer();
      initialized = true;
    }
    return value;
  };
}

// Lone surrogates become U+FFFD.
function toUSVString(str) {
  return `${str}`.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
                          '\ufffd');
}

function sleep(msec) {
  lazyValidators().validateUint32(msec, 'msec');
  internalBinding('util').sleep(msec);
}

function guessHandleType(fd) {
  return internalBinding('util').guessHandleType(fd);
}

function isArrayBufferDetached(value) {
  if (value instanceof ArrayBuffer) return internalBinding('util').isArrayBufferDetached(value);
  return false;
}

// libuv's error table, [name, message] by negative errno, read once from the uv binding.
let uvErrmap;
function getSystemErrorMap() {
  if (uvErrmap === undefined) uvErrmap = internalBinding('uv').getErrorMap();
  return uvErrmap;
}

function getSystemErrorName(err) {
  const entry = getSystemErrorMap().get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  const entry = getSystemErrorMap().get(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}

function exposeInterface(target, name, interfaceObject) {
  Object.defineProperty(target, name, {
    __proto__: null, writable: true, enumerable: false, configurable: true, value: interfaceObject,
  });
}

function defineOperation(target, name, method) {
  Object.defineProperty(target, name, {
    __proto__: null, writable: true, enumerable: true, configurable: true, value: method,
  });
}

module.exports = {
  SymbolAsyncDispose,
  SymbolDispose,
  cachedResult,
  createDeferredPromise,
  customInspectSymbol,
  customPromisifyArgs,
  defineLazyProperties,
  defineOperation,
  deprecate,
  emitExperimentalWarning,
  exposeInterface,
  filterDuplicateStrings,
  getConstructorOf,
  getDeprecationWarningEmitter,
  getLazy,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  guessHandleType,
  isArrayBufferDetached,
  isError,
  join,
  kEmptyObject,
  kEnumerableProperty,
  kIsEncodingSymbol,
  kVmBreakFirstLineSymbol,
  normalizeEncoding,
  once,
  promisify,
  removeColors,
  setOwnProperty,
  sleep,
  spliceOne,
  toUSVString,
};
