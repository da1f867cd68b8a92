'use strict';
// Where Buffer's ArrayBuffers come from. lib/buffer.js calls only these two, so Buffer need not know
// about octet's allocator: pools come from its slab cache, and allocUnsafe skips zeroing.

const { createPoolArrayBuffer, zeroFill } = internalBinding('memory');

// An ArrayBuffer whose bytes need not be zeroed (allocUnsafe, concat, from(string) targets).
// The allocator zero-fills unless the toggle is 0; --zero-fill-buffers makes it zero-fill anyway.
function createUnsafeArrayBuffer(size) {
  zeroFill[0] = 0;
  try {
    return new ArrayBuffer(size);
  } finally {
    zeroFill[0] = 1;
  }
}

module.exports = { createUnsafeArrayBuffer, createPoolArrayBuffer };
