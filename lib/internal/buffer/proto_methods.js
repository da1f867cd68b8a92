'use strict';
// The per-encoding methods node puts on Buffer.prototype (buf.utf8Slice, buf.hexWrite, ...). Some
// packages call them directly, and util.inspect uses hexSlice. Their argument checks mirror node's
// native ones, including its plain (non-NodeError) error objects.

const binding = internalBinding('buffer');
const {
  conversions, encodingsMap, sliceOrThrow, utf8Write,
} = require('internal/buffer/encoding_ops');

// Errors raised by node's C++ layer: a plain TypeError/RangeError carrying only a `code`.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

function outOfRange() {
  return nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
}

function checkReceiver(view) {
  if (!ArrayBuffer.isView(view)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
  }
}

// node's ParseArrayIndex: undefined → the default, otherwise ToInteger, negatives rejected.
function arrayIndex(value, defaultValue) {
  if (value === undefined) return defaultValue;
  const n = Math.trunc(Number(value)) || 0;
  if (n < 0) throw outOfRange();
  return n;
}

function makeSlice(encodingVal) {
  return function(start, end) {
    checkReceiver(this);
    const length = this.byteLength;
    start = arrayIndex(start, 0);
    end = arrayIndex(end, length);
    if (end < start) end = start;
    if (end > length) throw outOfRange();
    if (start === end) return '';
    return sliceOrThrow(this, start, end, encodingVal);
  };
}

// buf.<encoding>Write(string, offset, length), native in node: offset and length parsed as
// indices, the length then clamped to the room left. `write` (utf8's) takes over from the native
// call where it is cheaper.
function makeWrite(encodingVal, write) {
  return function(string, offset, length) {
    checkReceiver(this);
    if (typeof string !== 'string') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    const byteLength = this.byteLength;
    offset = arrayIndex(offset, 0);
    if (offset > byteLength) {
      throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
                        '"offset" is outside of buffer bounds');
    }
    length = Math.min(arrayIndex(length, byteLength - offset), byteLength - offset);
    if (length === 0) return 0;
    const written = write !== undefined ? write(this, string, offset, length) :
      binding.write(this, string, offset, length, encodingVal);
    if (conversions.enabled) conversions.recordFromString(encodingVal, written);
    return written;
  };
}

// As node's native methods: named, and with length 0.
function nativeMethod(name, fn) {
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(fn, 'length', { value: 0 });
  return fn;
}

const kEncodings = ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8'];

function addEncodingMethods(proto) {
  for (const name of kEncodings) {
    proto[`${name}Slice`] = nativeMethod(`${name}Slice`, makeSlice(encodingsMap[name]));
  }
  for (const name of kEncodings) {
    const write = name === 'utf8' ? utf8Write : undefined;
    proto[`${name}Write`] = nativeMethod(`${name}Write`, makeWrite(encodingsMap[name], write));
  }
}

module.exports = { addEncodingMethods, nativeError, outOfRange };
