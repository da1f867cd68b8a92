// Message formats of the common codes, reached through public APIs: the expected-type lists of
// ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE's ranges and digit grouping, ERR_MISSING_ARGS,
// ERR_AMBIGUOUS_ARGUMENT, ERR_INVALID_ARG_VALUE and ERR_INVALID_RETURN_VALUE.
'use strict';
const assert = require('assert');
const path = require('path');

// Received values.
const receivedCases = [
  [undefined, 'Received undefined'],
  [null, 'Received null'],
  [-0, 'Received type number (-0)'],
  [NaN, 'Received type number (NaN)'],
  [12n, 'Received type bigint (12n)'],
  [Symbol('s'), 'Received type symbol (Symbol(s))'],
  [true, 'Received type boolean (true)'],
  [[], 'Received an instance of Array'],
  [new Map(), 'Received an instance of Map'],
  [Object.create(null), 'Received [Object: null prototype] {}'],
  [function named() {}, 'Received function named'],
];
for (const [value, received] of receivedCases) {
  assert.throws(() => path.dirname(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "path" argument must be of type string. ${received}`,
  });
}

// Strings are quoted, shortened past 28 characters, JSON-quoted when they hold a quote.
assert.throws(() => assert.throws(() => {}, 'x'.repeat(40), 'y'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "error" argument must be of type function or an instance of Error, RegExp, or ' +
    `Object. Received type string ('${'x'.repeat(25)}...')`,
});

// A dotted name is a property; several expected types are listed.
const rejectedArgument = assert.rejects(assert.rejects(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "promiseFn" argument must be of type function or an instance of Promise. ' +
    'Received type number (5)',
});
assert.throws(() => path.format(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pathObject" argument must be of type object. Received type number (1)',
});

// Ranges, with digit grouping above 2 ** 32 (CallTracker validates its count; its
// deprecation warning is not under test).
process.noDeprecation = true;
const tracker = new assert.CallTracker();
assert.throws(() => tracker.calls(() => {}, 0), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "expected" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
assert.throws(() => tracker.calls(() => {}, 2 ** 40), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "expected" is out of range. It must be >= 1 && <= 4294967295. ' +
    'Received 1_099_511_627_776',
});
assert.throws(() => tracker.calls(() => {}, 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "expected" is out of range. It must be an integer. Received 1.5',
});

assert.throws(() => assert.deepEqual(1), {
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  message: 'The "actual" and "expected" arguments must be specified',
});
assert.throws(() => assert.throws(() => { throw new Error('same'); }, 'same'), {
  name: 'TypeError',
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. ' +
    'The error message "same" is identical to the message.',
});
assert.throws(() => assert.throws(() => { throw new Error('m'); }, {}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'error' may not be an empty object. Received {}",
});

const rejectedReturn = assert.rejects(assert.rejects(() => 5), {
  name: 'TypeError',
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected instance of Promise to be returned from the "promiseFn" function but got ' +
    'type number (5).',
});

let settled = false;
Promise.all([rejectedArgument, rejectedReturn]).then(() => {
  settled = true;
});
process.on('exit', () => assert.ok(settled, 'the rejection checks did not settle'));
