// Readable.from() over sync/async iterables, async iteration of readables
// (break, errors, destroyOnReturn), and the array-like operators.
'use strict';
const { Readable } = require('stream');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }

scenario('from sync iterable interleaving with ticks', (log, done) => {
  const r = Readable.from(['a', 'b', 'c']);
  r.on('data', (d) => log.push(`data ${d}`));
  r.on('end', () => log.push('end'));
  r.on('close', done);
  let n = 0;
  (function tick() { if (n++ < 4) { log.push(`tick ${n}`); process.nextTick(tick); } })();
  let m = 0;
  (function micro() { if (m++ < 4) { log.push(`micro ${m}`); queueMicrotask(micro); } })();
});

scenario('from async generator', (log, done) => {
  async function* gen() { yield 1; await null; yield 2; yield 3; }
  const r = Readable.from(gen());
  log.push(`objectMode ${r.readableObjectMode} hwm ${r.readableHighWaterMark}`);
  r.on('data', (d) => log.push(`data ${d}`));
  r.on('end', () => log.push('end'));
  r.on('close', done);
});

scenario('from with promises in a sync iterable', (log, done) => {
  const r = Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]);
  r.on('data', (d) => log.push(`data ${d}`));
  r.on('close', done);
});

scenario('from string and buffer are one chunk', (log, done) => {
  const out = [];
  Readable.from('hello').on('data', (d) => out.push(`str:${d}`)).on('end', () => {
    Readable.from(Buffer.from('hi')).on('data', (d) => out.push(`buf:${d.length}`)).on('end', () => {
      log.push(out.join(' '));
      done();
    });
  });
});

scenario('from rejects null and bad input', (log, done) => {
  try { Readable.from(5); } catch (e) { log.push(`${e.code} ${e.message}`); }
  const r = Readable.from([1, null, 2]);
  r.on('data', (d) => log.push(`data ${d}`));
  r.on('error', (e) => log.push(`error ${e.code}`));
  r.on('close', done);
});

scenario('async iteration collects', async (log, done) => {
  const r = new Readable({ read() {} });
  r.push('x'); r.push('y');
  setImmediate(() => { r.push('z'); r.push(null); });
  const got = [];
  for await (const c of r) got.push(c.toString());
  log.push(`got ${got.join(',')} destroyed ${r.destroyed}`);
  done();
});

scenario('break destroys the stream', async (log, done) => {
  const r = Readable.from([1, 2, 3, 4]);
  r.on('close', () => log.push('close'));
  for await (const v of r) {
    log.push(`v ${v}`);
    if (v === 2) break;
  }
  log.push(`after loop destroyed ${r.destroyed}`);
  setImmediate(done);
});

scenario('destroyOnReturn false keeps it', async (log, done) => {
  const r = Readable.from([1, 2, 3]);
  for await (const v of r.iterator({ destroyOnReturn: false })) { log.push(`v ${v}`); break; }
  log.push(`destroyed ${r.destroyed}`);
  for await (const v of r) log.push(`rest ${v}`);
  done();
});

scenario('iteration surfaces errors', async (log, done) => {
  const r = new Readable({ read() {} });
  r.push('ok');
  setImmediate(() => r.destroy(new Error('iter boom')));
  try {
    for await (const c of r) log.push(`c ${c}`);
  } catch (e) {
    log.push(`caught ${e.message}`);
  }
  done();
});

scenario('operators', async (log, done) => {
  const src = () => Readable.from([1, 2, 3, 4, 5]);
  log.push(`map ${await src().map((x) => x * 10).toArray()}`);
  log.push(`filter ${await src().filter(async (x) => x % 2).toArray()}`);
  log.push(`take/drop ${await src().drop(1).take(2).toArray()}`);
  log.push(`reduce ${await src().reduce((a, b) => a + b, 0)}`);
  log.push(`some ${await src().some((x) => x > 4)} every ${await src().every((x) => x > 0)}`);
  log.push(`find ${await src().find((x) => x > 2)}`);
  const seen = [];
  await src().forEach((x) => seen.push(x));
  log.push(`forEach ${seen}`);
  log.push(`flatMap ${await src().flatMap((x) => [x, x]).take(4).toArray()}`);
  log.push(`concurrency ${await src().map(async (x) => { await new Promise((r) => setTimeout(r, 6 - x)); return x; }, { concurrency: 3 }).toArray()}`);
  try { src().map(1); } catch (e) { log.push(`${e.code} ${e.message}`); }
  try { await Readable.from([]).reduce((a, b) => a); } catch (e) { log.push(`${e.code} ${e.message}`); }
  done();
});

let i = 0;
function next() {
  if (i === scenarios.length) return;
  const [name, fn] = scenarios[i++];
  const log = [];
  let finishedOnce = false;
  fn(log, () => {
    if (finishedOnce) return;
    finishedOnce = true;
    setTimeout(() => {
      console.log(`## ${name}\n${log.join('\n')}`);
      next();
    }, 2);
  });
}
next();
