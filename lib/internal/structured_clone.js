'use strict';
// The global structuredClone(value[, options]).

const { structuredClone: clone } = internalBinding('structured_clone');

function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw new TypeError("Failed to execute 'structuredClone' on 'Window': 1 argument required, but only 0 present.");
  }
  if (options != null && typeof options !== 'object') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  return clone(value);
}

module.exports = { structuredClone };
