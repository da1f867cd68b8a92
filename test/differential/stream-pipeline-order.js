// pipeline() and finished(): completion and error propagation across
// streams, iterables and async generator stages, callback and promise forms.
'use strict';
const stream = require('stream');
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = stream;
const promises = require('stream/promises');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }

function collector(log, name = 'sink') {
  const out = [];
  const w = new Writable({
    objectMode: true,
    write(c, e, cb) { out.push(String(c)); cb(); },
  });
  w.on('finish', () => log.push(`${name} finish ${out.join('|')}`));
  w.on('close', () => log.push(`${name} close`));
  return w;
}

scenario('streams only', (log, done) => {
  const up = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const src = Readable.from(['a', 'b', 'c']);
  src.on('close', () => log.push('src close'));
  up.on('close', () => log.push('up close'));
  const ret = pipeline(src, up, collector(log), (err) => {
    log.push(`done ${err}`);
    done();
  });
  log.push(`returns last ${ret instanceof Writable}`);
});

scenario('async generator stages', (log, done) => {
  pipeline(
    function* () { yield 'x'; yield 'y'; },
    async function* (source) { for await (const c of source) yield c + c; },
    async function* (source) { for await (const c of source) yield `<${c}>`; },
    collector(log),
    (err) => { log.push(`done ${err}`); done(); },
  );
});

scenario('final stage async function returns value', (log, done) => {
  pipeline(
    Readable.from([1, 2, 3]),
    async function (source) {
      let sum = 0;
      for await (const n of source) sum += n;
      return sum;
    },
    (err, val) => { log.push(`done ${err} value ${val}`); done(); },
  );
});

scenario('error in middle stream destroys all', (log, done) => {
  const src = new Readable({ read() { this.push('data'); } });
  const bad = new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
  const dst = collector(log);
  src.on('close', () => log.push(`src close destroyed=${src.destroyed}`));
  bad.on('error', (e) => log.push(`bad error ${e.message}`));
  pipeline(src, bad, dst, (err) => {
    log.push(`done ${err && err.message} dst.destroyed=${dst.destroyed}`);
    setImmediate(done);
  });
});

scenario('error thrown in generator', (log, done) => {
  pipeline(
    Readable.from(['1', '2']),
    async function* (source) { for await (const c of source) { if (c === '2') throw new Error('gen ' + c); yield c; } },
    collector(log),
    (err) => { log.push(`done ${err && err.message}`); setImmediate(done); },
  );
});

scenario('premature close of source', (log, done) => {
  const src = new Readable({ read() {} });
  src.push('a');
  pipeline(src, collector(log), (err) => { log.push(`done ${err && err.code}`); setImmediate(done); });
  setImmediate(() => src.destroy());
});

scenario('promise pipeline with signal', (log, done) => {
  const ac = new AbortController();
  const src = new Readable({ read() {} });
  promises.pipeline(src, collector(log), { signal: ac.signal })
    .then(() => log.push('resolved'), (err) => log.push(`rejected ${err.name} ${err.code}`))
    .then(() => setImmediate(done));
  setImmediate(() => ac.abort());
});

scenario('promise pipeline resolves', (log, done) => {
  promises.pipeline(Readable.from(['q']), new PassThrough({ objectMode: true }), collector(log))
    .then((v) => { log.push(`resolved ${v}`); done(); });
});

scenario('finished on readable and writable', (log, done) => {
  const r = new Readable({ read() {} });
  finished(r, (err) => log.push(`r finished ${err}`));
  r.resume();
  r.push(null);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const cleanup = finished(w, (err) => log.push(`w finished ${err}`));
  log.push(`cleanup ${typeof cleanup}`);
  w.end('z');
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  finished(w2, (err) => { log.push(`w2 finished ${err && err.code}`); done(); });
  w2.destroy();
});

scenario('finished promise and already finished', (log, done) => {
  const r = Readable.from([]);
  r.resume();
  r.on('close', () => {
    promises.finished(r).then(() => { log.push('late finished resolves'); done(); });
  });
});

scenario('finished with error', (log, done) => {
  const r = new Readable({ read() {} });
  finished(r, (err) => { log.push(`finished ${err.message}`); done(); });
  r.on('error', () => log.push('error listener'));
  r.destroy(new Error('E'));
});

scenario('missing arguments', (log, done) => {
  try { pipeline(); } catch (e) { log.push(`${e.code} ${e.message}`); }
  try { pipeline(new PassThrough(), () => {}); } catch (e) { log.push(`${e.code} ${e.message}`); }
  try { pipeline(new PassThrough(), new PassThrough()); } catch (e) { log.push(`${e.code} ${e.message}`); }
  try { finished(1, () => {}); } catch (e) { log.push(`${e.code} ${e.message}`); }
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
