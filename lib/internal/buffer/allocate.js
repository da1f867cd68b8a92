'use strict';
// Where Buffer's memory comes from. lib/ calls only these, so Buffer need not know about octet's
// allocator: pools come from its slab cache, and allocUnsafe skips zeroing.

const { createPoolArrayBuffer, zeroFill } = internalBinding('memory');

// An ArrayBuffer whose bytes need not be zeroed (TextEncoder's results, off the heap as node's).
// The allocator zero-fills unless the toggle is 0; --zero-fill-buffers makes it zero-fill anyway.
function createUnsafeArrayBuffer(size) {
  zeroFill[0] = 0;
  try {
    return new ArrayBuffer(size);
  } finally {
    zeroFill[0] = 1;
  }
}

// `new Constructor(size)` (a Uint8Array type) whose bytes need not be zeroed: allocUnsafe,
// concat, from(string) targets. As in node, 64 bytes or less stay on the V8 heap (where V8 zeroes
// them) until their buffer is asked for.
function createUnsafeView(Constructor, size) {
  zeroFill[0] = 0;
  try {
    return new Constructor(size);
  } finally {
    zeroFill[0] = 1;
  }
}

module.exports = { createUnsafeArrayBuffer, createUnsafeView, createPoolArrayBuffer };
