'use strict';
// require('crypto'): hashes, HMAC, AES / ChaCha20-Poly1305 ciphers, random values and key
// derivation (PBKDF2, scrypt, HKDF) over OpenSSL 3. Buffers in, Buffers out.

const binding = internalBinding('crypto');
const {
  codes: { ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH },
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { getCiphers, getHashes, nativeError } = require('internal/crypto/util');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const { Cipheriv, Decipheriv } = require('internal/crypto/cipher');
const {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
} = require('internal/crypto/random');
const { pbkdf2, pbkdf2Sync } = require('internal/crypto/pbkdf2');
const { scrypt, scryptSync } = require('internal/crypto/scrypt');
const { hkdf, hkdfSync } = require('internal/crypto/hkdf');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function timingSafeEqual(buf1, buf2) {
  // node checks these in C++, hence the message without "Received ...".
  for (const [name, value] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isAnyArrayBuffer(value) && !isArrayBufferView(value)) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, ` +
                        'TypedArray, or DataView.', timingSafeEqual);
    }
  }
  if (buf1.byteLength !== buf2.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(buf1, buf2);
}

let webcrypto;
function lazyWebCrypto() {
  webcrypto ??= require('internal/crypto/webcrypto');
  return webcrypto;
}

function getRandomValues(array) {
  return lazyWebCrypto().crypto.getRandomValues(array);
}

module.exports = {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  getCiphers,
  getHashes,
  hash,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  timingSafeEqual,
  Cipheriv,
  Decipheriv,
  Hash,
  Hmac,
};

Object.defineProperties(module.exports, {
  webcrypto: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return lazyWebCrypto().crypto; },
    set: undefined,
  },
  getRandomValues: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get: () => getRandomValues,
    set: undefined,
  },
});

// Old names for randomBytes, kept (non-enumerable) because code in the wild still uses them.
for (const alias of ['prng', 'pseudoRandomBytes', 'rng']) {
  Object.defineProperty(module.exports, alias, {
    __proto__: null,
    enumerable: false,
    configurable: true,
    writable: true,
    value: randomBytes,
  });
}
