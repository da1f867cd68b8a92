'use strict';
// createCipheriv / createDecipheriv: Cipheriv and Decipheriv over the native CipherBase. Both are
// Transform streams (see lazy_transform.js). Text output goes through a StringDecoder so that a
// multi-byte character split between two update() calls comes out whole.

const binding = internalBinding('crypto');
const { CipherBase } = binding;
const {
  codes: {
    ERR_CRYPTO_INVALID_AUTH_TAG,
    ERR_CRYPTO_INVALID_IV,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_MESSAGELEN,
    ERR_CRYPTO_INVALID_STATE,
    ERR_CRYPTO_UNKNOWN_CIPHER,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateEncoding, validateString } = require('internal/validators');
const { normalizeEncoding } = require('internal/util');
const { isArrayBufferView } = require('internal/util/types');
const { StringDecoder } = require('string_decoder');
const assert = require('internal/assert');
const {
  getArrayBufferOrView,
  getStringOption,
  inputEncodingId,
  kHandle,
  nativeError,
  prepareSecretKey,
  toBuffer,
} = require('internal/crypto/util');
const LazyTransform = require('internal/crypto/lazy_transform');

const kMaxInt32 = 2 ** 31 - 1;

function getDecoder(decoder, encoding) {
  const normalizedEncoding = normalizeEncoding(encoding);
  decoder = decoder || new StringDecoder(encoding);
  if (decoder.encoding !== normalizedEncoding) {
    if (normalizedEncoding === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    // One cipher, one output encoding: switching mid-stream would split characters.
    assert(false, 'Cannot change encoding');
  }
  return decoder;
}

// options[key] as an unsigned 32-bit integer, or -1 when it is not set.
function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value;
  }
  return -1;
}

function initCipher(cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  const authTagLength = getUIntOption(options, 'authTagLength');
  const handle = new CipherBase(encrypt);
  switch (handle.initiv(cipher, key, iv, authTagLength)) {
    case binding.kInitUnknownCipher:
      throw new ERR_CRYPTO_UNKNOWN_CIPHER();
    case binding.kInitInvalidIv:
      throw new ERR_CRYPTO_INVALID_IV();
    case binding.kInitInvalidKeyLength:
      throw new ERR_CRYPTO_INVALID_KEYLEN();
    case binding.kInitInvalidAuthTagLength:
      throw new ERR_CRYPTO_INVALID_AUTH_TAG(
        `Invalid authentication tag length: ${authTagLength >>> 0}`);
    case binding.kInitAuthTagLengthRequired:
      throw new ERR_CRYPTO_INVALID_AUTH_TAG(`authTagLength required for ${cipher}`);
  }
  this[kHandle] = handle;
  this._decoder = null;
  LazyTransform.call(this, options);
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher.call(this, cipher, key, iv, options, true);
}

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher.call(this, cipher, key, iv, options, false);
}

function updateBytes(handle, data, encodingId) {
  if (typeof data !== 'string' && data.byteLength > kMaxInt32) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'data is too long', updateBytes);
  }
  const result = handle.update(data, encodingId);
  if (result === undefined) throw new ERR_CRYPTO_INVALID_MESSAGELEN();
  return toBuffer(result);
}

function finalBytes(handle) {
  const result = handle.final();
  if (result === null) {
    throw nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state', finalBytes);
  }
  return toBuffer(result);
}

function _transform(chunk, encoding, callback) {
  const id = typeof chunk === 'string' ? inputEncodingId(encoding) : undefined;
  this.push(updateBytes(this[kHandle], chunk, id));
  callback();
}

function _flush(callback) {
  try {
    this.push(finalBytes(this[kHandle]));
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}

function update(data, inputEncoding, outputEncoding) {
  let id;
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
    id = inputEncodingId(inputEncoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const result = updateBytes(this[kHandle], data, id);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(result);
  }
  return result;
}

function final(outputEncoding) {
  const result = finalBytes(this[kHandle]);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(result);
  }
  return result;
}

function setAutoPadding(ap) {
  if (!this[kHandle].setAutoPadding(!!ap)) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  return this;
}

function getAuthTag() {
  const tag = this[kHandle].getAuthTag();
  if (tag === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return toBuffer(tag);
}

function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  switch (this[kHandle].setAuthTag(tagbuf)) {
    case binding.kStepInvalidState:
      throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
    case binding.kStepInvalidAuthTagLength:
      throw new ERR_CRYPTO_INVALID_AUTH_TAG(
        `Invalid authentication tag length: ${tagbuf.byteLength}`);
  }
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = getStringOption(options, 'encoding');
  const plaintextLength = getUIntOption(options, 'plaintextLength');
  aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
  // Lengths past 2^31 - 1 wrap negative, as in node, and count as "not given".
  switch (this[kHandle].setAAD(aadbuf, plaintextLength | 0)) {
    case binding.kStepInvalidState:
      throw new ERR_CRYPTO_INVALID_STATE('setAAD');
    case binding.kStepPlaintextLengthRequired:
      throw nativeError(TypeError, 'ERR_MISSING_ARGS',
                        'options.plaintextLength required for CCM mode with AAD', setAAD);
    case binding.kStepInvalidMessageLength:
      throw new ERR_CRYPTO_INVALID_MESSAGELEN();
  }
  return this;
}

for (const Class of [Cipheriv, Decipheriv]) {
  Object.setPrototypeOf(Class.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(Class, LazyTransform);
  Class.prototype._transform = _transform;
  Class.prototype._flush = _flush;
  Class.prototype.update = update;
  Class.prototype.final = final;
  Class.prototype.setAutoPadding = setAutoPadding;
  if (Class === Cipheriv) {
    Class.prototype.getAuthTag = getAuthTag;
  } else {
    Class.prototype.setAuthTag = setAuthTag;
  }
  Class.prototype.setAAD = setAAD;
}

module.exports = { Cipheriv, Decipheriv };
