// Transform and Duplex: flush timing, callback forms, allowHalfOpen,
// disabled sides, and the readable/writable hwm interplay.
'use strict';
const { Transform, PassThrough, Duplex, Readable } = require('stream');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }

function trace(log, s, name, events) {
  for (const ev of events) {
    s.on(ev, (arg) => {
      let t = `${name} ${ev}`;
      if (ev === 'data') t += ` ${arg}`;
      if (ev === 'error') t += ` ${arg.message}`;
      log.push(t);
    });
  }
}

scenario('transform with flush', (log, done) => {
  const t = new Transform({
    transform(chunk, enc, cb) { log.push(`_transform ${chunk}`); this.push(`[${chunk}]`); cb(); },
    flush(cb) { log.push('_flush'); cb(null, 'END'); },
  });
  trace(log, t, 't', ['data', 'prefinish', 'finish', 'end', 'close']);
  t.write('a');
  t.write('b');
  t.end();
  t.on('close', done);
});

scenario('transform async callback and value arg', (log, done) => {
  const t = new Transform({
    objectMode: true,
    transform(chunk, enc, cb) { setImmediate(() => cb(null, chunk * 2)); },
  });
  trace(log, t, 't', ['data', 'finish', 'end', 'close']);
  for (const n of [1, 2, 3]) log.push(`write ${n} -> ${t.write(n)}`);
  t.end();
  t.on('close', done);
});

scenario('transform backpressure from readable side', (log, done) => {
  const t = new Transform({
    highWaterMark: 2,
    transform(chunk, enc, cb) { log.push(`_transform ${chunk}`); cb(null, chunk); },
  });
  for (const c of ['11', '22', '33', '44']) log.push(`write ${c} -> ${t.write(c)}`);
  log.push(`rlen ${t.readableLength} wlen ${t.writableLength}`);
  setImmediate(() => {
    t.on('data', (d) => log.push(`data ${d}`));
    t.end();
  });
  t.on('close', done);
});

scenario('transform error', (log, done) => {
  const t = new Transform({ transform(c, e, cb) { cb(new Error('no')); } });
  trace(log, t, 't', ['error', 'finish', 'end', 'close']);
  t.write('x', (err) => log.push(`write cb ${err && err.message}`));
  t.on('close', done);
});

scenario('flush error', (log, done) => {
  const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('flush failed')); } });
  trace(log, t, 't', ['data', 'error', 'finish', 'end', 'close']);
  t.end('x');
  t.on('close', done);
});

scenario('passthrough object mode', (log, done) => {
  const p = new PassThrough({ objectMode: true });
  trace(log, p, 'p', ['end', 'close']);
  p.on('data', (d) => log.push(`data ${JSON.stringify(d)}`));
  p.write({ k: 1 });
  p.end([2]);
  p.on('close', done);
});

scenario('duplex allowHalfOpen true', (log, done) => {
  const d = new Duplex({
    read() {},
    write(c, e, cb) { log.push(`_write ${c}`); cb(); },
  });
  trace(log, d, 'd', ['data', 'end', 'finish', 'close']);
  d.push('r1');
  d.push(null);
  setTimeout(() => {
    log.push(`after end writable=${d.writable} destroyed=${d.destroyed}`);
    d.end('w1');
  }, 3);
  d.on('close', done);
});

scenario('duplex allowHalfOpen false', (log, done) => {
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(c, e, cb) { cb(); },
  });
  trace(log, d, 'd', ['data', 'end', 'prefinish', 'finish', 'close']);
  d.push('only');
  d.push(null);
  d.on('close', done);
});

scenario('duplex with disabled sides', (log, done) => {
  const r = new Duplex({ writable: false, read() { this.push('ro'); this.push(null); } });
  log.push(`r writable=${r.writable} readable=${r.readable} writableEnded=${r.writableEnded}`);
  trace(log, r, 'r', ['data', 'end', 'finish', 'close']);
  const w = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  log.push(`w writable=${w.writable} readable=${w.readable} readableEnded=${w.readableEnded}`);
  trace(log, w, 'w', ['finish', 'end', 'close']);
  w.end('x');
  let n = 0;
  const both = () => { if (++n === 2) done(); };
  r.on('close', both);
  w.on('close', both);
});

scenario('duplex destroy closes both sides', (log, done) => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  trace(log, d, 'd', ['error', 'close']);
  d.destroy(new Error('gone'));
  log.push(`destroyed ${d.destroyed} readable ${d.readable} writable ${d.writable}`);
  d.on('close', () => {
    log.push(`readableAborted ${d.readableAborted} writableAborted ${d.writableAborted}`);
    done();
  });
});

scenario('duplex from iterable and promise', (log, done) => {
  const d = Duplex.from(['i1', 'i2']);
  d.on('data', (c) => log.push(`iter data ${c}`));
  d.on('end', () => {
    const p = Duplex.from(Promise.resolve('pv'));
    p.on('data', (c) => log.push(`promise data ${c}`));
    p.on('end', () => { log.push('promise end'); done(); });
  });
});

scenario('instanceof relations', (log, done) => {
  const { Writable, Stream } = require('stream');
  const d = new Duplex();
  const t = new Transform();
  log.push([d instanceof Readable, d instanceof Writable, t instanceof Duplex,
    t instanceof Writable, new PassThrough() instanceof Transform, d instanceof Stream,
    Object.getPrototypeOf(Duplex.prototype) === Readable.prototype].join(' '));
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
