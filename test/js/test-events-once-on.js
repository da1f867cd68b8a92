// events.once() resolves with the argument list or rejects on 'error' or
// abort; events.on() yields events as an async iterator and cleans up.
'use strict';
const assert = require('assert');
const EventEmitter = require('events');
const { once, on } = EventEmitter;

(async () => {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('hi', 1, 2));
  assert.deepStrictEqual(await once(e, 'hi'), [1, 2]);
  assert.strictEqual(e.listenerCount('hi'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  const boom = new Error('boom');
  process.nextTick(() => e.emit('error', boom));
  await assert.rejects(once(e, 'hi'), (err) => err === boom);
  assert.strictEqual(e.listenerCount('hi'), 0);

  // Waiting for 'error' itself resolves with it.
  process.nextTick(() => e.emit('error', boom));
  assert.deepStrictEqual(await once(e, 'error'), [boom]);

  const ac = new AbortController();
  const pending = once(e, 'later', { signal: ac.signal });
  ac.abort('reason');
  await assert.rejects(pending, { name: 'AbortError', code: 'ABORT_ERR', cause: 'reason' });
  assert.strictEqual(e.listenerCount('later'), 0);
  await assert.rejects(once(e, 'x', { signal: AbortSignal.abort() }), { name: 'AbortError' });
  await assert.rejects(once(e, 'x', { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });

  // once() works on EventTargets and resolves with the Event.
  const et = new EventTarget();
  process.nextTick(() => et.dispatchEvent(new Event('ping')));
  const [ev] = await once(et, 'ping');
  assert.strictEqual(ev.type, 'ping');

  // on(): buffered events are yielded in order; return() removes listeners.
  const it = on(e, 'data');
  e.emit('data', 'a');
  e.emit('data', 'b', 'c');
  assert.deepStrictEqual((await it.next()).value, ['a']);
  assert.deepStrictEqual((await it.next()).value, ['b', 'c']);
  assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
  assert.strictEqual(e.listenerCount('data'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });

  // An 'error' rejects the pending next() and ends the iterator.
  const it2 = on(e, 'data');
  const nextP = it2.next();
  e.emit('error', boom);
  await assert.rejects(nextP, (err) => err === boom);
  assert.deepStrictEqual(await it2.next(), { value: undefined, done: true });

  // Abort signal and close events.
  const ac2 = new AbortController();
  const it3 = on(e, 'tick', { signal: ac2.signal });
  process.nextTick(() => ac2.abort());
  await assert.rejects(it3.next(), { name: 'AbortError' });
  assert.throws(() => on(e, 'x', { signal: AbortSignal.abort() }), { name: 'AbortError' });

  const it4 = on(e, 'item', { close: ['end'] });
  process.nextTick(() => { e.emit('item', 1); e.emit('end'); e.emit('item', 2); });
  const items = [];
  for await (const [v] of it4) items.push(v);
  assert.deepStrictEqual(items, [1]);

  assert.throws(() => it4.throw(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(typeof it4[Symbol.asyncIterator], 'function');
})().then(() => { process.exitCode = 0; }, (err) => { console.error(err); process.exitCode = 1; });
