// Flags: --allow-natives-syntax
'use strict';
// octet optimizes hot functions on the main thread (docs/buffer.md, "Typed-array methods in hot
// functions"): V8 10.2's background compiles leave every Buffer method call in them generic.
const assert = require('assert');

assert.strictEqual(%IsConcurrentRecompilationSupported(), false);

// A hot function calling Buffer methods still optimizes, and keeps its results.
const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
function read(off) { return b.readUInt16BE(off) + b.length; }
%PrepareFunctionForOptimization(read);
assert.strictEqual(read(0), 0x0102 + 8);
%OptimizeFunctionOnNextCall(read);
assert.strictEqual(read(2), 0x0304 + 8);
assert.ok(%GetOptimizationStatus(read) & 16, 'read() is optimized');
assert.throws(() => read(7), { code: 'ERR_OUT_OF_RANGE' });
