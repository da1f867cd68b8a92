'use strict';

// Checks of octet's own invariants inside lib/. A failure is a bug in octet
// (or misuse of an internal module) and throws ERR_INTERNAL_ASSERTION.

let ERR_INTERNAL_ASSERTION;
function lazyError() {
  if (ERR_INTERNAL_ASSERTION === undefined) {
    ERR_INTERNAL_ASSERTION = require('internal/errors').codes.ERR_INTERNAL_ASSERTION;
  }
  return ERR_INTERNAL_ASSERTION;
}

function assert(value, message) {
  if (!value) {
    const ErrorClass = lazyError();
    throw new ErrorClass(message);
  }
}

function fail(message) {
  const ErrorClass = lazyError();
  throw new ErrorClass(message);
}

assert.fail = fail;

module.exports = assert;
