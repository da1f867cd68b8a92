// Flags: --expose-gc --single-threaded-gc
// Streaming a 200 MB file holds only what is in flight: with collections at a steady pace (swept
// synchronously, so counts are exact) process.memoryUsage().arrayBuffers stays under 16 MiB, and
// every byte arrives. The file is made in os.tmpdir() and removed afterwards.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const kFileSize = 200 * 1024 * 1024;
const kCeiling = 16 * 1024 * 1024;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'octet-fs-memory-'));
const file = path.join(dir, 'big.bin');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

// Write it in 1 MiB pieces from one buffer: the writer itself holds 1 MiB.
const piece = Buffer.alloc(1024 * 1024);
for (let i = 0; i < piece.length; i++) piece[i] = i & 0xff;
const fd = fs.openSync(file, 'w');
for (let written = 0; written < kFileSize; written += piece.length) fs.writeSync(fd, piece);
fs.closeSync(fd);
assert.strictEqual(fs.statSync(file).size, kFileSize);

let received = 0;
let chunks = 0;
let peak = 0;
let checksum = 0;
fs.createReadStream(file)
  .on('data', (chunk) => {
    received += chunk.length;
    checksum = (checksum + chunk[0] + chunk[chunk.length - 1]) >>> 0;
    if (++chunks % 16 === 0) {
      gc();
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    }
  })
  .on('end', () => {
    assert.strictEqual(received, kFileSize);
    assert.strictEqual(chunks, kFileSize / (64 * 1024), 'chunks are highWaterMark (64 KiB) long');
    assert.ok(peak > 0);
    assert.ok(peak < kCeiling, `arrayBuffers peaked at ${peak} bytes`);
  });
