// Flags: --expose-gc
'use strict';
// V8's foreground tasks run promptly even while the event loop would otherwise sleep: a
// FinalizationRegistry callback due after a GC runs before a 1.5 s timer fires, not when the timer
// wakes the loop. The same goes for one whose object dies inside a callback, while a later timer
// is pending.
const started = Date.now();
const registry = new FinalizationRegistry((label) => {
  console.log('cleaned', label, Date.now() - started < 1000 ? 'promptly' : 'late');
});

(function register() { registry.register({}, 'after main script'); })();
gc();

setTimeout(() => {
  (function register() { registry.register({}, 'inside a timer'); })();
  gc();
}, 10);

setTimeout(() => console.log('long timer fired'), 1500);
