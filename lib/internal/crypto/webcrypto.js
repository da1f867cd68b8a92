'use strict';
// The Web Crypto API's `crypto` object (the global `crypto`, and require('crypto').webcrypto):
// getRandomValues and randomUUID. SubtleCrypto is not provided: `crypto.subtle` is undefined.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const random = require('internal/crypto/random');

class Crypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

// The one instance, made without running the throwing constructor.
const crypto = Reflect.construct(function() {}, [], Crypto);

function getRandomValues(array) {
  if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
  if (arguments.length < 1) {
    const error = new TypeError("Failed to execute 'getRandomValues' on 'Crypto': " +
                                '1 argument required, but only 0 present.');
    error.code = 'ERR_MISSING_ARGS';
    throw error;
  }
  return random.getRandomValues(array);
}

function randomUUID() {
  if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
  return random.randomUUID();
}

Object.defineProperties(Crypto.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    writable: false,
    value: 'Crypto',
  },
  getRandomValues: {
    __proto__: null,
    enumerable: true,
    configurable: true,
    writable: true,
    value: getRandomValues,
  },
  randomUUID: {
    __proto__: null,
    enumerable: true,
    configurable: true,
    writable: true,
    value: randomUUID,
  },
});

module.exports = { Crypto, crypto };
