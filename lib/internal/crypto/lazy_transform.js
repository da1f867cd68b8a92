'use strict';
// The stream side of Hash, Hmac and the ciphers. They are stream.Transforms (instanceof, pipe,
// write/end), but most uses never touch the stream API, so the Transform state is built on the
// first access to _readableState / _writableState instead of in the constructor.

const stream = require('stream');

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, stream.Transform.prototype);
Object.setPrototypeOf(LazyTransform, stream.Transform);

function makeGetter(name) {
  return function() {
    stream.Transform.call(this, this._options);
    // Chunks reach _transform as written: strings keep their encoding, which update() decodes.
    this._writableState.decodeStrings = false;
    if (!this._options || !this._options.defaultEncoding) {
      this._writableState.defaultEncoding = 'buffer';
    }
    return this[name];
  };
}

function makeSetter(name) {
  return function(value) {
    Object.defineProperty(this, name, {
      __proto__: null,
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  };
}

Object.defineProperties(LazyTransform.prototype, {
  _readableState: {
    __proto__: null,
    get: makeGetter('_readableState'),
    set: makeSetter('_readableState'),
    configurable: true,
    enumerable: true,
  },
  _writableState: {
    __proto__: null,
    get: makeGetter('_writableState'),
    set: makeSetter('_writableState'),
    configurable: true,
    enumerable: true,
  },
});

module.exports = LazyTransform;
