'use strict';
// What the crypto modules share: argument coercion to bytes (node's getArrayBufferOrView rules),
// encoding names → the ids the native side understands, Buffers over native results, the cached
// algorithm lists, and node's C++-style errors (a plain Error plus `code`).

const binding = internalBinding('crypto');
const { encodings } = internalBinding('buffer');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer/fast_buffer');
const {
  hideStackFrames,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { cachedResult, filterDuplicateStrings, normalizeEncoding } = require('internal/util');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const kHandle = Symbol('kHandle');

// Node's encoding names → the buffer binding's ids, for strings the native side decodes or
// produces itself (no intermediate Buffer).
const encodingIds = {
  __proto__: null,
  utf8: encodings.utf8,
  utf16le: encodings.ucs2,
  latin1: encodings.latin1,
  ascii: encodings.ascii,
  base64: encodings.base64,
  base64url: encodings.base64url,
  hex: encodings.hex,
};

// The id for decoding a string argument: unknown names (and 'buffer') read as UTF-8, as in node.
function inputEncodingId(encoding) {
  const normalized = normalizeEncoding(encoding);
  return normalized === undefined ? encodings.utf8 : encodingIds[normalized];
}

// The id for an output encoding, or undefined for bytes ('buffer', unknown names, nothing).
function outputEncodingId(encoding) {
  if (!encoding) return undefined;
  const normalized = normalizeEncoding(encoding);
  return normalized === undefined ? undefined : encodingIds[normalized];
}

// A Buffer over an ArrayBuffer the native side made (no copy).
function toBuffer(arrayBuffer) {
  return new FastBuffer(arrayBuffer);
}

// A native digest result: the string it already is, or bytes. When a string was asked for but
// came back as bytes (too long for a string), toString() raises node's error.
function digestResult(result, encoding) {
  if (typeof result === 'string') return result;
  const buffer = toBuffer(result);
  return encoding === undefined ? buffer : buffer.toString(encoding);
}

// Strings become Buffers (in `encoding`; 'buffer' means UTF-8); ArrayBuffers and views pass.
const getArrayBufferOrView = hideStackFrames((buffer, name, encoding) => {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE.HideStackFramesError(
      name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return buffer;
});

function toBuf(value, encoding) {
  if (typeof value === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(value, encoding);
  }
  return value;
}

const validateByteSource = hideStackFrames((value, name) => {
  value = toBuf(value);
  if (isAnyArrayBuffer(value) || isArrayBufferView(value)) return value;
  throw new ERR_INVALID_ARG_TYPE.HideStackFramesError(
    name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], value);
});

// options[key] when it is set: it must then be a string.
function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

// Key material for HMAC and ciphers. KeyObjects and CryptoKeys are named in the error, as node
// names them, but only raw bytes are accepted.
function prepareSecretKey(key, encoding) {
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE(
      'key',
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'],
      key);
  }
  return getArrayBufferOrView(key, 'key', encoding);
}

// An error as node's C++ layer makes it: `new Base(message)` with a `code`, no "[code]" in the
// name. Used where node throws from native code and no JS error class exists for the message.
function nativeError(Base, code, message, constructorOpt) {
  const error = new Base(message);
  error.code = code;
  Error.captureStackTrace(error, constructorOpt || nativeError);
  return error;
}

const getCiphers = cachedResult(() => filterDuplicateStrings(binding.getCiphers()));
const getHashes = cachedResult(() => filterDuplicateStrings(binding.getHashes()));

module.exports = {
  digestResult,
  getArrayBufferOrView,
  getCiphers,
  getHashes,
  getStringOption,
  inputEncodingId,
  kHandle,
  nativeError,
  outputEncodingId,
  prepareSecretKey,
  toBuf,
  toBuffer,
  validateByteSource,
};
