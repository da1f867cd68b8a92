// Errors built by internal/errors look like Node's: the code in toString() and in the stack
// header, the plain base-class name, `code` as the only enumerable own property.
'use strict';
const assert = require('assert');
const path = require('path');
const { EventEmitter } = require('events');

function thrown(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

const err = thrown(() => path.join('a', 42));
assert.strictEqual(err.name, 'TypeError');
assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(err.message,
                   'The "path" argument must be of type string. Received type number (42)');
assert.strictEqual(String(err),
                   'TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string. ' +
                   'Received type number (42)');
assert.strictEqual(err.stack.split('\n')[0], String(err));
assert.ok(err instanceof TypeError);
assert.strictEqual(err.constructor, TypeError);
assert.deepStrictEqual(Object.keys(err), ['code']);
assert.strictEqual(Object.prototype.hasOwnProperty.call(err, 'name'), false);
assert.strictEqual(Object.prototype.propertyIsEnumerable.call(err, 'message'), false);

// The stack starts at the public API's caller, not inside the validators.
function callerOfJoin() {
  return thrown(() => path.join(null));
}
const frames = callerOfJoin().stack.split('\n').slice(1);
assert.ok(!/validators/.test(frames[0]), frames[0]);

// Renaming shows in toString(), as in Node.
err.name = 'Renamed';
assert.strictEqual(String(err).split(':')[0], 'Renamed [ERR_INVALID_ARG_TYPE]');

// ERR_UNHANDLED_ERROR names the emitted value and keeps it as `context`.
const unhandled = thrown(() => new EventEmitter().emit('error', 42));
assert.strictEqual(unhandled.name, 'Error');
assert.strictEqual(unhandled.code, 'ERR_UNHANDLED_ERROR');
assert.strictEqual(unhandled.message, 'Unhandled error. (42)');
assert.strictEqual(unhandled.context, 42);
assert.strictEqual(String(unhandled), 'Error [ERR_UNHANDLED_ERROR]: Unhandled error. (42)');
