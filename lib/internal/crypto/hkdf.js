'use strict';
// hkdf / hkdfSync (RFC 5869): the derived key comes back as an ArrayBuffer, as in node.

const {
  HKDFJob,
  getDigestSize,
  kCryptoJobAsync,
  kCryptoJobSync,
} = internalBinding('crypto');
const { kMaxLength } = require('buffer');
const {
  hideStackFrames,
  codes: {
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateFunction, validateInteger, validateString } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { toBuf, validateByteSource } = require('internal/crypto/util');

function prepareKey(key) {
  if (isAnyArrayBuffer(key)) return key;
  key = toBuf(key);
  if (!isArrayBufferView(key)) {
    throw new ERR_INVALID_ARG_TYPE(
      'ikm',
      ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'],
      key);
  }
  return key;
}

const validateParameters = hideStackFrames((hash, key, salt, info, length) => {
  validateString(hash, 'digest');
  key = prepareKey(key);
  salt = validateByteSource(salt, 'salt');
  info = validateByteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE.HideStackFramesError(
      'info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  return { hash, key, salt, info, length };
});

function newJob(mode, { hash, key, salt, info, length }) {
  const size = getDigestSize(hash);
  if (size < 0) throw new ERR_CRYPTO_INVALID_DIGEST(hash);
  // HKDF-Expand makes at most 255 blocks.
  if (length > 255 * size) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return new HKDFJob(mode, hash, key, salt, info, length);
}

function hkdf(hash, key, salt, info, length, callback) {
  const params = validateParameters(hash, key, salt, info, length);
  validateFunction(callback, 'callback');
  const job = newJob(kCryptoJobAsync, params);
  job.ondone = (error, bits) => {
    if (error) return callback.call(job, error);
    callback.call(job, null, bits);
  };
  job.run();
}

function hkdfSync(hash, key, salt, info, length) {
  const params = validateParameters(hash, key, salt, info, length);
  const { 0: error, 1: bits } = newJob(kCryptoJobSync, params).run();
  if (error !== undefined) throw error;
  return bits;
}

module.exports = { hkdf, hkdfSync };
