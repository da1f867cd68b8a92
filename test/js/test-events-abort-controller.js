// AbortController/AbortSignal: one trusted 'abort' event, the default
// DOMException reason, throwIfAborted, AbortSignal.abort/timeout/any, and
// the onabort handler.
'use strict';
const assert = require('assert');

const ac = new AbortController();
const { signal } = ac;
assert.strictEqual(signal.aborted, false);
assert.strictEqual(signal.reason, undefined);
signal.throwIfAborted();

const events = [];
signal.addEventListener('abort', (ev) => events.push(['listener', ev.isTrusted, ev.type]));
signal.onabort = (ev) => events.push(['onabort', ev.target === signal]);
assert.strictEqual(typeof signal.onabort, 'function');
ac.abort();
ac.abort('second call is ignored');
assert.deepStrictEqual(events, [['listener', true, 'abort'], ['onabort', true]]);
assert.strictEqual(signal.aborted, true);
assert.strictEqual(signal.reason.name, 'AbortError');
assert.strictEqual(signal.reason.message, 'This operation was aborted');
assert.strictEqual(signal.reason.code, 20);
assert.ok(signal.reason instanceof Error);
assert.throws(() => signal.throwIfAborted(), (err) => err === signal.reason);

const custom = AbortSignal.abort({ why: 1 });
assert.strictEqual(custom.aborted, true);
assert.deepStrictEqual(custom.reason, { why: 1 });

assert.throws(() => new AbortSignal(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
assert.throws(() => Reflect.get(AbortSignal.prototype, 'aborted', {}), { code: 'ERR_INVALID_THIS' });
assert.throws(() => AbortSignal.timeout(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => AbortSignal.timeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => AbortSignal.any('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => AbortSignal.any([{}]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[0]" argument must be an instance of AbortSignal. Received an instance of Object',
});

// any(): follows the first source to abort, including through composites.
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const nested = AbortSignal.any([any]);
b.abort('b first');
a.abort('a second');
assert.strictEqual(any.reason, 'b first');
assert.strictEqual(nested.reason, 'b first');
assert.strictEqual(AbortSignal.any([AbortSignal.abort('pre')]).reason, 'pre');
assert.strictEqual(AbortSignal.any([]).aborted, false);

// timeout(): aborts with a TimeoutError DOMException.
const t = AbortSignal.timeout(10);
t.addEventListener('abort', () => {
  assert.strictEqual(t.reason.name, 'TimeoutError');
  assert.strictEqual(t.reason.message, 'The operation was aborted due to timeout');
  assert.strictEqual(t.reason.code, 23);
  done = true;
});
let done = false;
setTimeout(() => assert.ok(done, 'timeout signal fired'), 60);

assert.strictEqual(Object.prototype.toString.call(signal), '[object AbortSignal]');
assert.strictEqual(Object.prototype.toString.call(ac), '[object AbortController]');
