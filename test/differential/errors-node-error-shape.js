// Node errors carry their code in String(err) and in the stack header while `name` stays the
// base class name; `code` is the only enumerable property; constructor is the base class.
'use strict';
const path = require('path');
const assert = require('assert');
const { EventEmitter } = require('events');

function describe(label, fn) {
  let err;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  console.log(label);
  console.log('  name:', err.name);
  console.log('  code:', err.code);
  console.log('  message:', JSON.stringify(err.message));
  console.log('  toString:', JSON.stringify(String(err)));
  console.log('  stack header:', JSON.stringify(err.stack.split('\n    at ')[0]));
  console.log('  keys:', JSON.stringify(Object.keys(err)));
  console.log('  constructor:', err.constructor.name);
  console.log('  instanceof Error:', err instanceof Error,
              'TypeError:', err instanceof TypeError, 'RangeError:', err instanceof RangeError);
  console.log('  own name:', Object.prototype.hasOwnProperty.call(err, 'name'));
  console.log('  message enumerable:', Object.prototype.propertyIsEnumerable.call(err, 'message'));
}

describe('ERR_INVALID_ARG_TYPE', () => path.join(1));
describe('ERR_MISSING_ARGS', () => assert.strictEqual(1));
describe('ERR_AMBIGUOUS_ARGUMENT', () => assert.throws(() => { throw new Error('m'); }, 'm'));
describe('ERR_INVALID_ARG_VALUE', () => assert.throws(() => { throw new Error('m'); }, {}));
describe('ERR_UNHANDLED_ERROR', () => new EventEmitter().emit('error', 'plain string'));
describe('ERR_UNHANDLED_ERROR (object)', () => new EventEmitter().emit('error', { a: 1 }));
describe('ERR_UNHANDLED_ERROR (none)', () => new EventEmitter().emit('error'));
describe('AssertionError', () => assert.strictEqual(1, 2));

// Overwriting name or code is allowed and shows in toString.
let err;
try {
  path.join(1);
} catch (e) {
  err = e;
}
err.name = 'Renamed';
console.log(String(err));
err.code = 'CHANGED';
console.log(String(err), Object.keys(err));
err.message = 'new message';
console.log(String(err));

// The error context of ERR_UNHANDLED_ERROR.
try {
  new EventEmitter().emit('error', 42);
} catch (e) {
  console.log(e.context, Object.keys(e));
}
