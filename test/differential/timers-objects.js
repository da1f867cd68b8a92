// Timeout and Immediate objects: ref/unref/hasRef/refresh/close, numeric ids usable with
// clearTimeout, argument validation, delay coercion and TimeoutOverflowWarning.
const timers = require('timers');
const out = [];
const say = (...args) => out.push(args.join(' '));

say('exports', Object.keys(timers).join(','));
say('globals are the module\'s', setTimeout === timers.setTimeout, clearImmediate === timers.clearImmediate);

const t = setTimeout(() => {
  say('t fired');
  immediates();
}, 1);
say('hasRef', t.hasRef(), 'unref returns this', t.unref() === t, 'hasRef', t.hasRef());
say('ref returns this', t.ref() === t, 'hasRef', t.hasRef());
say('constructor', t.constructor.name, typeof t[Symbol.toPrimitive]);
const proto = Object.getOwnPropertyNames(Object.getPrototypeOf(t)).join(',');
say('Timeout prototype', proto);
say('fields', ['_idleTimeout', '_onTimeout', '_timerArgs', '_repeat', '_destroyed']
  .map((k) => `${k}=${typeof t[k] === 'function' ? 'fn' : t[k]}`).join(' '));

// A numeric id clears the timer; so does its string form.
const byNumber = setTimeout(() => say('byNumber: must not run'), 1);
clearTimeout(+byNumber);
const byString = setTimeout(() => say('byString: must not run'), 1);
clearTimeout(`${byString}`);
say('ids are numbers', typeof +byNumber, Number.isInteger(+byNumber));
say('cleared', byNumber._destroyed, byNumber._idleTimeout);

// close() clears, and returns the timeout.
const closed = setTimeout(() => say('closed: must not run'), 1);
say('close returns this', closed.close() === closed, closed._destroyed);

// Delay coercion: non-numbers, negatives, NaN and too-large values become 1 ms.
for (const delay of [undefined, null, '5', -10, NaN, 2 ** 31 - 1, 2 ** 31, Infinity, '']) {
  const x = setTimeout(() => {}, delay);
  say('delay', String(delay), '->', x._idleTimeout);
  clearTimeout(x);
}
process.on('warning', (w) => say('warning', w.name, JSON.stringify(w.message)));

// Bad callbacks.
for (const bad of [undefined, 'str', 1, {}]) {
  for (const fn of [setTimeout, setInterval, setImmediate]) {
    try {
      fn(bad);
    } catch (e) {
      say(fn.name, e.name, e.code, e.message);
    }
  }
}
// Clearing nonsense is silent.
clearTimeout(undefined); clearTimeout(null); clearTimeout({}); clearTimeout(12345);
clearImmediate(undefined); clearImmediate({}); clearInterval('x');

// Immediates (started from a timer, so they run in a known order relative to it).
function immediates() {
  const imm = setImmediate((a, b) => say('immediate args', a, b), 'a', 'b');
  say('Immediate', imm.constructor.name, imm.hasRef(), imm.unref() === imm, imm.hasRef(),
      imm.ref() === imm, imm.hasRef());
  say('Immediate prototype', Object.getOwnPropertyNames(Object.getPrototypeOf(imm)).join(','));
  setImmediate(() => {
    say('after run: hasRef', imm.hasRef(), '_destroyed', imm._destroyed);
    refresh();
  });
}

// refresh restarts the countdown and keeps firing once.
let refreshed = 0;
function refresh() {
  const r = setTimeout(() => { refreshed++; say('refreshed timer fired', refreshed); }, 20);
  setTimeout(() => say('refresh returns this', r.refresh() === r), 10);
}

// An interval's `this` is its Timeout; clearing from inside stops it.
let ticks = 0;
const iv = setInterval(function() {
  ticks++;
  if (this !== iv) say('bad this');
  if (ticks === 2) clearInterval(this);
}, 1);

// An unref'd timer does not keep the process alive.
setTimeout(() => say('unrefd: must not run'), 5000).unref();

process.on('exit', () => {
  say('interval ticks', ticks, 'refreshed', refreshed);
  console.log(out.join('\n'));
});
