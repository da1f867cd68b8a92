// pipe(): a fast source into a slow destination never buffers much more
// than the high water marks, pauses on false writes and resumes on
// 'drain'; unpipe and destination errors detach cleanly.
'use strict';
const assert = require('assert');
const { Readable, Writable } = require('stream');

let produced = 0;
const total = 64;
let maxInFlight = 0;
const src = new Readable({
  highWaterMark: 16,
  read() {
    if (produced === total) { this.push(null); return; }
    produced++;
    this.push(Buffer.alloc(4, produced));
  },
});
let consumed = 0;
const dst = new Writable({
  highWaterMark: 8,
  write(chunk, enc, cb) {
    consumed++;
    maxInFlight = Math.max(maxInFlight, produced - consumed);
    setImmediate(cb);
  },
});
let pauses = 0;
let drains = 0;
src.on('pause', () => pauses++);
dst.on('drain', () => drains++);
dst.on('pipe', (s) => assert.strictEqual(s, src));
assert.strictEqual(src.pipe(dst), dst);
dst.on('finish', () => {
  assert.strictEqual(consumed, total);
  assert.ok(maxInFlight <= 10, `in flight ${maxInFlight}`);
  assert.ok(pauses > 10);
  assert.ok(drains > 10);
  assert.strictEqual(src._readableState.pipes.length, 0);
});

// unpipe() stops the flow and emits 'unpipe' on the destination.
const s2 = new Readable({ read() {} });
const d2 = new Writable({ write(c, e, cb) { cb(); } });
let unpiped = 0;
d2.on('unpipe', (s) => { assert.strictEqual(s, s2); unpiped++; });
s2.pipe(d2);
s2.unpipe(d2);
assert.strictEqual(unpiped, 1);
assert.strictEqual(s2.readableFlowing, false);
s2.unpipe(d2);
assert.strictEqual(unpiped, 1);

// A destination error unpipes it and reaches its own listeners.
const s3 = new Readable({ read() { this.push('x'); } });
const d3 = new Writable({ write(c, e, cb) { cb(new Error('dest broke')); } });
let errored;
d3.on('error', (err) => { errored = err; });
s3.pipe(d3);
setTimeout(() => {
  assert.strictEqual(errored.message, 'dest broke');
  assert.strictEqual(s3._readableState.pipes.length, 0);
  assert.strictEqual(s3.readableFlowing, false);
  s3.destroy();
}, 10);

// end: false leaves the destination writable after the source ends.
const s4 = Readable.from(['only']);
const d4 = new Writable({ write(c, e, cb) { cb(); } });
s4.pipe(d4, { end: false });
s4.on('end', () => setImmediate(() => {
  assert.strictEqual(d4.writable, true);
  d4.end();
}));
