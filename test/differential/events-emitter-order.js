// EventEmitter: listener order, once/prepend, newListener/removeListener
// events, removal during emit, error semantics, the leak warning, and the
// static helpers (once, on, getEventListeners, listenerCount).
'use strict';
const EventEmitter = require('events');
const { once, on, getEventListeners, getMaxListeners, errorMonitor } = EventEmitter;

const log = (...a) => console.log(...a);

log(Object.keys(EventEmitter).join(','));
log(EventEmitter.EventEmitter === EventEmitter, EventEmitter.usingDomains,
    EventEmitter.defaultMaxListeners, String(EventEmitter.captureRejectionSymbol),
    String(errorMonitor), typeof EventEmitter.kMaxEventTargetListeners);

{
  const e = new EventEmitter();
  e.on('newListener', (ev, fn) => log('newListener', String(ev), fn.name));
  e.on('removeListener', (ev, fn) => log('removeListener', String(ev), fn.name));
  function a(...args) { log('a', this === e, args.join(',')); }
  function b() { log('b'); }
  function c() { log('c'); }
  e.on('x', a);
  e.once('x', b);
  e.prependListener('x', c);
  e.prependOnceListener('x', function d() { log('d'); });
  log('count', e.listenerCount('x'), e.listenerCount('x', b), EventEmitter.listenerCount(e, 'x'));
  log('listeners', e.listeners('x').map((f) => f.name).join(','));
  log('raw', e.rawListeners('x').map((f) => f.name).join(','));
  log('emit', e.emit('x', 1, 2));
  log('emit again', e.emit('x', 3));
  log('emit none', e.emit('nothing'));
  log('names', e.eventNames().map(String).join(','));
  e.off('x', a);
  e.removeAllListeners('x');
  e.removeAllListeners();
  log('after removeAll', e.eventNames().length, e._eventsCount);
}

{
  const e = new EventEmitter();
  const calls = [];
  function first() { calls.push('first'); e.removeListener('y', second); e.on('y', () => calls.push('added')); }
  function second() { calls.push('second'); }
  e.on('y', first);
  e.on('y', second);
  e.emit('y');
  e.emit('y');
  log('removal during emit', calls.join(' '));
}

{
  const e = new EventEmitter();
  try { e.emit('error', new RangeError('r')); } catch (err) { log('thrown', err.name, err.message); }
  try { e.emit('error', 'str'); } catch (err) { log('thrown', err.code, err.message, err.context); }
  try { e.emit('error', { a: 1 }); } catch (err) { log('thrown', err.message); }
  try { e.emit('error'); } catch (err) { log('thrown', err.message); }
  e.on(errorMonitor, (err) => log('monitor', err.message));
  try { e.emit('error', new Error('watched')); } catch (err) { log('still thrown', err.message); }
  e.on('error', (err) => log('handled', err.message));
  e.emit('error', new Error('caught'));
}

{
  const e = new EventEmitter();
  for (const bad of [-1, NaN, 'x']) {
    try { e.setMaxListeners(bad); } catch (err) { log(err.code, err.message); }
  }
  try { e.on('z', 'notfn'); } catch (err) { log(err.code, err.message); }
  try { EventEmitter.defaultMaxListeners = -2; } catch (err) { log(err.code, err.message); }
  e.setMaxListeners(1);
  log('max', e.getMaxListeners(), getMaxListeners(e));
}

process.on('warning', (w) => log('warning', w.name, w.message, w.count, String(w.type), w.emitter !== undefined));
{
  const e = new EventEmitter();
  e.setMaxListeners(2);
  for (let i = 0; i < 4; i++) e.on('leak', () => {});
  class Custom extends EventEmitter {}
  const c = new Custom();
  for (let i = 0; i < 11; i++) c.on(Symbol.for('sym'), () => {});
  const z = new EventEmitter();
  z.setMaxListeners(0);
  for (let i = 0; i < 20; i++) z.on('many', () => {});
}

(async () => {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('ready', 'v1', 'v2'));
  log('once resolved', (await once(e, 'ready')).join(','));
  process.nextTick(() => e.emit('error', new Error('once failed')));
  try { await once(e, 'never'); } catch (err) { log('once rejected', err.message, e.listenerCount('never'), e.listenerCount('error')); }
  const ac = new AbortController();
  const p = once(e, 'later', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (err) { log('once aborted', err.name, err.code, e.listenerCount('later')); }

  const it = on(e, 'tick');
  process.nextTick(() => { e.emit('tick', 1); e.emit('tick', 2); e.emit('tick', 3); });
  let n = 0;
  for await (const args of it) {
    log('on', args.join(','));
    if (++n === 3) break;
  }
  log('after on loop', e.listenerCount('tick'), e.listenerCount('error'));

  const it2 = on(e, 'item', { close: ['done'] });
  process.nextTick(() => { e.emit('item', 'a'); e.emit('done'); e.emit('item', 'b'); });
  const items = [];
  for await (const [v] of it2) items.push(v);
  log('close option', items.join(','));

  const et = new EventTarget();
  const l = () => {};
  et.addEventListener('foo', l);
  log('getEventListeners', getEventListeners(et, 'foo').length, getEventListeners(e, 'item').length);

  const cr = new EventEmitter({ captureRejections: true });
  cr.on('evt', async () => { throw new Error('async listener failed'); });
  cr.on('error', (err) => log('captured', err.message));
  cr.emit('evt');
})();
