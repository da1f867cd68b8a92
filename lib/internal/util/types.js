'use strict';

// util.types: the V8 type checks come from the `types` binding; typed-array checks read the
// %TypedArray%.prototype[Symbol.toStringTag] getter, which answers for real typed arrays only.

const binding = internalBinding('types');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

function typedArrayTag(value) {
  return getTypedArrayTag.call(value);
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isTypedArray(value) {
  return typedArrayTag(value) !== undefined;
}

function isUint8Array(value) {
  return typedArrayTag(value) === 'Uint8Array';
}

function isUint8ClampedArray(value) {
  return typedArrayTag(value) === 'Uint8ClampedArray';
}

function isUint16Array(value) {
  return typedArrayTag(value) === 'Uint16Array';
}

function isUint32Array(value) {
  return typedArrayTag(value) === 'Uint32Array';
}

function isInt8Array(value) {
  return typedArrayTag(value) === 'Int8Array';
}

function isInt16Array(value) {
  return typedArrayTag(value) === 'Int16Array';
}

function isInt32Array(value) {
  return typedArrayTag(value) === 'Int32Array';
}

function isFloat32Array(value) {
  return typedArrayTag(value) === 'Float32Array';
}

function isFloat64Array(value) {
  return typedArrayTag(value) === 'Float64Array';
}

function isBigInt64Array(value) {
  return typedArrayTag(value) === 'BigInt64Array';
}

function isBigUint64Array(value) {
  return typedArrayTag(value) === 'BigUint64Array';
}

// Key objects belong to crypto, loaded only when someone asks; without crypto nothing is one.
let cryptoKeys;
function lazyCryptoKeys() {
  if (cryptoKeys === undefined) {
    try {
      cryptoKeys = require('internal/crypto/keys');
    } catch {
      cryptoKeys = null;
    }
  }
  return cryptoKeys;
}

function isKeyObject(obj) {
  const keys = lazyCryptoKeys();
  return keys !== null && typeof keys.isKeyObject === 'function' && keys.isKeyObject(obj);
}

function isCryptoKey(obj) {
  const keys = lazyCryptoKeys();
  return keys !== null && typeof keys.isCryptoKey === 'function' && keys.isCryptoKey(obj);
}

module.exports = {
  ...binding,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
};
