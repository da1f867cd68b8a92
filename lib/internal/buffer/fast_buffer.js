'use strict';
// FastBuffer: the class every Buffer really is. `Buffer` itself is a plain function whose
// prototype is FastBuffer.prototype, so `new Buffer()`, `Buffer()` and `instanceof` all behave as in
// node while allocation goes through the ordinary Uint8Array constructor.

class FastBuffer extends Uint8Array {
  // The explicit constructor keeps V8 from building an arguments-spreading default one.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

module.exports = { FastBuffer };
