// Binary data survives every fs path byte for byte: all 256 byte values, 0 B, 1 B, 64 KiB ± 1 and
// 10 MiB, written and read back through the sync, callback, promise and stream APIs (and every
// mix of writer and reader).
'use strict';
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'octet-fs-roundtrip-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function pattern(size, seed) {
  const buf = Buffer.allocUnsafe(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    buf[i] = x & 0xff;
  }
  return buf;
}

const allBytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const payloads = {
  'all 256 byte values': allBytes,
  '0 B': Buffer.alloc(0),
  '1 B': Buffer.from([0xff]),
  '64 KiB - 1': pattern(65535, 1),
  '64 KiB': pattern(65536, 2),
  '64 KiB + 1': pattern(65537, 3),
  '10 MiB': pattern(10 * 1024 * 1024, 4),
};

const writers = {
  sync(file, data) {
    fs.writeFileSync(file, data);
  },
  callback(file, data) {
    return new Promise((resolve, reject) => {
      fs.writeFile(file, data, (err) => (err ? reject(err) : resolve()));
    });
  },
  promises(file, data) {
    return fsp.writeFile(file, data);
  },
  stream(file, data) {
    return new Promise((resolve, reject) => {
      const ws = fs.createWriteStream(file);
      ws.on('error', reject);
      ws.on('close', resolve);
      // Uneven pieces, so chunk boundaries fall everywhere.
      for (let off = 0; off < data.length;) {
        const n = Math.min(data.length - off, 1 + ((off * 7919) % 100000));
        ws.write(data.subarray(off, off + n));
        off += n;
      }
      ws.end();
    });
  },
  'fd write': async (file, data) => {
    const fd = fs.openSync(file, 'w');
    let off = 0;
    while (off < data.length) off += fs.writeSync(fd, data, off, Math.min(4096, data.length - off));
    fs.closeSync(fd);
  },
};

const readers = {
  sync(file) {
    return fs.readFileSync(file);
  },
  callback(file) {
    return new Promise((resolve, reject) => {
      fs.readFile(file, (err, data) => (err ? reject(err) : resolve(data)));
    });
  },
  promises(file) {
    return fsp.readFile(file);
  },
  filehandle: async (file) => {
    const handle = await fsp.open(file, 'r');
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  },
  stream(file) {
    return new Promise((resolve, reject) => {
      const chunks = [];
      fs.createReadStream(file, { highWaterMark: 10000 })
        .on('data', (chunk) => {
          assert.ok(Buffer.isBuffer(chunk), 'stream chunks are Buffers');
          chunks.push(chunk);
        })
        .on('error', reject)
        .on('end', () => resolve(Buffer.concat(chunks)));
    });
  },
  'fd read': (file) => {
    const fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    const out = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = fs.readSync(fd, out, off, Math.min(3000, size - off), null);
      assert.ok(n > 0);
      off += n;
    }
    assert.strictEqual(fs.readSync(fd, Buffer.alloc(1)), 0, 'end of file reads 0 bytes');
    fs.closeSync(fd);
    return out;
  },
};

(async () => {
  let checked = 0;
  for (const [name, data] of Object.entries(payloads)) {
    for (const [writerName, write] of Object.entries(writers)) {
      const file = path.join(dir, `${writerName}.bin`);
      await write(file, data);
      assert.strictEqual(fs.statSync(file).size, data.length, `${name} via ${writerName}: size`);
      for (const [readerName, read] of Object.entries(readers)) {
        // The 10 MiB payload is read back by every reader from one writer only, to stay fast.
        if (data.length > 1e6 && writerName !== 'sync' && readerName !== 'sync') continue;
        const back = await read(file);
        assert.ok(Buffer.isBuffer(back), `${name}: ${writerName} -> ${readerName} gives a Buffer`);
        assert.ok(back.equals(data), `${name}: ${writerName} -> ${readerName} is byte-identical`);
        checked++;
      }
      fs.unlinkSync(file);
    }
  }
  // Latin-1 and hex text round-trip through encodings too.
  const text = path.join(dir, 'text');
  fs.writeFileSync(text, allBytes.toString('latin1'), 'latin1');
  assert.ok(fs.readFileSync(text).equals(allBytes));
  assert.strictEqual(fs.readFileSync(text, 'hex'), allBytes.toString('hex'));
  assert.ok(checked > 100);
})().catch((err) => {
  process.exitCode = 1;
  throw err;
});
