'use strict';
// The %TypedArray%.prototype getters (length, byteLength, byteOffset, buffer), called directly.
// V8 10.2 inlines `view.length` and friends only in code it optimizes on the main thread; in the
// usual background optimization they stay generic property loads costing several times the
// access itself. A direct call of the getter is inlined either way. Use these only on values
// already known to be typed arrays (the getters throw for anything else), or where node itself
// calls the getter.

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
