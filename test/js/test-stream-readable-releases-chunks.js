// Flags: --expose-gc
// A Readable keeps no reference to chunks it has handed out: streaming
// 64 MiB through 'data' with a GC every 64 chunks keeps arrayBuffers within
// a few GC intervals' worth (backing stores are freed by the sweeper, so a
// reading right after gc() still counts the last interval), and consumed
// read() slots are released.
'use strict';
const assert = require('assert');
const { Readable } = require('stream');

const CHUNK = 64 * 1024;
const COUNT = 1024;
globalThis.gc();
const baseline = process.memoryUsage().arrayBuffers;
let produced = 0;
let peakAfterGc = 0;
const r = new Readable({
  highWaterMark: CHUNK,
  read() {
    setImmediate(() => this.push(produced++ < COUNT ? Buffer.allocUnsafe(CHUNK) : null));
  },
});
r.on('data', (chunk) => {
  assert.strictEqual(chunk.length, CHUNK);
  if (produced % 64 === 0) {
    globalThis.gc();
    peakAfterGc = Math.max(peakAfterGc, process.memoryUsage().arrayBuffers);
  }
});
r.on('end', () => {
  const growth = peakAfterGc - baseline;
  assert.ok(growth < COUNT * CHUNK / 4, `arrayBuffers after GC grew by ${growth} bytes`);

  // Paused mode: consumed entries of the internal queue are cleared.
  const p = new Readable({ read() {} });
  for (let i = 0; i < 4; i++) p.push(Buffer.alloc(8));
  p.read(8);
  p.read(8);
  assert.strictEqual(p._readableState.buffer.filter((x) => x !== null).length, 2);
  assert.strictEqual(p.readableLength, 16);
});
