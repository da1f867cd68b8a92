'use strict';
// The %TypedArray%.prototype getters (byteLength, byteOffset, buffer), called directly: for the
// places where node itself calls the getter rather than reading the property (equals), and for
// subarray's buffer and offset, which no redefined property should be able to point elsewhere.
// Use them only on values already known to be typed arrays (the getters throw for anything
// else).

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getter = (name) => Object.getOwnPropertyDescriptor(TypedArrayPrototype, name).get;
const getByteLength = getter('byteLength');
const getByteOffset = getter('byteOffset');
const getBuffer = getter('buffer');

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
};
