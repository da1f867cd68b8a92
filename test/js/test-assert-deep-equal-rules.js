// The deep-equality rules of deepStrictEqual and deepEqual (util's isDeepStrictEqual rules).
'use strict';
const assert = require('assert');

function strictEqual(a, b) {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return false;
  }
}

function looseEqual(a, b) {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return false;
  }
}

// Primitives: Object.is in strict mode, == in loose mode, NaN equals NaN in both.
assert.strictEqual(strictEqual(NaN, NaN), true);
assert.strictEqual(looseEqual(NaN, NaN), true);
assert.strictEqual(strictEqual(0, -0), false);
assert.strictEqual(looseEqual(0, -0), true);
assert.strictEqual(strictEqual(1, '1'), false);
assert.strictEqual(looseEqual(1, '1'), true);
assert.strictEqual(looseEqual(null, undefined), true);

// Prototypes count only in strict mode.
assert.strictEqual(strictEqual(Object.create(null), {}), false);
assert.strictEqual(looseEqual(Object.create(null), {}), true);
class Point {}
assert.strictEqual(strictEqual(new Point(), {}), false);

// Key order does not matter; non-enumerable properties are ignored; enumerable symbols count
// in strict mode only.
assert.strictEqual(strictEqual({ a: 1, b: 2 }, { b: 2, a: 1 }), true);
const hidden = Object.defineProperty({}, 'h', { value: 1, enumerable: false });
assert.strictEqual(strictEqual(hidden, {}), true);
const sym = Symbol('s');
assert.strictEqual(strictEqual({ [sym]: 1 }, {}), false);
assert.strictEqual(looseEqual({ [sym]: 1 }, {}), true);

// Arrays: holes differ from undefined; extra named keys count.
assert.strictEqual(strictEqual([1, , 3], [1, undefined, 3]), false);
assert.strictEqual(strictEqual(Object.assign([1], { extra: true }), [1]), false);
assert.strictEqual(strictEqual([1, 2], { 0: 1, 1: 2, length: 2 }), false);

// Typed arrays and buffers compare bytes and type; loose float arrays compare values.
assert.strictEqual(strictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])), true);
assert.strictEqual(strictEqual(new Uint8Array([1]), new Int8Array([1])), false);
assert.strictEqual(strictEqual(new Float64Array([0]), new Float64Array([-0])), false);
assert.strictEqual(looseEqual(new Float64Array([0]), new Float64Array([-0])), true);
assert.strictEqual(strictEqual(new ArrayBuffer(2), new ArrayBuffer(2)), true);
assert.strictEqual(strictEqual(new ArrayBuffer(2), new ArrayBuffer(3)), false);

// Maps and Sets: unordered, object keys matched deeply, loose primitives in loose mode.
assert.strictEqual(strictEqual(new Set([1, 2]), new Set([2, 1])), true);
assert.strictEqual(strictEqual(new Set([[1], [2]]), new Set([[2], [1]])), true);
assert.strictEqual(strictEqual(new Set(['1']), new Set([1])), false);
assert.strictEqual(looseEqual(new Set(['1']), new Set([1])), true);
assert.strictEqual(strictEqual(new Map([[{}, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [{}, 'a']])), true);
assert.strictEqual(strictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])), false);

// Dates by time, RegExps by source, flags and lastIndex, boxed primitives by value.
assert.strictEqual(strictEqual(new Date(5), new Date(5)), true);
assert.strictEqual(strictEqual(new Date(5), new Date(6)), false);
assert.strictEqual(strictEqual(/a/g, /a/g), true);
assert.strictEqual(strictEqual(/a/g, /a/i), false);
const moved = /a/g;
moved.lastIndex = 1;
assert.strictEqual(strictEqual(moved, /a/g), false);
assert.strictEqual(strictEqual(new Number(1), new Number(1)), true);
assert.strictEqual(strictEqual(new Number(1), new Number(2)), false);
assert.strictEqual(strictEqual(new String('a'), 'a'), false);

// Errors: name and message compared, stack ignored, extra properties count.
assert.strictEqual(strictEqual(new Error('x'), new Error('x')), true);
assert.strictEqual(strictEqual(new Error('x'), new Error('y')), false);
assert.strictEqual(strictEqual(new Error('x'), new TypeError('x')), false);
const coded = Object.assign(new Error('x'), { code: 'C' });
assert.strictEqual(strictEqual(coded, new Error('x')), false);

// Cycles terminate and compare structurally.
const a = { v: 1 };
a.self = a;
const b = { v: 1 };
b.self = b;
assert.strictEqual(strictEqual(a, b), true);
const c = { v: 2 };
c.self = c;
assert.strictEqual(strictEqual(a, c), false);

// Functions only equal themselves.
const fn = () => {};
assert.strictEqual(strictEqual(fn, fn), true);
assert.strictEqual(strictEqual(fn, () => {}), false);
