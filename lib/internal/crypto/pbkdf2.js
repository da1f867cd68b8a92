'use strict';
// pbkdf2 / pbkdf2Sync: PBKDF2-HMAC with any digest, on the thread pool or at once.

const {
  PBKDF2Job,
  getDigestSize,
  kCryptoJobAsync,
  kCryptoJobSync,
} = internalBinding('crypto');
const {
  codes: { ERR_CRYPTO_INVALID_DIGEST },
} = require('internal/errors');
const { validateFunction, validateInt32, validateString } = require('internal/validators');
const { getArrayBufferOrView, toBuffer } = require('internal/crypto/util');

function check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  // OpenSSL takes these as signed ints.
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

function newJob(mode, { password, salt, iterations, keylen, digest }) {
  if (getDigestSize(digest) < 0) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return new PBKDF2Job(mode, password, salt, iterations, keylen, digest);
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const params = check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  const job = newJob(kCryptoJobAsync, params);
  job.ondone = (error, result) => {
    if (error !== undefined) return callback.call(job, error);
    return callback.call(job, null, toBuffer(result));
  };
  job.run();
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const params = check(password, salt, iterations, keylen, digest);
  const { 0: error, 1: result } = newJob(kCryptoJobSync, params).run();
  if (error !== undefined) throw error;
  return toBuffer(result);
}

module.exports = { pbkdf2, pbkdf2Sync };
