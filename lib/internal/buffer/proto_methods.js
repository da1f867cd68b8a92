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

function addEncodingMethods(proto) {
  proto.asciiSlice = makeSlice(encodingsMap.ascii);
  proto.base64Slice = makeSlice(encodingsMap.base64);
  proto.base64urlSlice = makeSlice(encodingsMap.base64url);
  proto.latin1Slice = makeSlice(encodingsMap.latin1);
  proto.hexSlice = makeSlice(encodingsMap.hex);
  proto.ucs2Slice = makeSlice(encodingsMap.ucs2);
  proto.utf8Slice = makeSlice(encodingsMap.utf8);
  proto.asciiWrite = makeWrite(encodingsMap.ascii);
  proto.base64Write = makeWrite(encodingsMap.base64);
  proto.base64urlWrite = makeWrite(encodingsMap.base64url);
  proto.latin1Write = makeWrite(encodingsMap.latin1);
  proto.hexWrite = makeWrite(encodingsMap.hex);
  proto.ucs2Write = makeWrite(encodingsMap.ucs2);
  proto.utf8Write = makeWrite(encodingsMap.utf8, utf8Write);
}

module.exports = { addEncodingMethods, nativeError, outOfRange };
