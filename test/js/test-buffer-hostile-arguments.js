// Flags: --allow-natives-syntax
'use strict';
// Arguments built to slip past the JS checks (valueOf answering differently each time), detached
// buffers and foreign receivers: every call throws or returns, none reads or writes out of bounds.
const assert = require('assert');
const { Buffer, isUtf8, isAscii } = require('buffer');

function flipping(...answers) {
  let i = 0;
  return { valueOf() { return answers[Math.min(i++, answers.length - 1)]; } };
}

const b = Buffer.from('hello world');
// toString: the range is converted several times.
assert.throws(() => b.toString('utf8', flipping(1, 1, -100)), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => b.toString('hex', 0, flipping(5, 1e9)), { code: 'ERR_OUT_OF_RANGE' });
// indexOf: byteOffset is clamped, then converted again.
assert.strictEqual(b.indexOf('o', flipping(0, 0, 1e12)), -1);
assert.strictEqual(b.lastIndexOf('o', flipping(0, 0, -1e12)), -1);
// The <encoding>Write methods convert offset and length once, as node's native layer does: a
// later answer of valueOf() never reaches the range checks.
assert.strictEqual(b.utf8Write('x', flipping(0, 0, -5)), 1);
assert.strictEqual(b.latin1Write('y', 0, flipping(1, 1, 1e9)), 1);
assert.throws(() => b.asciiWrite('q', flipping(-1, 3)), { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(b.toString(), 'yello world');
b.write('h');

// Detached memory reads as empty.
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab);
%ArrayBufferDetach(ab);
assert.strictEqual(view.length, 0);
assert.strictEqual(view.toString(), '');
assert.strictEqual(view.indexOf('a'), -1);
assert.strictEqual(Buffer.compare(view, Buffer.alloc(0)), 0);
// As in node 20: a view of detached memory validates as empty; only the detached ArrayBuffer
// itself is refused, with node's native-style error (a plain Error with a code).
assert.strictEqual(isUtf8(view), true);
assert.strictEqual(isAscii(view), true);
assert.throws(() => isAscii(ab), {
  name: 'Error', code: 'ERR_INVALID_STATE', message: 'Cannot validate on a detached buffer',
});

// Typed arrays of other element sizes through Buffer.prototype methods use their bytes.
const wide = new Uint16Array([0x6261, 0x6463]);
assert.strictEqual(Buffer.prototype.hexSlice.call(wide, 0, 4), '61626364');
assert.strictEqual(Buffer.prototype.indexOf.call(wide, 0x63), 2);
assert.strictEqual(Buffer.prototype.utf8Write.call(wide, 'zz', 3), 1);
assert.strictEqual(Buffer.prototype.hexSlice.call(wide), '6162637a');
