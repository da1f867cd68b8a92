// 'error' semantics: an unhandled error event throws (the error itself, or
// ERR_UNHANDLED_ERROR for non-errors), errorMonitor sees it first, and
// captureRejections routes rejected async listeners to 'error'.
'use strict';
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const err = new TypeError('bad');
assert.throws(() => e.emit('error', err), (thrown) => thrown === err);
assert.throws(() => e.emit('error', 'text'), {
  name: 'Error',
  code: 'ERR_UNHANDLED_ERROR',
  message: "Unhandled error. ('text')",
  context: 'text',
});
assert.throws(() => e.emit('error'), { message: 'Unhandled error. (undefined)' });
assert.throws(() => e.emit('error', { x: 1 }), { message: 'Unhandled error. ({ x: 1 })' });

const seen = [];
e.on(EventEmitter.errorMonitor, (er) => seen.push(['monitor', er.message]));
assert.throws(() => e.emit('error', new Error('m1')), /m1/);
e.on('error', (er) => seen.push(['handler', er.message]));
assert.strictEqual(e.emit('error', new Error('m2')), true);
assert.deepStrictEqual(seen, [['monitor', 'm1'], ['monitor', 'm2'], ['handler', 'm2']]);

// captureRejections: per instance and validated.
assert.throws(() => new EventEmitter({ captureRejections: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.captureRejections" property must be of type boolean. Received type string (\'yes\')',
});
assert.throws(() => { EventEmitter.captureRejections = 1; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(EventEmitter.captureRejections, false);

const cap = new EventEmitter({ captureRejections: true });
cap.on('work', async () => { throw new Error('async failure'); });
let captured;
cap.on('error', (er) => { captured = er; });
cap.emit('work');

const custom = new EventEmitter({ captureRejections: true });
let rejection;
custom[Symbol.for('nodejs.rejection')] = (er, type, ...args) => { rejection = [er.message, type, args]; };
custom.on('job', async () => { throw new Error('r'); });
custom.emit('job', 7);

setTimeout(() => {
  assert.strictEqual(captured.message, 'async failure');
  assert.deepStrictEqual(rejection, ['r', 'job', [7]]);
}, 5);
