'use strict';
// node's `buffer` module: the Buffer class (a Uint8Array subclass), its 8 KiB allocation pool,
// and the module's other exports. Validation and errors live here; the byte work is the native
// `buffer` binding's.

const binding = internalBinding('buffer');
const { compare: _compare, kMaxLength, kStringMaxLength } = binding;

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS,
    ERR_UNKNOWN_ENCODING,
  },
  hideStackFrames,
} = require('internal/errors');
const { validateArray, validateInteger, validateNumber } = require('internal/validators');
const { kIsEncodingSymbol, normalizeEncoding } = require('internal/util');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
} = require('internal/util/types');
const { FastBuffer } = require('internal/buffer/fast_buffer');
const { createPoolArrayBuffer, createUnsafeView } = require('internal/buffer/allocate');
const {
  conversions, encodingOps, getEncodingOps, utf8ByteLength,
} = require('internal/buffer/encoding_ops');
const {
  installPrototype,
  _copyActual,
  _fill,
  getInspectMaxBytes,
  setInspectMaxBytes,
  validateOffset,
} = require('internal/buffer/prototype');

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
installPrototype(Buffer);

const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});

// The pool: a bump pointer over one ArrayBuffer of Buffer.poolSize bytes (as read when the pool
// was made); small allocations are carved from it 8-byte aligned, and a new pool replaces it when
// the next one does not fit. The old pool lives as long as any Buffer still points into it.
Buffer.poolSize = 8 * 1024;
let poolSize;
let poolOffset;
let allocPool;
let allocBuffer;  // a view of the whole pool: strings are encoded straight into its free end

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = createPoolArrayBuffer(poolSize);
  allocBuffer = new FastBuffer(allocPool);
  poolOffset = 0;
}
createPool();

function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function createUnsafeBuffer(size) {
  return createUnsafeView(FastBuffer, size);
}

// DEP0005: `Buffer()` / `new Buffer()` warn once, except when called from inside node_modules.
const bufferWarning = 'Buffer() is deprecated due to security and usability ' +
                      'issues. Please use the Buffer.alloc(), ' +
                      'Buffer.allocUnsafe(), or Buffer.from() methods instead.';
let bufferWarningAlreadyEmitted = false;
let nodeModulesCheckCounter = 0;

function isInsideNodeModules() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return false;
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('octet:') || line.includes('(node:')) continue;
    return /[\\/]node_modules[\\/]/.test(line);
  }
  return false;
}

function showFlaggedDeprecation() {
  if (bufferWarningAlreadyEmitted || ++nodeModulesCheckCounter > 10000 || isInsideNodeModules()) {
    return;
  }
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningAlreadyEmitted = true;
}

/**
 * The legacy constructor: `Buffer(size)` or `Buffer(value, encodingOrOffset, length)`, with or
 * without `new`. Deprecated (DEP0005) in favour of Buffer.alloc / Buffer.from.
 */
function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

/**
 * Buffer.from(string[, encoding]), (arrayBuffer[, byteOffset[, length]]), (buffer), (array),
 * (arrayLike), or an object whose valueOf() / Symbol.toPrimitive gives one of those.
 */
Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }

    const b = fromObject(value);
    if (b) return b;

    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }

  throw new ERR_INVALID_ARG_TYPE(
    'first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
    value,
  );
};

/** Copies the bytes under a typed array (optionally a range of its elements) into a new Buffer. */
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);

  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.slice(offset, end);
  }

  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

// An arrow function, like %TypedArray%.of, so Buffer.of is not a constructor.
const of = (...items) => {
  const newObj = createUnsafeBuffer(items.length);
  for (let k = 0; k < items.length; k++) newObj[k] = items[k];
  return newObj;
};
Buffer.of = of;

Object.setPrototypeOf(Buffer, Uint8Array);

const assertSize = hideStackFrames((size) => {
  validateNumber(size, 'size', 0, kMaxLength);
});

/** A zero-filled Buffer of `size` bytes, optionally filled with `fill`. Never pooled. */
Buffer.alloc = function alloc(size, fill, encoding) {
  assertSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

/** An uninitialized Buffer; sizes below poolSize / 2 come from the shared pool. */
Buffer.allocUnsafe = function allocUnsafe(size) {
  assertSize(size);
  return allocate(size);
};

/** An uninitialized Buffer with its own ArrayBuffer. */
Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  assertSize(size);
  return createUnsafeBuffer(size);
};

/** Deprecated: the same as Buffer.allocUnsafeSlow(length). */
function SlowBuffer(length) {
  assertSize(length);
  return createUnsafeBuffer(length);
}

Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

// A string's bytes in their own ArrayBuffer (too large for the pool). As in node, when the
// estimate was high (base64 with whitespace, hex with junk) the result is a shorter view of it.
function createFromString(string, ops, length) {
  if (length === undefined) {
    // ASCII text, the usual case: its UTF-8 is its Latin-1, one copy with no measuring pass.
    // Two-byte strings cannot be ASCII: no buffer is made for them to try.
    if (ops === encodingOps.utf8 && binding.isOneByte(string)) {
      const buf = createUnsafeBuffer(string.length);
      if (binding.writeIfAscii(buf, string)) {
        if (conversions.enabled) conversions.recordFromString(ops.encodingVal, string.length);
        return buf;
      }
    }
    length = ops.byteLength(string);
  }
  const buf = createUnsafeBuffer(length);
  const actual = ops.writeFresh(buf, string, 0, length);
  if (conversions.enabled) conversions.recordFromString(ops.encodingVal, actual);
  return actual < length ? new FastBuffer(buf.buffer, 0, actual) : buf;
}

// node's pool decision, kept exactly so buffers share pools as they do in node: strings shorter
// than a quarter of the pool's half go straight to the pool with room for 4 bytes per unit
// (no separate byteLength pass); longer ones are measured first.
function fromStringFast(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= maxLength) return createFromString(string, ops);
  length *= 4;
  if (length >= maxLength) length = ops.byteLength(string);
  if (length >= maxLength) return createFromString(string, ops, length);
  if (length > (poolSize - poolOffset)) createPool();
  const actual = ops.writeFresh(allocBuffer, string, poolOffset, length);
  if (conversions.enabled) conversions.recordFromString(ops.encodingVal, actual);
  const b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0 || encoding === 'utf8') {
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  return string.length === 0 ? new FastBuffer() : fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }

  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');

  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }

  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    b.set(obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

// Static methods

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return _compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
         normalizeEncoding(encoding) !== undefined;
};
Buffer[kIsEncodingSymbol] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();

  // Each input's `length` is read as node reads it (a subclass may redefine it); anything that
  // is not a Uint8Array is rejected below.
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }

  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += _copyActual(buf, buffer, pos, 0, buf.length);
  }

  // A `length` beyond the inputs' total leaves bytes no input wrote: zero them.
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }

  const len = string.length;
  if (len === 0) return 0;

  if (!encoding || encoding === 'utf8') return utf8ByteLength(string);
  if (encoding === 'ascii') return len;
  const ops = getEncodingOps(encoding);
  // An unknown encoding counts as UTF-8, as in node.
  if (ops === undefined) return utf8ByteLength(string);
  return ops.byteLength(string);
}

Buffer.byteLength = byteLength;

let lazyUtil;
function util() {
  if (lazyUtil === undefined) {
    lazyUtil = {
      ...require('internal/buffer/transcode'),
      ...require('internal/buffer/base64_web'),
    };
  }
  return lazyUtil;
}

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    checkNotDetached(input);
    return binding.isUtf8(input);
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    checkNotDetached(input);
    return binding.isAscii(input);
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

// node checks in native code: only a detached ArrayBuffer itself is refused (a view of one just
// has no bytes), with a plain Error carrying a code, as node's native errors are.
function checkNotDetached(input) {
  if (!isAnyArrayBuffer(input) || input.byteLength !== 0) return;
  if (require('internal/util').isArrayBufferDetached(input)) {
    const err = new Error('Cannot validate on a detached buffer');
    err.code = 'ERR_INVALID_STATE';
    throw err;
  }
}

let Blob;
let File;

module.exports = {
  Buffer,
  SlowBuffer,
  transcode(source, fromEncoding, toEncoding) {
    return util().transcode(source, fromEncoding, toEncoding);
  },
  isUtf8,
  isAscii,

  // Legacy
  kMaxLength,
  kStringMaxLength,
  btoa: function btoa(input) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
    return util().btoa(input);
  },
  atob: function atob(input) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
    return util().atob(input);
  },
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return getInspectMaxBytes(); },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      setInspectMaxBytes(val);
    },
  },
  Blob: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (Blob === undefined) Blob = require('internal/blob').Blob;
      return Blob;
    },
  },
  resolveObjectURL: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('internal/blob').resolveObjectURL; },
  },
  File: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (File === undefined) File = require('internal/blob').File;
      return File;
    },
  },
});
