// Readable event sequencing: 'data' then 'end' then 'close' with
// autoDestroy, 'readable' in paused mode, errors from push/_read, and
// destroy() semantics (error then close, no 'end').
'use strict';
const assert = require('assert');
const { Readable } = require('stream');

function record(stream, events) {
  const log = [];
  for (const ev of events) stream.on(ev, (x) => log.push(ev === 'error' ? `error:${x.code || x.message}` : ev));
  return log;
}

const checks = [];

{
  const r = new Readable({ read() {} });
  const log = record(r, ['data', 'end', 'close']);
  r.push('a');
  r.push(null);
  checks.push(() => assert.deepStrictEqual(log, ['data', 'end', 'close']));
  checks.push(() => assert.strictEqual(r.destroyed, true));
  checks.push(() => assert.strictEqual(r.readableEnded, true));
}

{
  const r = new Readable({ read() {} });
  const log = [];
  r.on('readable', () => {
    let c;
    log.push('readable');
    while ((c = r.read()) !== null) log.push(c.toString());
  });
  r.push('p');
  r.push('q');
  setImmediate(() => r.push(null));
  r.on('end', () => log.push('end'));
  checks.push(() => assert.deepStrictEqual(log, ['readable', 'pq', 'readable', 'end']));
}

{
  const r = new Readable({ read() {} });
  const log = record(r, ['data', 'end', 'error', 'close']);
  r.destroy(new Error('gone'));
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.errored.message, 'gone');
  checks.push(() => assert.deepStrictEqual(log, ['error:gone', 'close']));
  checks.push(() => assert.strictEqual(r.readableAborted, true));
}

{
  const r = new Readable({ read() {} });
  const log = record(r, ['error', 'close']);
  r.push({});
  checks.push(() => assert.deepStrictEqual(log, ['error:ERR_INVALID_ARG_TYPE', 'close']));
}

{
  const r = new Readable({ read() {} });
  const log = record(r, ['error', 'close']);
  r.push(null);
  r.push('x');
  checks.push(() => assert.deepStrictEqual(log, ['error:ERR_STREAM_PUSH_AFTER_EOF', 'close']));
}

{
  const r = new Readable();
  const log = record(r, ['error', 'close']);
  r.resume();
  checks.push(() => assert.deepStrictEqual(log, ['error:ERR_METHOD_NOT_IMPLEMENTED', 'close']));
}

{
  // Without autoDestroy the stream stays open after 'end'.
  const r = new Readable({ autoDestroy: false, read() {} });
  const log = record(r, ['end', 'close']);
  r.resume();
  r.push(null);
  checks.push(() => assert.deepStrictEqual(log, ['end']));
  checks.push(() => assert.strictEqual(r.destroyed, false));
}

{
  // emitClose: false suppresses 'close' but the stream is still closed.
  const r = new Readable({ emitClose: false, read() {} });
  const log = record(r, ['close']);
  r.destroy();
  checks.push(() => assert.deepStrictEqual(log, []));
  checks.push(() => assert.strictEqual(r.closed, true));
}

{
  // construct() delays _read until its callback.
  const log = [];
  const r = new Readable({
    construct(cb) { log.push('construct'); setImmediate(() => { log.push('ready'); cb(); }); },
    read() { log.push('read'); this.push(null); },
  });
  r.resume();
  checks.push(() => assert.deepStrictEqual(log, ['construct', 'ready', 'read']));
}

{
  // An aborted signal destroys the stream with an AbortError.
  const ac = new AbortController();
  const r = new Readable({ read() {}, signal: ac.signal });
  const log = record(r, ['error', 'close']);
  ac.abort();
  checks.push(() => assert.deepStrictEqual(log, ['error:ABORT_ERR', 'close']));
}

setTimeout(() => { for (const check of checks) check(); }, 20);
