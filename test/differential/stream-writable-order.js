// Writable event order: write callbacks, 'drain', 'finish', 'close', cork,
// writev batching, _final, and write-after-end / destroy errors.
'use strict';
const { Writable } = require('stream');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }

function tracer(log, stream, events) {
  for (const ev of events) {
    stream.on(ev, (arg) => log.push(ev + (ev === 'error' ? ` ${arg.code || arg.message}` : '')));
  }
}

scenario('sync write callbacks and finish', (log, done) => {
  const w = new Writable({ write(c, e, cb) { log.push(`_write ${c} ${e}`); cb(); } });
  tracer(log, w, ['drain', 'prefinish', 'finish', 'close']);
  log.push(`ret ${w.write('a', () => log.push('cb a'))}`);
  log.push(`ret ${w.write('b', () => log.push('cb b'))}`);
  w.end('c', () => log.push('end cb'));
  log.push(`ended ${w.writableEnded} finished ${w.writableFinished}`);
  process.nextTick(() => log.push('tick'));
  w.on('close', done);
});

scenario('async writes, backpressure and drain', (log, done) => {
  const w = new Writable({
    highWaterMark: 4,
    write(c, e, cb) { log.push(`_write ${c} len=${this.writableLength}`); setImmediate(cb); },
  });
  tracer(log, w, ['drain', 'finish', 'close']);
  for (const s of ['ab', 'cd', 'ef']) {
    log.push(`write ${s} -> ${w.write(s)} needDrain=${w.writableNeedDrain}`);
  }
  w.once('drain', () => {
    log.push(`after drain len=${w.writableLength}`);
    w.end();
  });
  w.on('close', done);
});

scenario('objectMode and decodeStrings false', (log, done) => {
  const w = new Writable({
    objectMode: true,
    write(c, e, cb) { log.push(`_write ${JSON.stringify(c)} ${e}`); cb(); },
  });
  w.write({ a: 1 });
  w.write('str');
  w.write(7);
  w.end();
  const w2 = new Writable({
    decodeStrings: false,
    write(c, e, cb) { log.push(`_write2 ${typeof c} ${c} ${e}`); cb(); },
  });
  w2.write('hex?', 'latin1');
  w2.write(Buffer.from('b'));
  w2.end();
  w2.on('finish', () => log.push(`hwm ${w.writableHighWaterMark} ${w2.writableHighWaterMark}`));
  w2.on('close', done);
});

scenario('cork batches into writev', (log, done) => {
  const w = new Writable({
    write(c, e, cb) { log.push(`_write ${c}`); cb(); },
    writev(chunks, cb) {
      log.push(`_writev ${chunks.map((x) => `${x.chunk}/${x.encoding}`).join(',')} allBuffers=${chunks.allBuffers}`);
      setImmediate(cb);
    },
  });
  tracer(log, w, ['finish', 'close']);
  w.write('first');
  w.cork();
  w.write('a', () => log.push('cb a'));
  w.write('b', () => log.push('cb b'));
  log.push(`corked ${w.writableCorked} buffered ${w.writableBuffer.length}`);
  process.nextTick(() => { w.uncork(); log.push('uncorked'); w.end(); });
  w.on('close', done);
});

scenario('final runs before finish', (log, done) => {
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { log.push('_final'); setImmediate(() => { log.push('final done'); cb(); }); },
  });
  tracer(log, w, ['prefinish', 'finish', 'close']);
  w.end('x');
  w.on('close', done);
});

scenario('write after end', (log, done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  tracer(log, w, ['error', 'close']);
  w.end();
  log.push(`ret ${w.write('late', (err) => log.push(`cb ${err.code}`))}`);
  w.on('close', done);
});

scenario('write after destroy', (log, done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  tracer(log, w, ['error', 'close']);
  w.destroy();
  log.push(`ret ${w.write('late', (err) => log.push(`cb ${err.code}`))}`);
  w.on('close', done);
});

scenario('write error from _write', (log, done) => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('disk full')); } });
  tracer(log, w, ['error', 'finish', 'close']);
  w.write('a', (err) => log.push(`cb a ${err && err.message}`));
  w.write('b', (err) => log.push(`cb b ${err && err.message}`));
  w.end((err) => log.push(`end cb ${err && err.message}`));
  w.on('close', () => { log.push(`errored ${w.errored.message} writable ${w.writable}`); done(); });
});

scenario('destroy with pending buffered writes', (log, done) => {
  const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  tracer(log, w, ['error', 'close']);
  w.write('1', (err) => log.push(`cb 1 ${err ? err.code : 'ok'}`));
  w.write('2', (err) => log.push(`cb 2 ${err ? err.code : 'ok'}`));
  w.end((err) => log.push(`end cb ${err ? err.code : 'ok'}`));
  w.destroy(new Error('stop'));
  w.on('close', done);
});

scenario('end twice and end after finish', (log, done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.end((err) => log.push(`second end cb ${err ? err.code : 'ok'}`));
  w.on('finish', () => {
    w.end((err) => log.push(`end after finish ${err.code}`));
  });
  tracer(log, w, ['finish', 'close', 'error']);
  w.on('close', () => setImmediate(done));
});

scenario('callback called twice', (log, done) => {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  tracer(log, w, ['error', 'close']);
  w.write('x');
  w.on('close', done);
});

scenario('hwm 0 always false', (log, done) => {
  const w = new Writable({ highWaterMark: 0, write(c, e, cb) { process.nextTick(cb); } });
  tracer(log, w, ['drain', 'finish', 'close']);
  log.push(`ret ${w.write('a')}`);
  w.once('drain', () => w.end());
  w.on('close', done);
});

scenario('default encoding', (log, done) => {
  const w = new Writable({
    defaultEncoding: 'hex',
    decodeStrings: false,
    write(c, e, cb) { log.push(`_write ${c} ${e}`); cb(); },
  });
  w.write('6162');
  w.setDefaultEncoding('BASE64');
  w.write('YWI=');
  w.end();
  w.on('close', done);
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
