'use strict';
// How lib/fs talks to the binding: a request object for calls that run on the thread pool, a
// context object for synchronous calls, both turning libuv errors into node's errors.

const { FSReqCallback } = internalBinding('fs');
const { uvErrorAsync } = require('internal/fs/utils');

// A callback argument, which must be a function ("cb" in node's errors).
function makeCallback(cb) {
  const { validateFunction } = require('internal/validators');
  validateFunction(cb, 'cb');
  return cb;
}

// A request that calls `callback(err)` or `callback(null, result)` when the call completes; `path`
// and `dest` name the files in the error message.
function makeReq(callback, syscall, path, dest) {
  const req = new FSReqCallback();
  req.oncomplete = (errno, result) => {
    if (errno < 0) callback(uvErrorAsync(errno, syscall, path, dest));
    else callback(null, result);
  };
  return req;
}

// The same as a promise: resolves with the call's result, rejects with node's error.
function promiseCall(syscall, path, dest, start) {
  return new Promise((resolve, reject) => {
    const req = new FSReqCallback();
    req.oncomplete = (errno, result) => {
      if (errno < 0) reject(uvErrorAsync(errno, syscall, path, dest));
      else resolve(result);
    };
    start(req);
  });
}

// Errors that node raises from native code: a plain TypeError/RangeError with only a `code`.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

// access() and copyFile() modes, checked as node's native layer checks them.
function getValidMode(mode, type) {
  const max = 7;
  const def = 0;
  if (mode === undefined || mode === null) return def;
  if (typeof mode !== 'number') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  const value = Math.trunc(mode);
  if (!(value >= 0 && value <= max)) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', `mode is out of range: >= 0 && <= ${max}`);
  }
  return value;
}

module.exports = { FSReqCallback, makeReq, makeCallback, promiseCall, nativeError, getValidMode };
