// timers/promises: values, AbortSignal cancellation (AbortError with the signal's reason as cause),
// option validation as rejections, ref: false, the setInterval async iterator and scheduler.
const tp = require('timers/promises');
const util = require('util');
const out = [];
const say = (...args) => out.push(args.join(' '));
const describe = (e) => `${e.name} ${e.code} ${e.message}` +
  (e.cause !== undefined ? ` cause=${e.cause && e.cause.name}:${e.cause && e.cause.message}` : '');

(async () => {
  say('exports', Object.keys(tp).join(','));
  say('require("timers").promises', require('timers').promises === tp);
  say('promisify(setTimeout)', util.promisify(setTimeout) === tp.setTimeout);
  say('promisify(setImmediate)', util.promisify(setImmediate) === tp.setImmediate);
  say('setTimeout', await tp.setTimeout(2, 'a'));
  say('setTimeout without value', await tp.setTimeout(1));
  say('setImmediate', await tp.setImmediate({ x: 1 }).then((v) => JSON.stringify(v)));

  for (const options of [null, 1, 'x']) {
    await tp.setTimeout(1, 'v', options).catch((e) => say('options', String(options), describe(e)));
    await tp.setImmediate('v', options).catch((e) => say('options', String(options), describe(e)));
  }
  await tp.setTimeout(1, 'v', { ref: 'yes' }).catch((e) => say('ref', describe(e)));
  await tp.setTimeout(1, 'v', { signal: {} }).catch((e) => say('signal', describe(e)));

  // Already aborted, with and without a reason.
  const aborted = new AbortController();
  aborted.abort();
  await tp.setTimeout(1, 'v', { signal: aborted.signal }).catch((e) => say('pre-aborted', describe(e)));
  await tp.setImmediate('v', { signal: aborted.signal }).catch((e) => say('pre-aborted', describe(e)));
  const withReason = new AbortController();
  withReason.abort(new Error('my reason'));
  await tp.setTimeout(1, 'v', { signal: withReason.signal })
    .catch((e) => say('reason', describe(e)));

  // Aborted while waiting.
  const ac = new AbortController();
  const pending = tp.setTimeout(1000, 'v', { signal: ac.signal });
  setTimeout(() => ac.abort(), 1);
  await pending.catch((e) => say('aborted while waiting', describe(e)));

  // The interval iterator: values, break, abort, bad options.
  let n = 0;
  for await (const v of tp.setInterval(1, 'iv')) {
    say('interval', v, ++n);
    if (n === 3) break;
  }
  const ac2 = new AbortController();
  n = 0;
  try {
    for await (const v of tp.setInterval(1, 'iv2', { signal: ac2.signal })) {
      say('interval until abort', v, ++n);
      if (n === 2) ac2.abort();
    }
  } catch (e) {
    say('interval aborted', describe(e));
  }
  await tp.setInterval(1, 'v', null).next().catch((e) => say('interval options', describe(e)));
  await tp.setInterval(1, 'v', { ref: 0 }).next().catch((e) => say('interval ref', describe(e)));

  say('scheduler.wait', await tp.scheduler.wait(1));
  say('scheduler.yield', await tp.scheduler.yield());
  await tp.scheduler.wait('1').catch((e) => say('scheduler.wait bad delay', describe(e)));
  await tp.scheduler.wait(1, null).catch((e) => say('scheduler.wait bad options', describe(e)));
  try {
    tp.scheduler.wait.call({}, 1);
  } catch (e) {
    say('scheduler.wait bad this', describe(e));
  }
  for (const delay of [null, '1', {}]) {
    await tp.setTimeout(delay, 'v', { signal: 1 }).catch((e) => say('delay first', describe(e)));
    const it = tp.setInterval(delay, 'v', null);
    await it.next().catch((e) => say('interval delay first', describe(e)));
  }
  await tp.setTimeout(1, 'v', { ref: 1, signal: 3 }).catch((e) => say('signal before ref', describe(e)));
  say('undefined delay', await tp.setTimeout(undefined, 'u'));

  // An unref'd promise timer does not keep the process alive: the process exits first.
  tp.setTimeout(100000, 'never', { ref: false }).then(() => say('unref: must not resolve'));
})();

process.on('exit', () => console.log(out.join('\n')));
