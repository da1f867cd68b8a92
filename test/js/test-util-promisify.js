'use strict';
// util.promisify / util.callbackify round trips, custom promisified functions, argument names.
const assert = require('assert');
const util = require('util');

function readValue(value, cb) {
  process.nextTick(() => (value instanceof Error ? cb(value) : cb(null, value)));
}
const readAsync = util.promisify(readValue);
assert.strictEqual(Object.getPrototypeOf(readAsync), Object.getPrototypeOf(readValue));
assert.strictEqual(readAsync.name, 'readValue');

function custom() {}
const customImpl = () => Promise.resolve('custom result');
custom[util.promisify.custom] = customImpl;
assert.strictEqual(util.promisify(custom), customImpl);
assert.strictEqual(util.promisify(readAsync), readAsync);

assert.throws(() => util.promisify('nope'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type string (\'nope\')',
});
assert.throws(() => util.callbackify(null), { code: 'ERR_INVALID_ARG_TYPE' });

const keepsThis = {
  factor: 3,
  scale(x, cb) { cb(null, x * this.factor); },
};
keepsThis.scaleAsync = util.promisify(keepsThis.scale);

async function main() {
  assert.strictEqual(await readAsync('value'), 'value');
  await assert.rejects(readAsync(new Error('boom')), { message: 'boom' });
  assert.strictEqual(await keepsThis.scaleAsync(2), 6);

  const back = util.callbackify(readAsync);
  await new Promise((resolve) => back('again', (err, value) => {
    assert.strictEqual(err, null);
    assert.strictEqual(value, 'again');
    resolve();
  }));
  const rejectsFalsy = util.callbackify(() => Promise.reject(0));
  await new Promise((resolve) => rejectsFalsy((err) => {
    assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(err.reason, 0);
    resolve();
  }));
  // A throw in the callback is not turned into a rejection: it is uncaught.
  const thrower = util.callbackify(async () => 1);
  await new Promise((resolve) => {
    process.once('uncaughtException', (err) => {
      assert.strictEqual(err.message, 'from callback');
      resolve();
    });
    thrower(() => { throw new Error('from callback'); });
  });
}
main().then(() => console.log('ok'));
