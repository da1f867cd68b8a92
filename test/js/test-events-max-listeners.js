// The listener-leak warning: its text, its properties, once per event name,
// and the max-listeners setters and their validation.
'use strict';
const assert = require('assert');
const EventEmitter = require('events');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

const e = new EventEmitter();
assert.strictEqual(e.getMaxListeners(), 10);
for (let i = 0; i < 11; i++) e.on('foo', () => {});
for (let i = 0; i < 12; i++) e.on('foo', () => {});
e.setMaxListeners(1);
e.on('bar', () => {});
e.on('bar', () => {});
assert.strictEqual(e.setMaxListeners(0), e);
for (let i = 0; i < 50; i++) e.on('baz', () => {});

assert.throws(() => e.setMaxListeners(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => e.setMaxListeners('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { EventEmitter.defaultMaxListeners = NaN; }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => EventEmitter.setMaxListeners(1, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. Received an instance of Object',
});

const target = new EventTarget();
assert.strictEqual(EventEmitter.getMaxListeners(target), 10);
const other = new EventEmitter();
EventEmitter.setMaxListeners(3, target, other);
assert.strictEqual(EventEmitter.getMaxListeners(target), 3);
assert.strictEqual(other.getMaxListeners(), 3);
assert.throws(() => EventEmitter.getMaxListeners({}), { code: 'ERR_INVALID_ARG_TYPE' });

const previous = EventEmitter.defaultMaxListeners;
EventEmitter.defaultMaxListeners = 2;
assert.strictEqual(new EventEmitter().getMaxListeners(), 2);
EventEmitter.defaultMaxListeners = previous;

setImmediate(() => {
  assert.strictEqual(warnings.length, 2);
  const [w1, w2] = warnings;
  assert.strictEqual(w1.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w1.message,
                     'Possible EventEmitter memory leak detected. 11 foo listeners added to ' +
                     '[EventEmitter]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(w1.emitter, e);
  assert.strictEqual(w1.type, 'foo');
  assert.strictEqual(w1.count, 11);
  assert.strictEqual(w2.count, 2);
  assert.strictEqual(w2.type, 'bar');
  assert.match(w2.message, /MaxListeners is 1\./);
});
