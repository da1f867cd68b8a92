'use strict';
// scrypt / scryptSync (RFC 7914) with node's defaults and option aliases.

const {
  ScryptJob,
  checkScryptParams,
  kCryptoJobAsync,
  kCryptoJobSync,
} = internalBinding('crypto');
const {
  codes: { ERR_CRYPTO_INVALID_SCRYPT_PARAMS, ERR_CRYPTO_SCRYPT_INVALID_PARAMETER },
} = require('internal/errors');
const {
  validateFunction,
  validateInt32,
  validateInteger,
  validateUint32,
} = require('internal/validators');
const { getArrayBufferOrView, toBuffer } = require('internal/crypto/util');

const defaults = {
  N: 16384,
  r: 8,
  p: 1,
  maxmem: 32 << 20,  // 32 MiB, OpenSSL's own default
};

function check(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);

  let { N, r, p, maxmem } = defaults;
  if (options && options !== defaults) {
    // Each parameter has a long name too (cost, blockSize, parallelization); not both at once.
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    // Zero means "the default" for every parameter.
    if (N === 0) N = defaults.N;
    if (r === 0) r = defaults.r;
    if (p === 0) p = defaults.p;
    if (maxmem === 0) maxmem = defaults.maxmem;
  }
  return { password, salt, keylen, N, r, p, maxmem };
}

function newJob(mode, { password, salt, keylen, N, r, p, maxmem }) {
  const reason = checkScryptParams(N, r, p, maxmem);
  if (reason !== undefined) {
    throw reason === '' ?
      new ERR_CRYPTO_INVALID_SCRYPT_PARAMS() :
      new ERR_CRYPTO_INVALID_SCRYPT_PARAMS(`Invalid scrypt params: ${reason}`);
  }
  return new ScryptJob(mode, password, salt, N, r, p, maxmem, keylen);
}

function scrypt(password, salt, keylen, options, callback = defaults) {
  if (callback === defaults) {
    callback = options;
    options = defaults;
  }
  const params = check(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  const job = newJob(kCryptoJobAsync, params);
  job.ondone = (error, result) => {
    if (error !== undefined) return callback.call(job, error);
    return callback.call(job, null, toBuffer(result));
  };
  job.run();
}

function scryptSync(password, salt, keylen, options = defaults) {
  const params = check(password, salt, keylen, options);
  const { 0: error, 1: result } = newJob(kCryptoJobSync, params).run();
  if (error !== undefined) throw error;
  return toBuffer(result);
}

module.exports = { scrypt, scryptSync };
