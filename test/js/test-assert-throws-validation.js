// assert.throws checks the thrown value against an Error class, a RegExp, a validation object
// or Error instance, or a validation function, and reports mismatches as AssertionErrors.
'use strict';
const assert = require('assert');

function fails(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.name, 'AssertionError');
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return err;
  }
  throw new Error('expected an AssertionError');
}

function codedError() {
  const err = new TypeError('bad thing');
  err.code = 'E_CODE';
  throw err;
}

// Matching expectations pass.
assert.throws(codedError, TypeError);
assert.throws(codedError, /bad/);
assert.throws(codedError, { name: 'TypeError', code: 'E_CODE', message: /thing$/ });
assert.throws(codedError, new TypeError('bad thing'));
assert.throws(codedError, (err) => err.code === 'E_CODE');

// No throw at all.
let err = fails(() => assert.throws(() => {}, TypeError, 'should throw'));
assert.strictEqual(err.message, 'Missing expected exception (TypeError): should throw');
assert.strictEqual(err.operator, 'throws');

// Wrong class: message names both classes and quotes the error's message.
err = fails(() => assert.throws(codedError, RangeError));
assert.strictEqual(err.message, 'The error is expected to be an instance of "RangeError". ' +
                   'Received "TypeError"\n\nError message:\n\nbad thing');
assert.strictEqual(err.generatedMessage, true);

// RegExp mismatch quotes the input.
err = fails(() => assert.throws(codedError, /good/));
assert.strictEqual(err.message, 'The input did not match the regular expression /good/. ' +
                   "Input:\n\n'TypeError: bad thing'\n");

// Validation object mismatch: a diff of the compared keys.
err = fails(() => assert.throws(codedError, { code: 'OTHER', message: 'bad thing' }));
assert.strictEqual(err.message, 'Expected values to be strictly deep-equal:\n' +
                   '+ actual - expected\n\n  Comparison {\n+   code: \'E_CODE\',\n' +
                   '-   code: \'OTHER\',\n    message: \'bad thing\'\n  }');
assert.strictEqual(err.operator, 'throws');

// Validation function not returning true.
err = fails(() => assert.throws(codedError, function validate() { return 1; }));
assert.strictEqual(err.message, 'The "validate" validation function is expected to return ' +
                   '"true". Received 1\n\nCaught error:\n\nTypeError: bad thing');

// doesNotThrow reports the unwanted error; a non-matching class rethrows the original.
err = fails(() => assert.doesNotThrow(codedError, 'context'));
assert.strictEqual(err.message, 'Got unwanted exception: context\nActual message: "bad thing"');
assert.throws(() => assert.doesNotThrow(codedError, RangeError), { code: 'E_CODE' });

// Invalid expectations are argument errors, not assertion failures.
assert.throws(() => assert.throws(codedError, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => assert.throws(codedError, {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => assert.throws('not a function'), { code: 'ERR_INVALID_ARG_TYPE' });

// rejects / doesNotReject.
let done = 0;
assert.rejects(Promise.reject(new Error('async')), /async/).then(() => done++);
assert.rejects(Promise.resolve(1)).catch((rejection) => {
  assert.strictEqual(rejection.message, 'Missing expected rejection.');
  done++;
});
assert.doesNotReject(Promise.reject(new Error('q'))).catch((rejection) => {
  assert.strictEqual(rejection.message, 'Got unwanted rejection.\nActual message: "q"');
  done++;
});
process.on('exit', () => assert.strictEqual(done, 3));
