// pipe(): backpressure between a fast source and a slow destination,
// unpipe, multiple destinations, end:false, and destination errors.
'use strict';
const { Readable, Writable, PassThrough } = require('stream');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }

function source(log, chunks, opts = {}) {
  let i = 0;
  return new Readable({
    highWaterMark: 4,
    ...opts,
    read() {
      if (i < chunks.length) {
        log.push(`src _read -> ${chunks[i]}`);
        this.push(chunks[i++]);
      } else {
        log.push('src _read -> EOF');
        this.push(null);
      }
    },
  });
}

function sink(log, name, delay, hwm = 4) {
  return new Writable({
    highWaterMark: hwm,
    write(c, e, cb) {
      log.push(`${name} _write ${c}`);
      if (delay) setTimeout(cb, delay);
      else cb();
    },
  });
}

scenario('backpressure with slow destination', (log, done) => {
  const src = source(log, ['aa', 'bb', 'cc', 'dd', 'ee']);
  const dst = sink(log, 'dst', 2, 3);
  for (const ev of ['pause', 'resume', 'end', 'close']) src.on(ev, () => log.push(`src ${ev}`));
  for (const ev of ['pipe', 'drain', 'finish', 'close', 'unpipe']) dst.on(ev, () => log.push(`dst ${ev}`));
  log.push(`pipe returns dst ${src.pipe(dst) === dst}`);
  dst.on('close', done);
});

scenario('two destinations, one slow', (log, done) => {
  const src = source(log, ['1', '2', '3', '4']);
  const fast = sink(log, 'fast', 0, 2);
  const slow = sink(log, 'slow', 3, 2);
  let closed = 0;
  for (const [n, d] of [['fast', fast], ['slow', slow]]) {
    for (const ev of ['drain', 'finish', 'close']) d.on(ev, () => log.push(`${n} ${ev}`));
    d.on('close', () => { if (++closed === 2) done(); });
  }
  src.pipe(fast);
  src.pipe(slow);
  log.push(`pipes ${src._readableState.pipes.length}`);
});

scenario('end false leaves destination open', (log, done) => {
  const src = source(log, ['x']);
  const dst = sink(log, 'dst', 0);
  src.pipe(dst, { end: false });
  src.on('end', () => {
    log.push(`src end, dst writable ${dst.writable}`);
    dst.end('tail');
  });
  dst.on('finish', () => log.push('dst finish'));
  dst.on('close', done);
});

scenario('unpipe stops flow', (log, done) => {
  const src = new Readable({ read() {} });
  const dst = sink(log, 'dst', 0);
  dst.on('unpipe', (s) => log.push(`dst unpipe ${s === src}`));
  src.on('pause', () => log.push('src pause'));
  src.pipe(dst);
  src.push('one');
  setImmediate(() => {
    src.unpipe(dst);
    log.push(`flowing ${src.readableFlowing} pipes ${src._readableState.pipes.length}`);
    src.push('two');
    setImmediate(() => { log.push(`buffered ${src.readableLength}`); done(); });
  });
});

scenario('destination error unpipes', (log, done) => {
  const src = source(log, ['a', 'b', 'c']);
  const dst = new Writable({ write(c, e, cb) { cb(new Error('bad ' + c)); } });
  dst.on('unpipe', () => log.push('dst unpipe'));
  dst.on('error', (err) => log.push(`dst error ${err.message}`));
  dst.on('close', () => { log.push(`src flowing ${src.readableFlowing}`); done(); });
  src.pipe(dst);
});

scenario('pipe into PassThrough chain', (log, done) => {
  const src = source(log, ['p', 'q']);
  const a = new PassThrough();
  const b = new PassThrough();
  const out = [];
  src.pipe(a).pipe(b);
  b.on('data', (d) => out.push(d.toString()));
  b.on('end', () => { log.push(`got ${out.join('')}`); });
  b.on('close', done);
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
    setTimeout(() => {
      console.log(`## ${name}\n${log.join('\n')}`);
      next();
    }, 5);
  });
}
next();
