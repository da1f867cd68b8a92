// Readable event order: flowing vs paused mode, sync vs async push, read(n),
// 'readable'/'data'/'end'/'close' timing against nextTick and microtasks.
'use strict';
const { Readable } = require('stream');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }

function tracer(log, stream, events) {
  for (const ev of events) {
    stream.on(ev, (arg) => {
      let s = ev;
      if (ev === 'data') s += ` ${Buffer.isBuffer(arg) ? 'buf:' + arg.toString() : JSON.stringify(arg)}`;
      if (ev === 'error') s += ` ${arg.code || arg.message}`;
      log.push(s);
    });
  }
}

scenario('sync pushes then data listener', (log, done) => {
  const r = new Readable({ read() {} });
  r.push('a'); r.push('b'); r.push(null);
  tracer(log, r, ['data', 'end', 'close']);
  r.on('close', done);
  process.nextTick(() => log.push('tick'));
  queueMicrotask(() => log.push('micro'));
});

scenario('async pushes in _read', (log, done) => {
  let n = 0;
  const r = new Readable({
    read() {
      log.push(`_read ${n}`);
      if (n < 3) setImmediate(() => this.push(String(n++)));
      else this.push(null);
    },
  });
  tracer(log, r, ['data', 'end', 'close', 'pause', 'resume']);
  r.on('close', done);
});

scenario('sync pushes in _read', (log, done) => {
  let n = 0;
  const r = new Readable({
    highWaterMark: 2,
    read(size) {
      log.push(`_read size=${size} len=${this.readableLength}`);
      if (n < 4) this.push(String(n++));
      else this.push(null);
    },
  });
  tracer(log, r, ['data', 'end', 'close']);
  r.on('close', done);
});

scenario('paused mode with readable', (log, done) => {
  const r = new Readable({ read() {} });
  tracer(log, r, ['end', 'close']);
  r.on('readable', () => {
    log.push(`readable len=${r.readableLength}`);
    let chunk;
    while ((chunk = r.read()) !== null) log.push(`read ${chunk}`);
  });
  r.push('x');
  setImmediate(() => { r.push('y'); r.push('z'); setImmediate(() => r.push(null)); });
  r.on('close', done);
});

scenario('read(n) sizes', (log, done) => {
  const r = new Readable({ read() {} });
  r.push('abcdef'); r.push('gh');
  r.once('readable', () => {
    log.push(`read2 ${r.read(2)}`);
    log.push(`read5 ${r.read(5)}`);
    log.push(`read5 ${r.read(5)}`);
    log.push(`len ${r.readableLength}`);
    r.push(null);
    log.push(`read5 after eof ${r.read(5)}`);
    log.push(`read() ${r.read()}`);
    r.resume();
  });
  tracer(log, r, ['end', 'close']);
  r.on('close', done);
});

scenario('objectMode hwm and push return', (log, done) => {
  const r = new Readable({ objectMode: true, read() {} });
  log.push(`hwm ${r.readableHighWaterMark}`);
  const rets = [];
  for (let i = 0; i < 18; i++) rets.push(r.push({ i }));
  log.push(`push returns ${rets.join(',')}`);
  log.push(`len ${r.readableLength}`);
  r.push(null);
  let count = 0;
  r.on('data', () => count++);
  r.on('end', () => log.push(`end after ${count}`));
  r.on('close', done);
});

scenario('setEncoding splits multibyte', (log, done) => {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  const euro = Buffer.from('€uro ✓');
  for (let i = 0; i < euro.length; i++) r.push(euro.subarray(i, i + 1));
  r.push(null);
  tracer(log, r, ['data', 'end']);
  r.on('close', done);
  log.push(`encoding ${r.readableEncoding}`);
});

scenario('pause and resume', (log, done) => {
  const r = new Readable({ read() {} });
  tracer(log, r, ['data', 'pause', 'resume', 'end', 'close']);
  r.push('1');
  r.pause();
  log.push(`isPaused ${r.isPaused()} flowing ${r.readableFlowing}`);
  setImmediate(() => {
    r.push('2');
    log.push(`buffered ${r.readableLength}`);
    r.resume();
    log.push(`flowing ${r.readableFlowing}`);
    r.push(null);
  });
  r.on('close', done);
});

scenario('unshift puts data back', (log, done) => {
  const r = new Readable({ read() {} });
  r.push('world'); r.push(null);
  r.once('readable', () => {
    const c = r.read(2);
    log.push(`got ${c}`);
    r.unshift(Buffer.from('he'));
    r.unshift('>');
    let x;
    while ((x = r.read()) !== null) log.push(`read ${x}`);
  });
  tracer(log, r, ['end', 'close']);
  r.on('close', done);
});

scenario('destroy with error mid-stream', (log, done) => {
  const r = new Readable({ read() {} });
  tracer(log, r, ['data', 'end', 'error', 'close']);
  r.push('a');
  setImmediate(() => {
    r.destroy(new Error('boom'));
    log.push(`destroyed ${r.destroyed} errored ${r.errored && r.errored.message} readable ${r.readable}`);
    log.push(`push after destroy ${r.push('b')}`);
  });
  r.on('close', () => { log.push(`closed ${r.closed} aborted ${r.readableAborted}`); done(); });
});

scenario('destroy without error and emitClose false', (log, done) => {
  const r = new Readable({ read() {}, emitClose: false });
  tracer(log, r, ['end', 'error', 'close']);
  r.destroy();
  log.push(`destroyed ${r.destroyed}`);
  setImmediate(() => { log.push(`closed ${r.closed}`); done(); });
});

scenario('push errors', (log, done) => {
  const r = new Readable({ read() {} });
  tracer(log, r, ['error', 'close']);
  r.push(42);
  r.on('close', () => {
    const r2 = new Readable({ read() {} });
    tracer(log, r2, ['error', 'close']);
    r2.push(null);
    r2.push('late');
    r2.on('close', done);
  });
});

scenario('_read throws', (log, done) => {
  const r = new Readable({ read() { throw new Error('read failed'); } });
  tracer(log, r, ['data', 'error', 'close']);
  r.resume();
  r.on('close', done);
});

scenario('autoDestroy false keeps stream open', (log, done) => {
  const r = new Readable({ autoDestroy: false, read() {} });
  tracer(log, r, ['data', 'end', 'close']);
  r.push('q'); r.push(null);
  setTimeout(() => { log.push(`destroyed ${r.destroyed} ended ${r.readableEnded}`); done(); }, 5);
});

scenario('async construct delays read', (log, done) => {
  const r = new Readable({
    construct(cb) { log.push('construct'); setImmediate(() => { log.push('constructed'); cb(); }); },
    read() { log.push('_read'); this.push('v'); this.push(null); },
  });
  tracer(log, r, ['data', 'end', 'close']);
  r.on('close', done);
});

scenario('readable and data listeners together', (log, done) => {
  const r = new Readable({ read() {} });
  r.on('data', (d) => log.push(`data ${d}`));
  r.on('readable', () => { log.push('readable'); while (r.read() !== null); });
  log.push(`flowing ${r.readableFlowing}`);
  r.push('a'); r.push('b');
  setImmediate(() => {
    r.removeAllListeners('readable');
    process.nextTick(() => { log.push(`flowing after remove ${r.readableFlowing}`); r.push('c'); r.push(null); });
  });
  tracer(log, r, ['end', 'close']);
  r.on('close', done);
});

scenario('hwm 0 reads on demand', (log, done) => {
  let n = 0;
  const r = new Readable({ highWaterMark: 0, read() { log.push('_read'); this.push(n < 2 ? String(n++) : null); } });
  r.on('readable', () => { let c; while ((c = r.read()) !== null) log.push(`read ${c}`); });
  tracer(log, r, ['end', 'close']);
  r.on('close', done);
});

let i = 0;
function next() {
  if (i === scenarios.length) return;
  const [name, fn] = scenarios[i++];
  const log = [];
  let finished = false;
  fn(log, () => {
    if (finished) return;
    finished = true;
    setImmediate(() => {
      console.log(`## ${name}\n${log.join('\n')}`);
      next();
    });
  });
}
next();
