'use strict';
// The global structuredClone(value[, options]).

const { structuredClone: clone } = internalBinding('structured_clone');

function structuredClone(value, options) {
  if (arguments.length === 0) {
    // node raises this one from C++: a plain TypeError with a code.
    const err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  if (options != null && typeof options !== 'object') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  try {
    return clone(value);
  } catch (err) {
    // The binding marks V8's clone failures; node reports them as DOMException DataCloneError.
    if (err !== null && typeof err === 'object' && err.name === 'DataCloneError' && !(err instanceof DOMException)) {
      throw new DOMException(err.message, 'DataCloneError');
    }
    throw err;
  }
}

module.exports = { structuredClone };
