// Transform and Duplex: transform/flush callback forms, the readable side
// pushing back on writes, allowHalfOpen, disabled sides, PassThrough.
'use strict';
const assert = require('assert');
const { Transform, PassThrough, Duplex, Readable, Writable } = require('stream');

const checks = [];

{
  const out = [];
  const t = new Transform({
    transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
    flush(cb) { this.push('!'); cb(); },
  });
  t.on('data', (d) => out.push(d.toString()));
  t.write('a');
  t.end('b');
  checks.push(() => assert.deepStrictEqual(out, ['A', 'B', '!']));
}

{
  // Calling back with an error destroys the transform.
  const t = new Transform({ transform(c, e, cb) { cb(new Error('bad input')); } });
  const log = [];
  t.on('error', (err) => log.push(err.message));
  t.on('close', () => log.push('close'));
  t.write('x');
  checks.push(() => assert.deepStrictEqual(log, ['bad input', 'close']));
}

{
  // Output above the readable hwm holds back the write callbacks.
  const t = new Transform({ highWaterMark: 1, transform(c, e, cb) { cb(null, c); } });
  let calls = 0;
  assert.strictEqual(t.write('12', () => calls++), false);
  t.write('34', () => calls++);
  t.write('56', () => calls++);
  setImmediate(() => {
    assert.strictEqual(t.readableLength, 2);
    assert.strictEqual(t.writableLength, 6);
    assert.strictEqual(calls, 0);
    // read() calls _read, which releases the held callback; the next
    // chunk is transformed synchronously and read() returns both.
    assert.strictEqual(String(t.read()), '1234');
    setImmediate(() => {
      assert.strictEqual(calls, 2);
      assert.strictEqual(t.readableLength, 2);
      assert.strictEqual(t.writableLength, 2);
    });
  });
}

{
  const p = new PassThrough({ objectMode: true });
  const vals = [];
  p.on('data', (v) => vals.push(v));
  p.write(1);
  p.write('two');
  p.end({ three: 3 });
  checks.push(() => assert.deepStrictEqual(vals, [1, 'two', { three: 3 }]));
  assert.ok(p instanceof Transform && p instanceof Duplex && p instanceof Readable && p instanceof Writable);
}

{
  // allowHalfOpen: false ends the writable side when the readable ends.
  const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
  const log = [];
  for (const ev of ['end', 'finish', 'close']) d.on(ev, () => log.push(ev));
  d.resume();
  d.push(null);
  checks.push(() => assert.deepStrictEqual(log, ['end', 'finish', 'close']));
}

{
  // With allowHalfOpen (default) the stream waits for both sides.
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  assert.strictEqual(d.allowHalfOpen, true);
  const log = [];
  for (const ev of ['end', 'finish', 'close']) d.on(ev, () => log.push(ev));
  d.resume();
  d.push(null);
  setTimeout(() => {
    log.push(`open ${d.writable}`);
    d.end();
  }, 2);
  checks.push(() => assert.deepStrictEqual(log, ['end', 'open true', 'finish', 'close']));
}

{
  const ro = new Duplex({ writable: false, read() {} });
  assert.strictEqual(ro.writable, false);
  assert.strictEqual(ro.writableEnded, true);
  assert.strictEqual(ro.writableFinished, true);
  const wo = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  assert.strictEqual(wo.readable, false);
  assert.strictEqual(wo.readableEnded, true);
}

{
  // Separate object modes and high water marks per side.
  const d = new Duplex({ readableObjectMode: true, writableHighWaterMark: 3, read() {}, write(c, e, cb) { cb(); } });
  assert.strictEqual(d.readableObjectMode, true);
  assert.strictEqual(d.writableObjectMode, false);
  assert.strictEqual(d.readableHighWaterMark, 16);
  assert.strictEqual(d.writableHighWaterMark, 3);
  assert.throws(() => new Duplex({ readableHighWaterMark: 1.5 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.readableHighWaterMark' is invalid. Received 1.5",
  });
}

{
  assert.throws(() => new Transform().write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _transform() method is not implemented',
  });
}

{
  // Duplex.from an async generator function transforms its input.
  const d = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).repeat(2);
  });
  const out = [];
  d.on('data', (c) => out.push(String(c)));
  d.write('ab');
  d.end('c');
  d.on('end', () => checks.push(() => assert.deepStrictEqual(out, ['abab', 'cc'])));
}

setTimeout(() => { for (const check of checks) check(); }, 30);
