// EventEmitter listener management: order of on/prepend/once, removal by
// the original function, rawListeners wrappers, counts and names.
'use strict';
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const calls = [];
function a(x) { calls.push(`a${x}`); }
function b(x) { calls.push(`b${x}`); }
function c(x) { calls.push(`c${x}`); }

assert.strictEqual(e.on('ev', a), e);
assert.strictEqual(e.once('ev', b), e);
assert.strictEqual(e.prependListener('ev', c), e);
assert.strictEqual(e.prependOnceListener('ev', a), e);
assert.deepStrictEqual(e.listeners('ev'), [a, c, a, b]);
const raw = e.rawListeners('ev');
assert.strictEqual(raw[0].listener, a);
assert.notStrictEqual(raw[0], a);
assert.strictEqual(raw[1], c);
assert.strictEqual(e.listenerCount('ev'), 4);
assert.strictEqual(e.listenerCount('ev', a), 2);
assert.strictEqual(EventEmitter.listenerCount(e, 'ev'), 4);

assert.strictEqual(e.emit('ev', 1), true);
assert.deepStrictEqual(calls, ['a1', 'c1', 'a1', 'b1']);
assert.deepStrictEqual(e.listeners('ev'), [c, a]);

// Removing by the original function removes the last matching entry.
e.on('ev', c);
e.removeListener('ev', c);
assert.deepStrictEqual(e.listeners('ev'), [c, a]);
e.off('ev', c);
assert.deepStrictEqual(e.listeners('ev'), [a]);
assert.strictEqual(typeof e._events.ev, 'function');

// A once wrapper can be removed through its user function before firing.
e.once('other', b);
e.removeListener('other', b);
assert.strictEqual(e.emit('other'), false);

// Listeners added or removed during emit do not affect the current emit.
const seq = [];
const e2 = new EventEmitter();
function first() { seq.push('first'); e2.removeListener('x', second); e2.on('x', third); }
function second() { seq.push('second'); }
function third() { seq.push('third'); }
e2.on('x', first);
e2.on('x', second);
e2.emit('x');
e2.emit('x');
assert.deepStrictEqual(seq, ['first', 'second', 'first', 'third']);

// eventNames includes symbols, in insertion order.
const sym = Symbol('s');
const e3 = new EventEmitter();
e3.on('one', a);
e3.on(sym, a);
assert.deepStrictEqual(e3.eventNames(), ['one', sym]);
e3.removeAllListeners('one');
assert.deepStrictEqual(e3.eventNames(), [sym]);
e3.removeAllListeners();
assert.deepStrictEqual(e3.eventNames(), []);
assert.strictEqual(e3._eventsCount, 0);

// `this` is the emitter; arguments pass through.
const e4 = new EventEmitter();
e4.on('args', function(...args) {
  assert.strictEqual(this, e4);
  assert.deepStrictEqual(args, [1, 'two', null]);
});
e4.emit('args', 1, 'two', null);

// newListener fires before the listener is added; removeListener after.
const e5 = new EventEmitter();
const meta = [];
e5.on('newListener', (name, fn) => meta.push(['new', name, e5.listenerCount(name), fn]));
e5.on('removeListener', (name, fn) => meta.push(['rm', name, e5.listenerCount(name), fn]));
e5.once('q', a);
e5.emit('q', 0);
assert.deepStrictEqual(meta, [['new', 'removeListener', 0, meta[0][3]], ['new', 'q', 0, a], ['rm', 'q', 0, a]]);

assert.throws(() => e.on('x', null), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => e.removeListener('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => e.once('x', {}), {
  message: 'The "listener" argument must be of type function. Received an instance of Object',
});

// Module shape.
assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
assert.strictEqual(EventEmitter.usingDomains, false);
assert.strictEqual(typeof EventEmitter.once, 'function');
assert.strictEqual(typeof EventEmitter.on, 'function');
assert.strictEqual(EventEmitter.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
