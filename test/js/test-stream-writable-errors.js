// Writable failure paths: write after end, write after destroy, errors
// from _write reach the callback before 'error', double callbacks, pipe()
// on a Writable, and end() after 'finish'.
'use strict';
const assert = require('assert');
const { Writable } = require('stream');

const checks = [];
function collect(w) {
  const log = [];
  w.on('error', (err) => log.push(`error:${err.code || err.message}`));
  w.on('close', () => log.push('close'));
  return log;
}

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const log = collect(w);
  w.end();
  assert.strictEqual(w.write('x', (err) => log.push(`cb:${err.code}`)), false);
  checks.push(() => assert.deepStrictEqual(log, [
    'cb:ERR_STREAM_WRITE_AFTER_END', 'error:ERR_STREAM_WRITE_AFTER_END', 'close',
  ]));
}

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const log = collect(w);
  w.destroy();
  w.write('x', (err) => log.push(`cb:${err.code}`));
  checks.push(() => assert.deepStrictEqual(log, ['close', 'cb:ERR_STREAM_DESTROYED']));
}

{
  const w = new Writable({ write(c, e, cb) { setImmediate(cb, new Error('io')); } });
  const log = collect(w);
  w.write('a', (err) => log.push(`cb:a:${err.message}`));
  w.write('b', (err) => log.push(`cb:b:${err.message}`));
  checks.push(() => assert.deepStrictEqual(log, ['cb:a:io', 'cb:b:io', 'error:io', 'close']));
  checks.push(() => assert.strictEqual(w.errored.message, 'io'));
  checks.push(() => assert.strictEqual(w.writable, false));
}

{
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  const log = collect(w);
  w.write('a');
  checks.push(() => assert.deepStrictEqual(log, ['error:ERR_MULTIPLE_CALLBACK', 'close']));
}

{
  const w = new Writable();
  const log = collect(w);
  w.pipe();
  checks.push(() => assert.deepStrictEqual(log, ['error:ERR_STREAM_CANNOT_PIPE', 'close']));
}

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const log = collect(w);
  w.end();
  w.on('finish', () => {
    w.end((err) => log.push(`end:${err.code}`));
  });
  checks.push(() => assert.deepStrictEqual(log, ['end:ERR_STREAM_ALREADY_FINISHED', 'close']));
}

{
  // Destroy fails buffered writes and pending end() callbacks.
  const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  const log = collect(w);
  w.write('1', (err) => log.push(`cb1:${err ? 'err' : 'ok'}`));
  w.write('2', (err) => log.push(`cb2:${err ? err.message : 'ok'}`));
  w.end((err) => log.push(`end:${err ? err.message : 'ok'}`));
  w.destroy(new Error('stop'));
  checks.push(() => assert.deepStrictEqual(log, ['error:stop', 'close', 'cb1:ok', 'cb2:stop', 'end:stop']));
}

{
  // Without autoDestroy errors are emitted but the stream is not destroyed.
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('soft')); } });
  const log = collect(w);
  w.write('x');
  checks.push(() => assert.deepStrictEqual(log, ['error:soft']));
  checks.push(() => assert.strictEqual(w.destroyed, false));
}

{
  // instanceof Writable also holds for Duplex instances.
  const { Duplex } = require('stream');
  assert.ok(new Duplex() instanceof Writable);
  assert.ok(!({} instanceof Writable));
}

setTimeout(() => { for (const check of checks) check(); }, 20);
