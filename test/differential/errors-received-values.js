// ERR_INVALID_ARG_TYPE's "Received ..." part for every kind of value, and the expected-type
// lists (types, classes, other descriptions), through public APIs that validate arguments.
'use strict';
const path = require('path');
const assert = require('assert');
const { EventEmitter } = require('events');

class Custom {}
function namedFunction() {}
const values = [
  undefined, null, true, false, 0, -0, 1.5, -42, NaN, Infinity, -Infinity, 2 ** 53, 1e21, 5n,
  -(2n ** 70n), '', 'abc', "it's", 'a"b', 'x'.repeat(28), 'y'.repeat(29), 'with\nnewline',
  Symbol('desc'), Symbol(), Symbol.iterator, [], [1, 2], {}, { a: 1 }, Object.create(null),
  new Custom(), new Map(), new Date(0), /re/g, new Error('e'), namedFunction, () => {},
  class Klass {}, async function asyncFn() {}, new Uint8Array(2), Promise.resolve(),
];

function report(label, fn) {
  try {
    fn();
    console.log(`${label}: no error`);
  } catch (err) {
    console.log(`${label}: ${err.name} ${err.code} ${err.message}`);
  }
}

values.forEach((value, i) => {
  report(`path.join #${i}`, () => path.join(value));
});
values.forEach((value, i) => {
  report(`emitter.on #${i}`, () => new EventEmitter().on('x', value));
});
values.forEach((value, i) => {
  report(`assert.throws #${i}`, () => assert.throws(value));
});
values.forEach((value, i) => {
  report(`assert.match #${i}`, () => assert.match('abc', value));
});
values.forEach((value, i) => {
  report(`path.format #${i}`, () => path.format(value));
});
values.forEach((value, i) => {
  report(`assert.throws(fn, #${i})`, () => assert.throws(() => { throw new Error('x'); }, value));
});
