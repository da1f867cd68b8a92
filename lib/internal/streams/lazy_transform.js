'use strict';

// LazyTransform: a Transform whose stream state is only built when first
// touched, so that crypto objects (Hash, Cipher...) used through
// update()/digest() never pay for the stream machinery.

const stream = require('stream');

module.exports = LazyTransform;

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, stream.Transform.prototype);

function makeGetter(name) {
  return function() {
    stream.Transform.call(this, this._options);
    this._writableState.decodeStrings = false;
    // Crypto's default encoding for strings written without one.
    if (!this._options || !this._options.defaultEncoding)
      this._writableState.defaultEncoding = 'buffer';
    return this[name];
  };
}

function makeSetter(name) {
  return function(val) {
    Object.defineProperty(this, name, {
      __proto__: null,
      value: val,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  };
}

function lazyProperty(name) {
  return {
    __proto__: null,
    get: makeGetter(name),
    set: makeSetter(name),
    configurable: true,
    enumerable: true,
  };
}

Object.defineProperties(LazyTransform.prototype, {
  _readableState: lazyProperty('_readableState'),
  _writableState: lazyProperty('_writableState'),
  _transformState: lazyProperty('_transformState'),
});
