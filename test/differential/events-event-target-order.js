// EventTarget, Event, CustomEvent, AbortController and AbortSignal: dispatch
// order, options (once, capture, passive, signal), stopImmediatePropagation,
// listener errors as uncaught exceptions, and error messages.
'use strict';
const util = require('util');
const log = (...a) => console.log(...a);
const t = (label, fn) => {
  try { log(label, fn()); } catch (e) { log(label, 'throws', e.name, e.code, e.message); }
};

process.on('uncaughtException', (err) => log('uncaught', err.message));

t('event basics', () => {
  const e = new Event('foo', { cancelable: true, bubbles: true });
  return [e.type, e.cancelable, e.bubbles, e.composed, e.isTrusted, e.defaultPrevented,
    e.eventPhase, e.target, e.currentTarget, e.returnValue, e.cancelBubble,
    typeof e.timeStamp, e.composedPath().length].join(' ');
});
t('event no type', () => new Event());
t('event bad options', () => new Event('x', 5));
t('event null options', () => new Event('x', null).type);
t('event string type', () => new Event(12).type);
t('event constants', () => [Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE].join(','));
t('event invalid this', () => Event.prototype.preventDefault.call({}));
t('custom event', () => { const c = new CustomEvent('c', { detail: { d: 1 } }); return `${c.detail.d} ${c instanceof Event}`; });
t('toStringTag', () => [String(new Event('a')), String(new EventTarget()), String(new AbortController()), String(AbortSignal.abort())].join(' '));
t('inspect', () => [util.inspect(new EventTarget()), util.inspect(new AbortController()), util.inspect(AbortSignal.abort())].join(' | '));

{
  const et = new EventTarget();
  const order = [];
  const obj = { handleEvent(ev) { order.push(`obj ${this === obj} ${ev.currentTarget === et} ${ev.eventPhase}`); } };
  function f1(ev) { order.push(`f1 ${this === et}`); }
  et.addEventListener('go', f1);
  et.addEventListener('go', f1);
  et.addEventListener('go', f1, { capture: true });
  et.addEventListener('go', obj);
  et.addEventListener('go', () => order.push('once'), { once: true });
  const ev = new Event('go');
  log('dispatch returns', et.dispatchEvent(ev), order.join(', '));
  log('after dispatch', ev.target === et, ev.currentTarget, ev.eventPhase);
  order.length = 0;
  et.removeEventListener('go', f1);
  et.dispatchEvent(new Event('go'));
  log('second dispatch', order.join(', '));
  order.length = 0;
  et.removeEventListener('go', f1, true);
  et.dispatchEvent(new Event('go'));
  log('third dispatch', order.join(', '));
}

{
  const et = new EventTarget();
  const seen = [];
  et.addEventListener('s', (ev) => { seen.push('1'); ev.stopImmediatePropagation(); });
  et.addEventListener('s', () => seen.push('2'));
  et.addEventListener('s', () => seen.push('passive'), { passive: true });
  et.addEventListener('c', (ev) => { ev.preventDefault(); seen.push(`prevented ${ev.defaultPrevented}`); });
  et.dispatchEvent(new Event('s'));
  log('stopImmediatePropagation', seen.join(','));
  log('preventDefault cancelable', et.dispatchEvent(new Event('c', { cancelable: true })),
      'not cancelable', et.dispatchEvent(new Event('c')));
}

{
  const et = new EventTarget();
  et.addEventListener('r', (ev) => {
    try { et.dispatchEvent(ev); } catch (e) { log('recursion', e.code, e.message); }
  });
  et.dispatchEvent(new Event('r'));
  t('dispatch no arg', () => et.dispatchEvent());
  t('dispatch non-event', () => et.dispatchEvent({ type: 'x' }));
  t('add missing args', () => et.addEventListener('x'));
  t('add bad listener', () => et.addEventListener('x', 5));
  t('add bad options', () => et.addEventListener('x', () => {}, 5));
  t('invalid this', () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));
}

{
  const et = new EventTarget();
  et.addEventListener('boom', () => { throw new Error('listener threw'); });
  et.addEventListener('boom', () => log('second listener still runs'));
  et.dispatchEvent(new Event('boom'));
  log('dispatch returned after throw');
}

setTimeout(() => {
  const ac = new AbortController();
  const et = new EventTarget();
  let count = 0;
  et.addEventListener('ping', () => count++, { signal: ac.signal });
  et.dispatchEvent(new Event('ping'));
  ac.signal.addEventListener('abort', (ev) => log('abort event', ev.type, ev.isTrusted, ac.signal.aborted, String(ac.signal.reason)));
  ac.signal.onabort = (ev) => log('onabort', ev.constructor.name);
  ac.abort();
  ac.abort('ignored second');
  et.dispatchEvent(new Event('ping'));
  log('listener removed by signal', count);
  log('reason', ac.signal.reason.name, ac.signal.reason.message, ac.signal.reason.code, ac.signal.reason instanceof DOMException);
  t('throwIfAborted', () => ac.signal.throwIfAborted());
  t('custom reason', () => AbortSignal.abort('why').reason);
  t('illegal constructor', () => new AbortSignal());
  t('timeout bad delay', () => AbortSignal.timeout(-1));
  t('any bad', () => AbortSignal.any([1]));
  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  any.addEventListener('abort', () => log('any aborted', any.reason));
  b.abort('from b');
  a.abort('from a');
  log('any reason', any.reason, 'empty any', AbortSignal.any([]).aborted);
  const ts = AbortSignal.timeout(5);
  ts.addEventListener('abort', () => log('timeout', ts.reason.name, ts.reason.message, ts.reason.code));
  setTimeout(() => log('done'), 30);
}, 1);
