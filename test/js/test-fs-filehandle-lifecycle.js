// FileHandle: reads and writes at positions and at the file position, stat/truncate/sync,
// close() waits for operations in flight and is idempotent, a closed handle rejects with EBADF,
// streams made from a handle close it, and a handle dropped without close() is closed when
// collected.
// Flags: --expose-gc
'use strict';
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'octet-filehandle-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'data.bin');
let lostFd;
process.on('exit', () => {
  if (lostFd === undefined) return;
  assert.throws(() => fs.fstatSync(lostFd), { code: 'EBADF' }, 'the collected handle closed its fd');
});

(async () => {
  let handle = await fsp.open(file, 'w+');
  assert.strictEqual(typeof handle.fd, 'number');
  let r = await handle.write(Buffer.from('hello world'));
  assert.strictEqual(r.bytesWritten, 11);
  r = await handle.write('HE', 0);
  assert.deepStrictEqual([r.bytesWritten, r.buffer], [2, 'HE']);
  const read = await handle.read(Buffer.alloc(5), 0, 5, 0);
  assert.strictEqual(read.bytesRead, 5);
  assert.strictEqual(read.buffer.toString(), 'HEllo');
  assert.strictEqual(Object.getPrototypeOf(read), null);
  const v = await handle.writev([Buffer.from('-a'), Buffer.from('-b')]);
  assert.strictEqual(v.bytesWritten, 4);
  assert.strictEqual((await handle.stat()).size, 15);
  await handle.truncate(5);
  await handle.sync();
  await handle.datasync();
  assert.strictEqual((await handle.readFile({ encoding: 'utf8' })), '');  // at end of file
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'HEllo');

  // close() waits for reads still in flight, then closes once.
  const pending = [handle.read(Buffer.alloc(5), 0, 5, 0), handle.stat()];
  const closing = handle.close();
  assert.strictEqual(handle.close(), closing, 'a second close() returns the same promise');
  const [late] = await Promise.all(pending);
  assert.strictEqual(late.buffer.toString(), 'HEllo');
  await closing;
  assert.strictEqual(handle.fd, -1);
  await handle.close();  // closing again is fine
  await assert.rejects(handle.read(), { code: 'EBADF', message: 'file closed', syscall: 'read' });
  await assert.rejects(handle.stat(), { code: 'EBADF', syscall: 'fstat' });

  // A stream over a handle closes the handle when done.
  handle = await fsp.open(file, 'r');
  let closed = false;
  handle.on('close', () => { closed = true; });
  const chunks = [];
  await new Promise((resolve, reject) => {
    handle.createReadStream({ highWaterMark: 2 })
      .on('data', (c) => chunks.push(c.toString()))
      .on('error', reject)
      .on('close', resolve);
  });
  assert.strictEqual(chunks.join(''), 'HEllo');
  assert.ok(closed);
  assert.strictEqual(handle.fd, -1);

  // A handle nobody closes is closed once it has been collected.
  await (async () => {
    const lost = await fsp.open(file, 'r');
    lostFd = lost.fd;
  })();
  setTimeout(gc, 1);
})().catch((err) => {
  process.exitCode = 1;
  throw err;
});
