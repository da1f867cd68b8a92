// deepStrictEqual / deepEqual verdicts over a matrix of values: primitives, -0 and NaN,
// prototypes, symbols, sparse arrays, Maps and Sets (object keys, loose primitives), typed
// arrays and ArrayBuffers, boxed primitives, Dates, RegExps, Errors and cycles.
'use strict';
const assert = require('assert');

function verdict(fn, a, b) {
  try {
    fn(a, b);
    return '=';
  } catch (err) {
    return err.code === 'ERR_ASSERTION' ? '!' : `E(${err.code})`;
  }
}

class Point {
  constructor() {
    this.x = 1;
  }
}
const sym = Symbol('k');
const withSymbol = { [sym]: 1 };
const arrayWithSymbol = [1];
arrayWithSymbol[sym] = 1;
const cycleA = { v: 1 };
cycleA.self = cycleA;
const cycleB = { v: 1 };
cycleB.self = cycleB;
const cycleC = { v: 1, self: { v: 1 } };
cycleC.self.self = cycleC;
const errorWithCode = new Error('x');
errorWithCode.code = 1;
const hidden = {};
Object.defineProperty(hidden, 'h', { value: 1, enumerable: false });

const values = [
  ['0', 0], ['-0', -0], ['1', 1], ["'1'", '1'], ['NaN', NaN], ["'a'", 'a'], ['true', true],
  ['null', null], ['undefined', undefined], ['1n', 1n], ['[]', []], ['[1]', [1]], ["['1']", ['1']],
  ['[1,2]', [1, 2]], ['[1,,3]', [1, , 3]], ['[1,undefined,3]', [1, undefined, 3]],
  ['{}', {}], ['{a:1}', { a: 1 }], ["{a:'1'}", { a: '1' }], ['{a:1,b:2}', { a: 1, b: 2 }],
  ['{b:2,a:1}', { b: 2, a: 1 }], ['null-proto', Object.create(null)], ['Point', new Point()],
  ['{x:1}', { x: 1 }], ['{[sym]:1}', withSymbol], ['[1]+sym', arrayWithSymbol], ['hidden', hidden],
  ['Date0', new Date(0)], ['Date0b', new Date(0)], ['Date1', new Date(1)], ['/a/g', /a/g],
  ['/a/gb', /a/g], ['/a/i', /a/i], ['Map1a', new Map([[1, 'a']])], ["Map'1'a", new Map([['1', 'a']])],
  ['Map{}1', new Map([[{}, 1]])], ['Map{}1b', new Map([[{}, 1]])], ['Set12', new Set([1, 2])],
  ['Set21', new Set([2, 1])], ["Set'1'2", new Set(['1', 2])], ['Set{}', new Set([{}])],
  ['Set{a}', new Set([{ a: 1 }])], ['Set null', new Set([null])], ['Set undef', new Set([undefined])],
  ['Map null', new Map([[null, 1]])], ['Map undef', new Map([[undefined, 1]])],
  ['U8abc', new Uint8Array([97, 98, 99])], ['U8abc2', new Uint8Array([97, 98, 99])],
  ['U16', new Uint16Array([1])], ['I8', new Int8Array([1])], ['F64 0', new Float64Array([0])],
  ['F64 -0', new Float64Array([-0])], ['AB2', new ArrayBuffer(2)], ['AB2b', new ArrayBuffer(2)],
  ['AB3', new ArrayBuffer(3)], ['Number1', new Number(1)], ['Number1b', new Number(1)],
  ["String'a'", new String('a')], ['Boolean', new Boolean(false)], ['Object(1n)', Object(1n)],
  ['Error x', new Error('x')], ['Error x b', new Error('x')], ['Error x+code', errorWithCode],
  ['TypeError x', new TypeError('x')], ['Error y', new Error('y')], ['cycleA', cycleA],
  ['cycleB', cycleB], ['cycleC', cycleC], ['fn', () => {}],
];

for (const [nameA, a] of values) {
  let strictRow = '';
  let looseRow = '';
  for (const [, b] of values) {
    strictRow += verdict(assert.deepStrictEqual, a, b);
    looseRow += verdict(assert.deepEqual, a, b);
  }
  console.log(`${nameA.padEnd(16)} strict ${strictRow}`);
  console.log(`${''.padEnd(16)} loose  ${looseRow}`);
}

// Pairs that need more than one line to state.
const pairs = [
  [new Set([[1], [2]]), new Set([[2], [1]])],
  [new Map([[[1], 'a'], [[1], 'b']]), new Map([[[1], 'b'], [[1], 'a']])],
  [new Set([1, '2']), new Set(['1', 2])],
  [new Map([[1, 'x'], ['2', 'y']]), new Map([['1', 'x'], [2, 'y']])],
  [[1, 2], { 0: 1, 1: 2, length: 2 }],
  [Object.assign([1], { extra: 1 }), [1]],
  [new Error('a', { cause: 1 }), new Error('a', { cause: 2 })],
  [new AggregateError([1], 'x'), new AggregateError([2], 'x')],
  [{ a: [1, { b: new Map([[1, new Set([1])]]) }] }, { a: [1, { b: new Map([[1, new Set([1])]]) }] }],
  [{ a: [1, { b: new Map([[1, new Set([1])]]) }] }, { a: [1, { b: new Map([[1, new Set([2])]]) }] }],
];
for (const [a, b] of pairs) {
  console.log(verdict(assert.deepStrictEqual, a, b), verdict(assert.deepEqual, a, b),
              verdict(assert.notDeepStrictEqual, a, b), verdict(assert.notDeepEqual, a, b));
}
