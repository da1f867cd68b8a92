// Real world, file I/O: write a 128 MiB file, stream it back in 64 KiB chunks while checksumming
// the bytes (never converting them to strings), and compare with reading it whole.
//   octet docs/examples/06-file-io.js
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { MiB, mib, claim, section, finish } = require('./support/report');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'octet-example-'));
const file = path.join(dir, 'data.bin');
const SIZE = 128 * MiB;

section(`writing ${mib(SIZE)} of pseudo-random bytes`);
const block = crypto.randomBytes(MiB);
const fd = fs.openSync(file, 'w');
for (let i = 0; i < SIZE / MiB; i++) {
  block[0] = i;  // every block differs
  fs.writeSync(fd, block);
}
fs.closeSync(fd);
claim('the file has the expected size', fs.statSync(file).size === SIZE);

// A simple checksum over bytes (Adler-32), the way a protocol or file format would.
function adler32(state, chunk) {
  let [a, b] = state;
  for (let i = 0; i < chunk.length; i++) {
    a = (a + chunk[i]) % 65521;
    b = (b + a) % 65521;
  }
  return [a, b];
}

section('streaming it back: fs.createReadStream → checksum + sha256');
const start = process.hrtime.bigint();
let state = [1, 0];
let chunks = 0;
let peakArrayBuffers = 0;
const hash = crypto.createHash('sha256');
fs.createReadStream(file)
  .on('data', (chunk) => {
    chunks++;
    state = adler32(state, chunk);
    hash.update(chunk);
    peakArrayBuffers = Math.max(peakArrayBuffers, process.memoryUsage().arrayBuffers);
  })
  .on('end', () => {
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const streamed = { adler: ((state[1] << 16) | state[0]) >>> 0, sha: hash.digest('hex') };
    console.log(`  ${chunks} chunks in ${seconds.toFixed(2)} s (${(SIZE / MiB / seconds).toFixed(0)} MiB/s); ` +
                `adler32 ${streamed.adler.toString(16)}, sha256 ${streamed.sha.slice(0, 16)}...`);
    console.log(`  peak arrayBuffers while streaming: ${mib(peakArrayBuffers)}`);
    claim('chunks are 64 KiB (the default highWaterMark)', chunks === SIZE / (64 * 1024));
    // Chunks already processed are garbage until the next GC, so the peak is more than one chunk,
    // but it does not grow with the file.
    claim('streaming keeps memory bounded: arrayBuffers peaked far below the 128 MiB file',
          peakArrayBuffers < 48 * MiB, mib(peakArrayBuffers));

    section('reading it whole: fs.readFileSync');
    const whole = fs.readFileSync(file);
    const wholeSha = crypto.createHash('sha256').update(whole).digest('hex');
    const wholeAdler = adler32([1, 0], whole);
    console.log(`  arrayBuffers with the whole file in memory: ${mib(process.memoryUsage().arrayBuffers)}`);
    claim('the whole file sits in one 128 MiB external buffer', process.memoryUsage().arrayBuffers >= SIZE);
    claim('both ways give the same checksums', wholeSha === streamed.sha &&
          (((wholeAdler[1] << 16) | wholeAdler[0]) >>> 0) === streamed.adler);
    fs.rmSync(dir, { recursive: true, force: true });
    claim('the temporary directory is removed', !fs.existsSync(dir));
    finish();
  });
