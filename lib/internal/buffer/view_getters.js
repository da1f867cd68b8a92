'use strict';
// The %TypedArray%.prototype getters (length, byteLength, byteOffset, buffer), called directly:
// where node itself calls the getter rather than reading the property (equals), and where a
// redefined property must not reach native code that trusts it (toString's range; subarray's
// buffer and offset). Use them only on values already known to be typed arrays (the getters
// throw for anything else).

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getter = (name) => Object.getOwnPropertyDescriptor(TypedArrayPrototype, name).get;
const getLength = getter('length');
const getByteLength = getter('byteLength');
const getByteOffset = getter('byteOffset');
const getBuffer = getter('buffer');

function typedArrayLength(view) {
  return getLength.call(view);
}

function typedArrayByteLength(view) {
  return getByteLength.call(view);
}

function typedArrayByteOffset(view) {
  return getByteOffset.call(view);
}

function typedArrayBuffer(view) {
  return getBuffer.call(view);
}

module.exports = {
  typedArrayBuffer,
  typedArrayByteLength,
  typedArrayByteOffset,
  typedArrayLength,
};
