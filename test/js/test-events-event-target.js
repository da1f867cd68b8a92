// EventTarget and Event: dispatch order, duplicate suppression by
// (listener, capture), once/passive/signal options, handleEvent objects,
// preventDefault, stopImmediatePropagation, recursion and argument errors.
'use strict';
const assert = require('assert');

const et = new EventTarget();
const order = [];
const fn = function(ev) { order.push(['fn', this === et, ev.eventPhase, ev.currentTarget === et]); };
const obj = { handleEvent(ev) { order.push(['obj', this === obj, ev.type]); } };
et.addEventListener('x', fn);
et.addEventListener('x', fn);
et.addEventListener('x', fn, true);
et.addEventListener('x', obj);
et.addEventListener('x', () => order.push(['once']), { once: true });
const ev = new Event('x');
assert.strictEqual(ev.target, null);
assert.strictEqual(et.dispatchEvent(ev), true);
assert.deepStrictEqual(order.map((o) => o[0]), ['fn', 'fn', 'obj', 'once']);
assert.deepStrictEqual(order[0], ['fn', true, 2, true]);
assert.deepStrictEqual(order[2], ['obj', true, 'x']);
assert.strictEqual(ev.target, et);
assert.strictEqual(ev.currentTarget, null);
assert.strictEqual(ev.eventPhase, 0);

order.length = 0;
et.removeEventListener('x', fn);
et.dispatchEvent(new Event('x'));
assert.deepStrictEqual(order.map((o) => o[0]), ['fn', 'obj']);

// preventDefault only counts for cancelable events.
const t2 = new EventTarget();
t2.addEventListener('c', (e) => e.preventDefault());
assert.strictEqual(t2.dispatchEvent(new Event('c', { cancelable: true })), false);
assert.strictEqual(t2.dispatchEvent(new Event('c')), true);

// stopImmediatePropagation stops the remaining listeners.
const t3 = new EventTarget();
const hits = [];
t3.addEventListener('s', (e) => { hits.push(1); e.stopImmediatePropagation(); });
t3.addEventListener('s', () => hits.push(2));
const se = new Event('s');
t3.dispatchEvent(se);
assert.deepStrictEqual(hits, [1]);
assert.strictEqual(se.cancelBubble, true);

// An aborted signal removes the listener; an already aborted one never adds it.
const t4 = new EventTarget();
const ac = new AbortController();
let count = 0;
t4.addEventListener('p', () => count++, { signal: ac.signal });
t4.addEventListener('p', () => count += 100, { signal: AbortSignal.abort() });
t4.dispatchEvent(new Event('p'));
ac.abort();
t4.dispatchEvent(new Event('p'));
assert.strictEqual(count, 1);

// Re-dispatching during dispatch is an error.
const t5 = new EventTarget();
t5.addEventListener('r', (e) => {
  assert.throws(() => t5.dispatchEvent(e), {
    code: 'ERR_EVENT_RECURSION',
    message: 'The event "r" is already being dispatched',
  });
});
t5.dispatchEvent(new Event('r'));

assert.throws(() => new Event(), { code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified' });
assert.throws(() => new Event('a', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => et.addEventListener('a'), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" and "listener" arguments must be specified',
});
assert.throws(() => et.addEventListener('a', 'str'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => et.dispatchEvent('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => et.dispatchEvent(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => EventTarget.prototype.addEventListener.call({}, 'a', fn), { code: 'ERR_INVALID_THIS' });
assert.throws(() => Reflect.get(Event.prototype, 'type', {}), { code: 'ERR_INVALID_THIS' });

assert.strictEqual(Object.prototype.toString.call(new Event('a')), '[object Event]');
assert.strictEqual(Object.prototype.toString.call(et), '[object EventTarget]');
assert.deepStrictEqual([Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE], [0, 1, 2, 3]);
assert.strictEqual(new Event('a').isTrusted, false);

// A listener that throws is reported as an uncaught exception later; the
// other listeners still run.
const t6 = new EventTarget();
const ran = [];
t6.addEventListener('t', () => { throw new Error('listener error'); });
t6.addEventListener('t', () => ran.push('second'));
process.once('uncaughtException', (err) => {
  assert.strictEqual(err.message, 'listener error');
  ran.push('uncaught');
});
t6.dispatchEvent(new Event('t'));
assert.deepStrictEqual(ran, ['second']);
setImmediate(() => assert.deepStrictEqual(ran, ['second', 'uncaught']));
