'use strict';

// util.format / util.formatWithOptions: printf-style %s %d %i %f %j %o %O %c %% over inspect.

const { validateObject, kValidateObjectAllowArray } = require('internal/validators');

// inspect.js requires this file at its end; reading it lazily keeps the two from depending on
// load order.
let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

function formatNumberPlain(number, options) {
  const { formatNumber, inspectDefaultOptions, stylizeNoColor } = lazyInspect();
  const separator = options != null && options.numericSeparator != null ?
    options.numericSeparator : inspectDefaultOptions.numericSeparator;
  return formatNumber(stylizeNoColor, number, separator);
}

function formatBigIntPlain(bigint, options) {
  const { formatBigInt, inspectDefaultOptions, stylizeNoColor } = lazyInspect();
  const separator = options != null && options.numericSeparator != null ?
    options.numericSeparator : inspectDefaultOptions.numericSeparator;
  return formatBigInt(stylizeNoColor, bigint, separator);
}

function returnFalse() {
  return false;
}

// %s prints objects with inspect unless they bring their own toString / Symbol.toPrimitive
// (own or inherited from a user class): then String(value) is used.
function hasBuiltInToString(value) {
  const { getProxyDetails } = internalBinding('util');
  const { builtInObjects } = lazyInspect();
  const proxyTarget = getProxyDetails(value, false);
  if (proxyTarget !== undefined) {
    if (proxyTarget === null) return true;
    value = proxyTarget;
  }
  const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
  let hasOwnToString = hasOwn;
  let hasOwnToPrimitive = hasOwn;
  if (typeof value.toString !== 'function') {
    if (typeof value[Symbol.toPrimitive] !== 'function') return true;
    if (hasOwn(value, Symbol.toPrimitive)) return false;
    hasOwnToString = returnFalse;
  } else if (hasOwn(value, 'toString')) {
    return false;
  } else if (typeof value[Symbol.toPrimitive] !== 'function') {
    hasOwnToPrimitive = returnFalse;
  } else if (hasOwn(value, Symbol.toPrimitive)) {
    return false;
  }
  // The prototype that provides the method decides: built-in constructors count as built-in.
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!hasOwnToString(pointer, 'toString') &&
           !hasOwnToPrimitive(pointer, Symbol.toPrimitive));
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

const firstErrorLine = (error) => error.message.split('\n', 1)[0];
let circularErrorMessage;

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (!circularErrorMessage) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function formatString(arg, inspectOptions) {
  if (typeof arg === 'number') return formatNumberPlain(arg, inspectOptions);
  if (typeof arg === 'bigint') return formatBigIntPlain(arg, inspectOptions);
  if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
  return lazyInspect().inspect(arg, { ...inspectOptions, compact: 3, colors: false, depth: 0 });
}

function formatInteger(arg, inspectOptions, parse) {
  if (typeof arg === 'bigint') return formatBigIntPlain(arg, inspectOptions);
  if (typeof arg === 'symbol') return 'NaN';
  return formatNumberPlain(parse(arg), inspectOptions);
}

// Returned for a % followed by anything that is not a directive (%j may yield undefined itself).
const kNotADirective = Symbol('kNotADirective');

// The text for one placeholder.
function formatDirective(code, arg, inspectOptions) {
  const { inspect } = lazyInspect();
  switch (code) {
    case 115: // 's'
      return formatString(arg, inspectOptions);
    case 106: // 'j'
      return tryStringify(arg);
    case 100: // 'd'
      return formatInteger(arg, inspectOptions, Number);
    case 79: // 'O'
      return inspect(arg, inspectOptions);
    case 111: // 'o'
      return inspect(arg, { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
    case 105: // 'i'
      return formatInteger(arg, inspectOptions, Number.parseInt);
    case 102: // 'f'
      return typeof arg === 'symbol' ? 'NaN' : formatNumberPlain(Number.parseFloat(arg),
                                                                 inspectOptions);
    case 99: // 'c': CSS has no meaning in a terminal; the argument is consumed.
      return '';
    default:
      return kNotADirective;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let joiner = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        }
        const text = formatDirective(nextChar, args[a + 1], inspectOptions);
        if (text === kNotADirective) continue;
        a++;
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += text;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        // With the arguments used up, "%%" still collapses to "%".
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      joiner = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  // Arguments left over are appended, strings as they are and anything else inspected.
  const { inspect } = lazyInspect();
  while (a < args.length) {
    const value = args[a];
    str += joiner;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    joiner = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', kValidateObjectAllowArray);
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = { format, formatWithOptions, formatWithOptionsInternal };
