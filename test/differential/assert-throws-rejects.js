// assert.throws / doesNotThrow / rejects / doesNotReject with each kind of expectation:
// Error class, RegExp, validation object (with RegExp values), Error instance, validation
// function, message string, and the argument errors for invalid expectations.
'use strict';
const assert = require('assert');

function summary(err) {
  return `${err.name} ${err.code} operator=${err.operator} generated=${err.generatedMessage}\n` +
    err.message;
}

function report(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (err) {
    console.log(`--- ${label}: ${summary(err)}`);
  }
}

function codedError() {
  const err = new TypeError('bad thing');
  err.code = 'E_CODE';
  throw err;
}

report('throws nothing', () => assert.throws(() => {}));
report('throws nothing, message', () => assert.throws(() => {}, 'expected a throw'));
report('throws nothing, class', () => assert.throws(() => {}, TypeError));
report('throws class', () => assert.throws(codedError, TypeError));
report('throws wrong class', () => assert.throws(codedError, RangeError));
report('throws same class name', () => assert.throws(codedError, class TypeError extends Error {}));
report('throws non-error, class', () => assert.throws(() => { throw 'text'; }, TypeError));
report('throws RegExp', () => assert.throws(codedError, /bad/));
report('throws RegExp mismatch', () => assert.throws(codedError, /good/));
report('throws object', () => assert.throws(codedError, { name: 'TypeError', code: 'E_CODE' }));
report('throws object RegExp value', () => assert.throws(codedError, { message: /thing$/ }));
report('throws object mismatch', () => assert.throws(codedError, { code: 'OTHER', message: /bad/ }));
report('throws object missing key', () => assert.throws(codedError, { missing: 1 }));
report('throws object, message', () => assert.throws(codedError, { code: 'OTHER' }, 'custom'));
report('throws error instance', () => assert.throws(codedError, new TypeError('bad thing')));
report('throws error instance mismatch', () => assert.throws(codedError, new TypeError('other')));
report('throws validation fn', () => assert.throws(codedError, (e) => e.code === 'E_CODE'));
report('throws validation fn false', () => assert.throws(codedError, function validate() { return 'yes'; }));
report('throws primitive vs object', () => assert.throws(() => { throw 5; }, { a: 1 }));
report('throws empty object', () => assert.throws(codedError, {}));
report('throws invalid expectation', () => assert.throws(codedError, 5));
report('throws not a function', () => assert.throws('nope'));
report('throws ambiguous message', () => assert.throws(() => { throw new Error('same'); }, 'same'));
report('throws ambiguous primitive', () => assert.throws(() => { throw 'same'; }, 'same'));
report('throws string + message', () => assert.throws(codedError, 'a', 'b'));
report('doesNotThrow', () => assert.doesNotThrow(codedError));
report('doesNotThrow message', () => assert.doesNotThrow(codedError, 'custom'));
report('doesNotThrow other class', () => assert.doesNotThrow(codedError, RangeError));
report('doesNotThrow matching class', () => assert.doesNotThrow(codedError, TypeError, 'msg'));
report('doesNotThrow RegExp', () => assert.doesNotThrow(codedError, /bad/));
report('doesNotThrow fine', () => assert.doesNotThrow(() => 1));

async function reportAsync(label, fn) {
  try {
    await fn();
    console.log(`${label}: passed`);
  } catch (err) {
    console.log(`--- ${label}: ${summary(err)}`);
  }
}

(async () => {
  await reportAsync('rejects resolved', () => assert.rejects(Promise.resolve(1)));
  await reportAsync('rejects match', () => assert.rejects(Promise.reject(new Error('x')), /x/));
  await reportAsync('rejects async fn wrong class', () => assert.rejects(async () => { throw new TypeError('t'); }, RangeError));
  await reportAsync('rejects sync throw', () => assert.rejects(() => { throw new Error('sync'); }, { message: 'sync' }));
  await reportAsync('rejects non-promise return', () => assert.rejects(() => 5));
  await reportAsync('rejects bad argument', () => assert.rejects(5));
  await reportAsync('rejects thenable', () => assert.rejects({ then(ok, fail) { fail(new Error('t')); }, catch() {} }, /t/));
  await reportAsync('doesNotReject rejected', () => assert.doesNotReject(Promise.reject(new Error('q'))));
  await reportAsync('doesNotReject resolved', () => assert.doesNotReject(Promise.resolve(1)));
  await reportAsync('doesNotReject message', () => assert.doesNotReject(async () => { throw new Error('z'); }, 'because'));
})();
