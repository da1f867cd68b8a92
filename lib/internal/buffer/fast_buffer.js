'use strict';
// FastBuffer: the class every Buffer really is. `Buffer` itself is a plain function whose
// prototype is FastBuffer.prototype, so `new Buffer()`, `Buffer()` and `instanceof` all behave as in
// node while allocation goes through the ordinary Uint8Array constructor.

const { byteViewOf, kByteView } = require('internal/buffer/byte_view');

class FastBuffer extends Uint8Array {
  // Every instance has the view property (byte_view.js), undefined or not, so that all Buffers
  // share one shape. It is declared as a field because the optimizing compiler inlines a field's
  // definition, while adding a private-symbol property by assignment always goes through the
  // generic store (doubling the cost of making a small Buffer); the assignment below then only
  // overwrites it.
  [kByteView] = undefined;

  // The explicit constructor keeps V8 from building an arguments-spreading default one.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
    this[kByteView] = byteViewOf(bufferOrLength);
  }
}

module.exports = { FastBuffer };
