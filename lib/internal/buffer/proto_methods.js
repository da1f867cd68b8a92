'use strict';
// The per-encoding methods node puts on Buffer.prototype (buf.utf8Slice, buf.hexWrite, ...). Some
// packages call them directly, and util.inspect uses hexSlice. Their argument checks mirror node's
// native ones, including its plain (non-NodeError) error objects.

const binding = internalBinding('buffer');
const {
  conversions, encodingsMap, sliceOrThrow, utf8Write,
} = require('internal/buffer/encoding_ops');
const { codes: { ERR_BUFFER_OUT_OF_BOUNDS } } = require('internal/errors');

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

// The writers node implements natively (hex, base64, ucs2): offset and length parsed as indices.
function makeNativeWrite(encodingVal) {
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
    const written = binding.write(this, string, offset, length, encodingVal);
    if (conversions.enabled) conversions.recordFromString(encodingVal, written);
    return written;
  };
}

// The writers node implements in JS (utf8, latin1, ascii): defaults, then range checks.
function makeJsWrite(encodingVal, write) {
  return function(string, offset = 0, length = this.byteLength - offset) {
    checkReceiver(this);
    if (offset < 0 || offset > this.byteLength) {
      throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    }
    if (length < 0 || length > this.byteLength - offset) {
      throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    }
    if (typeof string !== 'string') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    // Fractional offsets or lengths act as their integer part, as in node's native layer.
    offset = Math.trunc(offset) || 0;
    length = Math.trunc(length) || 0;
    // Checked again after conversion: a valueOf() may answer differently the second time.
    if (offset < 0 || offset > this.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    if (length < 0 || length > this.byteLength - offset) {
      throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    }
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
  proto.asciiWrite = makeJsWrite(encodingsMap.ascii);
  proto.base64Write = makeNativeWrite(encodingsMap.base64);
  proto.base64urlWrite = makeNativeWrite(encodingsMap.base64url);
  proto.latin1Write = makeJsWrite(encodingsMap.latin1);
  proto.hexWrite = makeNativeWrite(encodingsMap.hex);
  proto.ucs2Write = makeNativeWrite(encodingsMap.ucs2);
  proto.utf8Write = makeJsWrite(encodingsMap.utf8, utf8Write);
}

module.exports = { addEncodingMethods, nativeError };
