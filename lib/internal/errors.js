'use strict';

// Node-compatible error construction. Every `codes.ERR_*` class builds an
// error whose name, message, `code` property and stack header match Node 20:
// `String(err)` and the first stack line read `TypeError [ERR_X]: message`
// while `err.name` stays the plain `TypeError`. The table of codes and their
// messages lives in internal/errors/messages.js.

const kIsNodeError = Symbol('kIsNodeError');

const messages = new Map();
const codes = {};

// Marker passed to E() for codes that also get a `HideStackFramesError`
// variant (constructed without collecting frames; hideStackFrames() captures
// the stack afterwards from the public caller).
class HideStackFramesError extends Error {}

// Marker passed to E() for codes that Node raises from C++: those errors are
// plain instances of their base class with a `code` property, and their stack
// header and toString() do not carry the code.
const kNativeStyle = Symbol('kNativeStyle');

let internalUtilInspect = null;
function lazyInternalUtilInspect() {
  if (internalUtilInspect === null)
    internalUtilInspect = require('internal/util/inspect');
  return internalUtilInspect;
}

let internalAssert = null;
function assert(value, message) {
  if (internalAssert === null) internalAssert = require('internal/assert');
  internalAssert(value, message);
}

let bufferCtor;
function lazyBuffer() {
  if (bufferCtor === undefined) bufferCtor = require('buffer').Buffer;
  return bufferCtor;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ?
    desc.writable : desc.set !== undefined;
}

// V8 renders `stack` lazily from the error's name and message at the first
// read. Reading it once while an own `name` holds the "Name [CODE]" form gives
// the header Node prints; removing the own name afterwards restores the
// inherited one.
function renderStackWithCode(err, name, code) {
  err.name = `${name} [${code}]`;
  try {
    // eslint-disable-next-line no-unused-expressions
    err.stack;
  } catch {
    // A user Error.prepareStackTrace that throws leaves the stack unrendered.
  } finally {
    delete err.name;
  }
}

// Re-captures the stack of `err` above `fn`, keeping the "Name [CODE]" header
// for Node errors.
function captureStack(err, fn) {
  if (err === null || typeof err !== 'object') return;
  if (err[kIsNodeError] === true && typeof err.code === 'string') {
    const name = err.name;
    const ownName = Object.getOwnPropertyDescriptor(err, 'name');
    err.name = `${name} [${err.code}]`;
    Error.captureStackTrace(err, fn);
    // eslint-disable-next-line no-unused-expressions
    err.stack;
    if (ownName === undefined) delete err.name;
    else Object.defineProperty(err, 'name', ownName);
  } else {
    Error.captureStackTrace(err, fn);
  }
}

function getExpectedArgumentLength(msg) {
  const placeholders = msg.match(/%[dfijoOs]/g);
  return placeholders === null ? 0 : placeholders.length;
}

function argumentCountMessage(key, got, wanted) {
  return `Code: ${key}; The provided arguments length (${got}) does not ` +
    `match the required ones (${wanted}).`;
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    // Parameters with defaults do not count towards Function#length.
    assert(msg.length <= args.length,
           argumentCountMessage(key, args.length, msg.length));
    return msg.apply(self, args);
  }
  const expectedLength = getExpectedArgumentLength(msg);
  assert(expectedLength === args.length,
         argumentCountMessage(key, args.length, expectedLength));
  if (args.length === 0) return msg;
  return lazyInternalUtilInspect().format(msg, ...args);
}

function makeNodeErrorWithCode(Base, key) {
  class NodeError extends Base {
    constructor(...args) {
      super();
      this.code = key;
      Object.defineProperty(this, 'message', {
        value: getMessage(key, args, this),
        enumerable: false,
        writable: true,
        configurable: true,
      });
      renderStackWithCode(this, Base.name, key);
    }

    // Node reports the base class as the constructor (err.constructor.name
    // is 'TypeError', not the internal class name).
    get ['constructor']() {
      return Base;
    }

    get [kIsNodeError]() {
      return true;
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  }
  return NodeError;
}

function makeNodeErrorForHideStackFrame(ErrClass, Base) {
  class HiddenFramesNodeError extends ErrClass {
    constructor(...args) {
      if (isErrorStackTraceLimitWritable()) {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
          super(...args);
        } finally {
          Error.stackTraceLimit = limit;
        }
      } else {
        super(...args);
      }
    }

    get ['constructor']() {
      return Base;
    }
  }
  return HiddenFramesNodeError;
}

// Errors Node creates in C++: a plain `Base` instance plus `code`. Callable
// with or without `new`; an explicit message replaces the default one.
function makeNativeStyleError(Base, key) {
  const template = messages.get(key);
  function NativeStyleError(...args) {
    let message;
    if (typeof template === 'function') {
      message = template(...args);
    } else if (args.length > 0 && args[0] !== undefined) {
      message = String(args[0]);
    } else {
      message = template;
    }
    const err = new Base(message);
    err.code = key;
    Error.captureStackTrace(err, NativeStyleError);
    return err;
  }
  Object.defineProperty(NativeStyleError, Symbol.hasInstance, {
    value: (value) => value instanceof Base && value.code === key,
  });
  return NativeStyleError;
}

// A specialized Error for failed system calls reported with a Node code: the
// message carries the syscall, the uv code and description, and `info` holds
// the context ({ code, message, syscall, errno?, path?, dest? }).
class SystemError extends Error {
  constructor(key, context) {
    super();
    const prefix = getMessage(key, [], this);
    let message = `${prefix}: ${context.syscall} returned ` +
                  `${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;

    this.code = key;
    Object.defineProperties(this, {
      [kIsNodeError]: {
        value: true, enumerable: false, writable: false, configurable: true,
      },
      message: {
        value: message, enumerable: false, writable: true, configurable: true,
      },
      info: {
        value: context, enumerable: true, writable: false, configurable: true,
      },
      errno: {
        get() { return context.errno; },
        set(value) { context.errno = value; },
        enumerable: true,
        configurable: true,
      },
      syscall: {
        get() { return context.syscall; },
        set(value) { context.syscall = value; },
        enumerable: true,
        configurable: true,
      },
    });
    defineBufferBackedField(this, context, 'path');
    defineBufferBackedField(this, context, 'dest');

    this.name = `SystemError [${key}]`;
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    Object.defineProperty(this, 'name', {
      value: 'SystemError', enumerable: false, writable: true, configurable: true,
    });
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return lazyInternalUtilInspect().inspect(this, {
      ...ctx,
      getters: true,
      customInspect: false,
    });
  }
}

function defineBufferBackedField(err, context, field) {
  if (context[field] === undefined) return;
  Object.defineProperty(err, field, {
    get() {
      return context[field] != null ?
        context[field].toString() : context[field];
    },
    set(value) {
      context[field] = value ?
        lazyBuffer().from(value.toString()) : undefined;
    },
    enumerable: true,
    configurable: true,
  });
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

// Registers a code. `def` is the base class (Error, TypeError, RangeError,
// SystemError); `otherClasses` may add `codes.X.RangeError`-style variants,
// HideStackFramesError (adds `.HideStackFramesError`) or kNativeStyle.
function E(sym, val, def, ...otherClasses) {
  messages.set(sym, val);
  if (otherClasses.includes(kNativeStyle)) {
    codes[sym] = makeNativeStyleError(def, sym);
    return;
  }
  const ErrClass = def === SystemError ?
    makeSystemErrorWithCode(sym) : makeNodeErrorWithCode(def, sym);
  const hides = otherClasses.includes(HideStackFramesError);
  for (const clazz of otherClasses) {
    if (clazz === HideStackFramesError) continue;
    const Variant = makeNodeErrorWithCode(clazz, sym);
    if (hides) {
      Variant.HideStackFramesError =
        makeNodeErrorForHideStackFrame(Variant, clazz);
    }
    ErrClass[clazz.name] = Variant;
  }
  // Every code gets the variant so callers never need to know which do.
  ErrClass.HideStackFramesError = def === SystemError ?
    ErrClass : makeNodeErrorForHideStackFrame(ErrClass, def);
  codes[sym] = ErrClass;
}

// Wraps `fn` so that an error it throws has its stack captured from the
// wrapper's caller: validation helpers do not appear in user stack traces.
function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return fn.apply(this, args);
    } catch (error) {
      if (Error.stackTraceLimit) captureStack(error, wrappedFn);
      throw error;
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

const { defineCodes, determineSpecificType, formatList,
        addNumericalSeparator } = require('internal/errors/messages');
defineCodes(E, { SystemError, HideStackFramesError, kNativeStyle, assert });

const systemErrors = require('internal/errors/system');

const aggregateTwoErrors = (innerError, outerError) => {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      // `outerError` already aggregates: add to it.
      outerError.errors.push(innerError);
      return outerError;
    }
    let err;
    if (isErrorStackTraceLimitWritable()) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      // eslint-disable-next-line no-restricted-syntax
      err = new AggregateError([outerError, innerError], outerError.message);
      Error.stackTraceLimit = limit;
      Error.captureStackTrace(err, aggregateTwoErrors);
    } else {
      // eslint-disable-next-line no-restricted-syntax
      err = new AggregateError([outerError, innerError], outerError.message);
    }
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
};

class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super(errors, message);
    this.code = errors[0] && errors[0].code;
  }

  get [kIsNodeError]() {
    return true;
  }

  get ['constructor']() {
    return AggregateError;
  }
}

// Node's AbortError is a plain Error with Node's code and name (not a
// DOMException), so userland code can construct and match it.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

const genericNodeError = hideStackFrames(
  function genericNodeError(message, errorProperties) {
    // eslint-disable-next-line no-restricted-syntax
    const err = new Error(message);
    Object.assign(err, errorProperties);
    return err;
  });

function inspectWithNoCustomRetry(obj, options) {
  const utilInspect = lazyInternalUtilInspect();
  try {
    return utilInspect.inspect(obj, options);
  } catch {
    return utilInspect.inspect(obj, { ...options, customInspect: false });
  }
}

let maxStackErrorName;
let maxStackErrorMessage;
// True when `err` is the engine's "Maximum call stack size exceeded" error.
function isStackOverflowError(err) {
  if (maxStackErrorMessage === undefined) {
    try {
      function overflowStack() { overflowStack(); }
      overflowStack();
    } catch (overflow) {
      maxStackErrorMessage = overflow.message;
      maxStackErrorName = overflow.name;
    }
  }
  return Boolean(err) && err.name === maxStackErrorName &&
    err.message === maxStackErrorMessage;
}

// Node 20 enlarges stacks of errors thrown inside hideStackFrames(); here the
// frames are re-captured by hideStackFrames itself, so this is the identity.
function captureLargerStackTrace(err) {
  return err;
}

module.exports = {
  AbortError,
  aggregateTwoErrors,
  addNumericalSeparator,
  captureLargerStackTrace,
  codes,
  ConnResetException: systemErrors.ConnResetException,
  connResetException: systemErrors.ConnResetException,
  determineSpecificType,
  DNSException: systemErrors.DNSException,
  dnsException: systemErrors.DNSException,
  E,
  ErrnoException: systemErrors.ErrnoException,
  errnoException: systemErrors.ErrnoException,
  ExceptionWithHostPort: systemErrors.ExceptionWithHostPort,
  exceptionWithHostPort: systemErrors.ExceptionWithHostPort,
  formatList,
  genericNodeError,
  getMessage,
  getSystemErrorName: systemErrors.getSystemErrorName,
  hideStackFrames,
  inspectWithNoCustomRetry,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  kIsNodeError,
  NodeAggregateError,
  SystemError,
  uvErrmapGet: systemErrors.uvErrmapGet,
  UVException: systemErrors.UVException,
  uvException: systemErrors.UVException,
  UVExceptionWithHostPort: systemErrors.UVExceptionWithHostPort,
  uvExceptionWithHostPort: systemErrors.UVExceptionWithHostPort,
};
