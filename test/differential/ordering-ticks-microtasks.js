// nextTick before promise microtasks, nested scheduling, queueMicrotask, as node orders them.
const log = [];
Promise.resolve().then(() => log.push('promise 1'));
process.nextTick(() => {
  log.push('tick 1');
  process.nextTick(() => log.push('tick 1.1'));
  Promise.resolve().then(() => log.push('promise from tick 1'));
});
queueMicrotask(() => {
  log.push('microtask 1');
  process.nextTick(() => log.push('tick from microtask'));
});
process.nextTick((a, b) => log.push(`tick 2 ${a} ${b}`), 'x', 'y');
(async () => {
  log.push('async start');
  await null;
  log.push('after await');
})();
log.push('sync end');
process.on('beforeExit', () => {
  if (log.length === 0) return;
  console.log(log.join('\n'));
  log.length = 0;
});
