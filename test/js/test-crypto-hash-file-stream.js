// Flags: --expose-gc --single-threaded-gc
'use strict';
// A 100 MB file piped through createHash('sha256') gives the digest of its bytes while memory
// stays bounded: the ArrayBuffer bytes alive at any time stay far below the file's size (they are
// read chunks waiting for a GC, not the file), and after the stream ends a GC returns them.
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

function tmpdir() {
  try {
    return require('os').tmpdir();
  } catch {
    // Before the os module exists: what os.tmpdir() returns on Linux.
    return process.env.TMPDIR || '/tmp';
  }
}

const MiB = 1 << 20;
const fileSize = 100 * MiB;
const dir = fs.mkdtempSync(path.join(tmpdir(), 'octet-crypto-'));
const file = path.join(dir, 'hundred.bin');

// Write the file a MiB at a time (distinct content per MiB), hashing the same blocks as we go.
const expected = crypto.createHash('sha256');
const block = Buffer.alloc(MiB);
const fd = fs.openSync(file, 'w');
for (let i = 0; i < fileSize / MiB; i++) {
  for (let j = 0; j < MiB; j += 4) block.writeUInt32LE((i * 2654435761 + j) >>> 0, j);
  fs.writeSync(fd, block, 0, MiB, i * MiB);
  expected.update(block);
}
fs.closeSync(fd);
assert.strictEqual(fs.statSync(file).size, fileSize);
const want = expected.digest('hex');

globalThis.gc();
const baseline = process.memoryUsage().arrayBuffers;
let peak = 0;
let chunks = 0;
const source = fs.createReadStream(file);
source.on('data', () => {
  chunks++;
  peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline);
});
const hash = crypto.createHash('sha256');
source.pipe(hash).on('data', (digest) => {
  assert.strictEqual(digest.toString('hex'), want);
  assert.ok(chunks >= fileSize / (64 * 1024), `read in chunks (${chunks})`);
  // V8 collects dead chunks once their bytes reach its external-memory trigger (64 MiB by
  // default), so the peak is that trigger, not the file.
  assert.ok(peak < 0.8 * fileSize, `peak ArrayBuffer bytes ${peak} stay below the file's size`);
  setImmediate(() => {
    globalThis.gc();
    const left = process.memoryUsage().arrayBuffers - baseline;
    assert.ok(left < 4 * MiB, `after a GC the chunks are gone (${left} bytes left)`);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
