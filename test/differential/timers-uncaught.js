// An exception thrown by a timer or an immediate goes to 'uncaughtException'; the remaining due
// timers and queued immediates still run, in order, and nextTicks queued before the throw run too.
const out = [];
process.on('uncaughtException', (err) => out.push(`caught ${err.message}`));

setTimeout(() => {
  out.push('timer 1');
  process.nextTick(() => out.push('tick from timer 1'));
  throw new Error('from timer 1');
}, 1);
setTimeout(() => out.push('timer 2 (same list)'), 1);
// Both timers must be due when the list runs (their start times may straddle a millisecond).
for (const end = Date.now() + 5; Date.now() < end;);
setTimeout(() => {
  out.push('timer 3 (later list)');
  setImmediate(() => {
    out.push('immediate 1');
    throw new Error('from immediate 1');
  });
  setImmediate(() => out.push('immediate 2'));
  setImmediate(() => {
    out.push('immediate 3');
    let n = 0;
    const iv = setInterval(() => {
      out.push(`interval ${++n}`);
      if (n === 2) clearInterval(iv);
      throw new Error(`from interval ${n}`);
    }, 1);
  });
}, 10);

process.on('exit', (code) => {
  out.push(`exit ${code}`);
  console.log(out.join('\n'));
});
