'use strict';
// createHash / createHmac / crypto.hash(): validation and state here, the digest in the native
// Hash and Hmac objects. Both are Transform streams (see lazy_transform.js): written chunks are
// hashed, and the digest is pushed when the writable side ends.

const {
  Hash: NativeHash,
  Hmac: NativeHmac,
  oneShotDigest,
} = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateEncoding, validateString, validateUint32 } = require('internal/validators');
const { normalizeEncoding } = require('internal/util');
const { isArrayBufferView } = require('internal/util/types');
const {
  digestResult,
  getStringOption,
  inputEncodingId,
  kHandle,
  outputEncodingId,
  prepareSecretKey,
} = require('internal/crypto/util');
const LazyTransform = require('internal/crypto/lazy_transform');

const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  const isCopy = algorithm instanceof NativeHash;
  if (!isCopy) validateString(algorithm, 'algorithm');
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  this[kHandle] = new NativeHash(algorithm, xofLen);
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this[kHandle], options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(chunk, typeof chunk === 'string' ? inputEncodingId(encoding) : undefined);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(digestResult(this[kHandle].digest(undefined), undefined));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  let encodingId;
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    encodingId = inputEncodingId(encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (!this[kHandle].update(data, encodingId)) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

// Any truthy encoding is stringified, as node does; names it does not know give a Buffer.
function digestWith(handle, outputEncoding) {
  const encoding = outputEncoding ? `${outputEncoding}` : undefined;
  const id = outputEncodingId(encoding);
  return digestResult(handle.digest(id), id === undefined ? undefined : encoding);
}

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const result = digestWith(this[kHandle], outputEncoding);
  state[kFinalized] = true;
  return result;
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  this[kHandle] = new NativeHmac();
  if (!this[kHandle].init(hmac, key)) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;

// Unlike Hash, a second digest() is not an error: node returns an empty result.
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) {
    const empty = Buffer.from('');
    return outputEncoding && outputEncoding !== 'buffer' ? empty.toString(outputEncoding) : empty;
  }
  const result = digestWith(this[kHandle], outputEncoding);
  state[kFinalized] = true;
  return result;
};

Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

// crypto.hash(algorithm, input[, outputEncoding = 'hex']): one call, no object.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined) {
      if (outputEncoding.toLowerCase() !== 'buffer') {
        throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
      }
      normalized = 'buffer';
    }
  }
  // Extendable-output functions need a length; through a Hash they get their default one.
  const name = algorithm.toLowerCase().replace('-', '');
  if (name === 'shake128' || name === 'shake256') {
    return new Hash(algorithm).update(input).digest(normalized);
  }
  const id = normalized === 'buffer' ? undefined : outputEncodingId(normalized);
  const result = oneShotDigest(algorithm, input, id);
  if (result === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  return digestResult(result, id === undefined ? undefined : normalized);
}

module.exports = { Hash, Hmac, hash };
