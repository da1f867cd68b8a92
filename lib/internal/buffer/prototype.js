'use strict';
// Buffer.prototype: the instance methods (toString, write, copy, compare, equals, indexOf, fill,
// subarray, swap*, toJSON, inspect) and the numeric readers/writers, installed by lib/buffer.js.
// _fill and _copyActual are also the workers behind Buffer.alloc and Buffer.concat.

const {
  compare: _compare,
  compareOffset,
  copy: _copyNative,
  fillBuffer,
  fillString,
  indexOfBuffer,
  indexOfNumber,
  swap16: _swap16,
  swap32: _swap32,
  swap64: _swap64,
  kMaxLength,
} = internalBinding('buffer');
const { getOwnNonIndexProperties, constants: { ALL_PROPERTIES, ONLY_ENUMERABLE } } =
  internalBinding('util');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateBuffer,
  validateInteger,
  validateString,
} = require('internal/validators');
const { customInspectSymbol, normalizeEncoding } = require('internal/util');
const { isArrayBufferView, isUint8Array } = require('internal/util/types');
const { FastBuffer } = require('internal/buffer/fast_buffer');
const {
  conversions, encodingOps, encodingsMap, getEncodingOps, sliceByName, sliceOrThrow,
} = require('internal/buffer/encoding_ops');
const { addEncodingMethods, nativeError, outOfRange } = require('internal/buffer/proto_methods');
const {
  typedArrayBuffer, typedArrayByteLength, typedArrayByteOffset, typedArrayLength,
} = require('internal/buffer/view_getters');
const readers = require('internal/buffer/read');
const writers = require('internal/buffer/write');

const kUtf8 = encodingsMap.utf8;
const typedArraySet = Uint8Array.prototype.set;

// lib/buffer.js's Buffer, for `instanceof` in the parent/offset getters.
let Buffer;

// How many bytes util.inspect shows; buffer.INSPECT_MAX_BYTES reads and sets it.
let inspectMaxBytes = 50;
function getInspectMaxBytes() { return inspectMaxBytes; }
function setInspectMaxBytes(value) { inspectMaxBytes = value; }

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  // Lengths are read as node reads them: through `length`, which a subclass may redefine.
  const sourceLength = source.length;

  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }

  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > sourceLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${sourceLength}`, sourceStart);
    }
  }

  if (sourceEnd === undefined) {
    sourceEnd = sourceLength;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }

  const targetLength = target.length;
  if (targetStart >= targetLength || sourceStart >= sourceEnd) return 0;
  return copyBytes(source, target, targetStart, sourceStart, sourceEnd, sourceLength, targetLength);
}

// source and target: Uint8Arrays (the callers have checked).
function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  return copyBytes(source, target, targetStart, sourceStart, sourceEnd, source.length,
                   target.length);
}

// Up to 16 bytes pass through here, so that overlapping views copy as memmove does.
const smallCopy = new Uint8Array(16);

function copyBytes(source, target, targetStart, sourceStart, sourceEnd, sourceLength,
                   targetLength) {
  if (sourceEnd - sourceStart > targetLength - targetStart) {
    sourceEnd = sourceStart + targetLength - targetStart;
  }

  let nb = sourceEnd - sourceStart;
  const sourceLen = sourceLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;

  if (sourceStart === 0 && nb === sourceLength) {
    // The whole source (concat's case): V8's own typed-array copy, a memmove without the cost of
    // a native call. Overlapping views of one buffer copy as memmove does. Empty sources too, as
    // in node: a detached one makes set() throw node's TypeError.
    typedArraySet.call(target, source, targetStart);
    return nb;
  }
  if (nb <= 0) return 0;
  if (source[sourceStart + nb - 1] === undefined || target[targetStart + nb - 1] === undefined) {
    // Past a view's end: only a redefined `length` gets here. node's own steps, whose checks
    // (or lack of them, inside a larger ArrayBuffer) are V8's.
    const part = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
    typedArraySet.call(target, part, targetStart);
    return nb;
  }
  if (nb <= 16) {
    // A native call costs more than a few element copies.
    for (let i = 0; i < nb; i++) smallCopy[i] = source[sourceStart + i];
    for (let i = 0; i < nb; i++) target[targetStart + i] = smallCopy[i];
    return nb;
  }
  _copyNative(source, target, targetStart, sourceStart, nb);
  return nb;
}

let utilInspect;

// Finds val in buffer: a number (one byte), a string in an encoding, or another buffer.
// byteOffset rules follow node exactly: clamped to int32, NaN means "whole buffer", negatives
// count from the end.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);

  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  // Values like null and [] become 0.
  byteOffset = +byteOffset;
  // undefined, "foo", {} coerce to NaN: search the whole buffer.
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;

  if (typeof val === 'number') return indexOfNumber(buffer, val >>> 0, byteOffset, dir);

  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }

  if (isUint8Array(val)) {
    const encodingVal = (ops === undefined ? encodingsMap.utf8 : ops.encodingVal);
    return indexOfBuffer(buffer, val, byteOffset, encodingVal, dir);
  }

  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }

    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }

    if (value.length === 0) {
      // An empty string fills with zeroes.
      value = 0;
    } else if (value.length === 1) {
      // One character that is one byte in this encoding: fill with its number.
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalizedEncoding;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    // Invalid ranges are not set to a default, so can range check early.
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    const byteLen = buf.byteLength;
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }

  checkThis(buf);
  let res;
  if (typeof value === 'string') {
    if (end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    res = fillString(buf, value, offset, end, encodingsMap[encodingName(encoding)]);
  } else if (isArrayBufferView(value)) {
    if (end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    res = fillBuffer(buf, value, offset, end);
  } else {
    // Anything else (booleans, objects with valueOf) fills with ToUint32(value) & 255.
    value = (value >>> 0) & 255;
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  if (res < 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  return buf;
}

// normalizeEncoding() names → the binding's encoding table keys.
function encodingName(normalized) {
  return normalized === 'utf16le' ? 'ucs2' : normalized;
}

function adjustOffset(offset, length) {
  // Math.trunc, not |0: offsets may exceed int32.
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

// node's subarray, for receivers that are not Uint8Arrays.
function viewSubarray(view, start, end) {
  const srcLength = view.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(view.buffer, view.byteOffset + start, newLength);
}

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

// Methods reached with call() on something that is not a view fail as node's native layer does.
function checkThis(view) {
  if (!isArrayBufferView(view)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
  }
}

const validateOffset = (value, name, min = 0, max = kMaxLength) =>
  validateInteger(value, name, min, max);

// The numeric readers/writers and per-encoding methods, in node's property order.
function addPrototypeMethods(proto) {
  proto.readBigUInt64LE = readers.readBigUInt64LE;
  proto.readBigUInt64BE = readers.readBigUInt64BE;
  proto.readBigUint64LE = readers.readBigUInt64LE;
  proto.readBigUint64BE = readers.readBigUInt64BE;
  proto.readBigInt64LE = readers.readBigInt64LE;
  proto.readBigInt64BE = readers.readBigInt64BE;
  proto.writeBigUInt64LE = writers.writeBigUInt64LE;
  proto.writeBigUInt64BE = writers.writeBigUInt64BE;
  proto.writeBigUint64LE = writers.writeBigUInt64LE;
  proto.writeBigUint64BE = writers.writeBigUInt64BE;
  proto.writeBigInt64LE = writers.writeBigInt64LE;
  proto.writeBigInt64BE = writers.writeBigInt64BE;

  // Unsigned, their lower-case `Uint` aliases, then signed; readers before writers.
  const intNames = ['IntLE', 'Int32LE', 'Int16LE', 'Int8', 'IntBE', 'Int32BE', 'Int16BE'];
  for (const prefix of ['read', 'write']) {
    const source = prefix === 'read' ? readers : writers;
    for (const name of intNames) proto[`${prefix}U${name}`] = source[`${prefix}U${name}`];
    for (const name of intNames) {
      proto[`${prefix}Ui${name.slice(1)}`] = source[`${prefix}U${name}`];
    }
    for (const name of intNames) proto[`${prefix}${name}`] = source[`${prefix}${name}`];
  }

  proto.readFloatLE = readers.readFloatLE;
  proto.readFloatBE = readers.readFloatBE;
  proto.readDoubleLE = readers.readDoubleLE;
  proto.readDoubleBE = readers.readDoubleBE;
  proto.writeFloatLE = writers.writeFloatLE;
  proto.writeFloatBE = writers.writeFloatBE;
  proto.writeDoubleLE = writers.writeDoubleLE;
  proto.writeDoubleBE = writers.writeDoubleBE;

  addEncodingMethods(proto);
}

function installPrototype(BufferClass) {
  Buffer = BufferClass;
  const proto = Buffer.prototype;
  addPrototypeMethods(proto);
  // Instance methods and accessors

  Object.defineProperty(proto, 'parent', {
    __proto__: null,
    enumerable: true,
    get() {
      if (!(this instanceof Buffer)) return undefined;
      return this.buffer;
    },
  });
  Object.defineProperty(proto, 'offset', {
    __proto__: null,
    enumerable: true,
    get() {
      if (!(this instanceof Buffer)) return undefined;
      return this.byteOffset;
    },
  });

  proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
    return _copy(this, target, targetStart, sourceStart, sourceEnd);
  };

  proto.toString = function toString(encoding, start, end) {
    // Not a Uint8Array (a call() on something else): node's path, through this.utf8Slice.
    if (!isUint8Array(this)) return this.utf8Slice(0, this.length);
    // The view's own length, where node reads `this.length`: the native slice below trusts it.
    const len = typedArrayLength(this);
    if (arguments.length === 0) return sliceOrThrow(this, 0, len, kUtf8);

    if (start === undefined) {
      start = 0;
    } else if (start <= 0) {
      start = 0;
    } else if (start >= len) {
      return '';
    } else {
      start = Math.trunc(start) || 0;
    }

    if (end === undefined || end > len) {
      end = len;
    } else {
      end = Math.trunc(end) || 0;
    }

    if (end <= start) return '';
    // Only an object whose valueOf() changes between calls gets here with these.
    if (start < 0 || end > len) throw outOfRange();

    if (encoding === undefined) return sliceOrThrow(this, start, end, kUtf8);
    const result = sliceByName(this, encoding, start, end);
    if (result === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return result;
  };

  proto.equals = function equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    // node reads both lengths through the typed-array getter, which rejects other receivers.
    const len = typedArrayByteLength(this);
    if (len !== typedArrayByteLength(otherBuffer)) return false;
    return len === 0 || _compare(this, otherBuffer) === 0;
  };

  // util.inspect() shows a Buffer as <Buffer 68 65 6c 6c 6f ... N more bytes, extra: props>.
  proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
    const max = inspectMaxBytes;
    const actualMax = Math.min(max, this.length);
    const remaining = this.length - max;
    let str = this.hexSlice(0, actualMax).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    // Own non-index properties are shown too.
    if (ctx) {
      let extras = false;
      const filter = ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE;
      const obj = { __proto__: null };
      getOwnNonIndexProperties(this, filter).forEach((key) => {
        extras = true;
        obj[key] = this[key];
      });
      if (extras) {
        if (utilInspect === undefined) utilInspect = require('internal/util/inspect').inspect;
        if (this.length !== 0) str += ', ';
        // '[Object: null prototype] {'.length === 26
        str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
      }
    }
    return `<${this.constructor.name} ${str}>`;
  };
  proto.inspect = proto[customInspectSymbol];

  proto.compare = function compare(target, targetStart, targetEnd, sourceStart,
                                              sourceEnd) {
    if (!isUint8Array(target)) {
      throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    }
    checkThis(this);
    if (arguments.length === 1) return _compare(this, target);

    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');

    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);

    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');

    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);

    if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
    if (targetStart >= targetEnd) return 1;

    return compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
  };

  proto.indexOf = function indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  };

  proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  };

  proto.includes = function includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  };

  // buf.fill(value[, offset[, end]][, encoding])
  proto.fill = function fill(value, offset, end, encoding) {
    return _fill(this, value, offset, end, encoding);
  };

  proto.write = function write(string, offset, length, encoding) {
    // Buffer#write(string);
    if (offset === undefined) return this.utf8Write(string, 0, this.length);

    // Buffer#write(string, encoding)
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      // Buffer#write(string, offset[, length][, encoding])
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
    if (encoding === 'ascii') return this.asciiWrite(string, offset, length);

    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (typeof string !== 'string') return this.utf8Write(string, offset, length);
    if (length === 0) return 0;
    const written = ops.write(this, string, offset, length);
    if (conversions.enabled) conversions.recordFromString(ops.encodingVal, written);
    return written;
  };

  proto.toJSON = function toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; ++i) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  };

  proto.subarray = function subarray(start, end) {
    // Other receivers (a call() on another kind of view) go through their own properties.
    if (!isUint8Array(this)) return viewSubarray(this, start, end);
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(typedArrayBuffer(this), typedArrayByteOffset(this) + start, newLength);
  };

  proto.slice = function slice(start, end) {
    return this.subarray(start, end);
  };

  // Small buffers swap faster in JS than through a native call.
  proto.swap16 = function swap16() {
    const len = this.length;
    if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
    if (len < 128) {
      for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
      return this;
    }
    checkThis(this);
    _swap16(this);
    return this;
  };

  proto.swap32 = function swap32() {
    const len = this.length;
    if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
    if (len < 192) {
      for (let i = 0; i < len; i += 4) {
        swap(this, i, i + 3);
        swap(this, i + 1, i + 2);
      }
      return this;
    }
    checkThis(this);
    _swap32(this);
    return this;
  };

  proto.swap64 = function swap64() {
    const len = this.length;
    if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
    if (len < 192) {
      for (let i = 0; i < len; i += 8) {
        swap(this, i, i + 7);
        swap(this, i + 1, i + 6);
        swap(this, i + 2, i + 5);
        swap(this, i + 3, i + 4);
      }
      return this;
    }
    checkThis(this);
    _swap64(this);
    return this;
  };

  proto.toLocaleString = proto.toString;
}

module.exports = {
  installPrototype,
  _copyActual,
  _fill,
  getInspectMaxBytes,
  setInspectMaxBytes,
  validateOffset,
};
