'use strict';

// The WebIDL DOMException: an Error subclass whose name, message and legacy
// numeric code are prototype getters over per-instance private state.

// Legacy numeric codes, by exception name (WebIDL table).
const nameToCodeMap = new Map([
  ['IndexSizeError', 1], ['HierarchyRequestError', 3],
  ['WrongDocumentError', 4], ['InvalidCharacterError', 5],
  ['NoModificationAllowedError', 7], ['NotFoundError', 8],
  ['NotSupportedError', 9], ['InUseAttributeError', 10],
  ['InvalidStateError', 11], ['SyntaxError', 12],
  ['InvalidModificationError', 13], ['NamespaceError', 14],
  ['InvalidAccessError', 15], ['TypeMismatchError', 17],
  ['SecurityError', 18], ['NetworkError', 19], ['AbortError', 20],
  ['URLMismatchError', 21], ['QuotaExceededError', 22],
  ['TimeoutError', 23], ['InvalidNodeTypeError', 24], ['DataCloneError', 25],
]);

const legacyConstants = [
  'INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR',
  'WRONG_DOCUMENT_ERR', 'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR',
  'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR', 'NOT_SUPPORTED_ERR',
  'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR', 'SYNTAX_ERR',
  'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR', 'INVALID_ACCESS_ERR',
  'VALIDATION_ERR', 'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR',
  'ABORT_ERR', 'URL_MISMATCH_ERR', 'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR',
  'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR',
];

function throwInvalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  throw err;
}

class DOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    this.#message = `${message}`;
    if (options && typeof options === 'object') {
      this.#name = `${options.name}`;
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          __proto__: null,
          value: options.cause,
          configurable: true,
          writable: true,
          enumerable: false,
        });
      }
    } else {
      this.#name = `${options}`;
    }
    Error.captureStackTrace(this);
  }

  get name() {
    if (!(#name in this)) throwInvalidThis();
    return this.#name;
  }

  get message() {
    if (!(#name in this)) throwInvalidThis();
    return this.#message;
  }

  get code() {
    if (!(#name in this)) throwInvalidThis();
    return nameToCodeMap.get(this.#name) || 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'DOMException' },
  name: { __proto__: null, enumerable: true, configurable: true },
  message: { __proto__: null, enumerable: true, configurable: true },
  code: { __proto__: null, enumerable: true, configurable: true },
});

for (let i = 0; i < legacyConstants.length; i++) {
  const desc = { __proto__: null, enumerable: true, value: i + 1 };
  Object.defineProperty(DOMException, legacyConstants[i], desc);
  Object.defineProperty(DOMException.prototype, legacyConstants[i], desc);
}

module.exports = {
  DOMException,
};
