// Stats, BigIntStats and Dirent print as node prints them; util.promisify(fs.read) resolves
// { bytesRead, buffer } and promisify(fs.exists) a boolean; Buffer paths work; an aborted signal
// rejects readFile with AbortError.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'octet-fs-objects-'));
const file = path.join(dir, 'file.txt');
fs.writeFileSync(file, 'abc');
fs.mkdirSync(path.join(dir, 'sub'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function normalize(stats) {
  for (const k of ['atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']) stats[k] = typeof stats[k] === 'bigint' ? 1n : 1;
  for (const k of ['atimeNs', 'mtimeNs', 'ctimeNs', 'birthtimeNs']) if (k in stats) stats[k] = 2n;
  for (const k of ['atime', 'mtime', 'ctime', 'birthtime']) stats[k] = new Date(0);
  for (const k of ['ino', 'dev', 'blocks', 'blksize', 'uid', 'gid']) stats[k] = typeof stats[k] === 'bigint' ? 0n : 0;
  return stats;
}

console.log(normalize(fs.statSync(file)));
console.log(normalize(fs.statSync(file, { bigint: true })));
console.log(fs.readdirSync(dir, { withFileTypes: true }).map((d) => util.inspect(d).split(dir).join('DIR')).join('\n'));
console.log(Object.getOwnPropertyNames(fs.Stats.prototype), Object.getOwnPropertyNames(fs.Dirent.prototype));
console.log(fs.readFileSync(Buffer.from(file), 'utf8'), fs.readdirSync(Buffer.from(dir)).join());

const fd = fs.openSync(file, 'r');
util.promisify(fs.read)(fd, Buffer.alloc(2), 0, 2, 0).then((result) => {
  console.log(result);
  fs.closeSync(fd);
  return util.promisify(fs.exists)(file);
}).then((exists) => {
  console.log('exists', exists);
  const ac = new AbortController();
  ac.abort();
  fs.readFile(file, { signal: ac.signal }, (err) => {
    console.log('callback abort', err.name, err.code);
    fs.promises.readFile(file, { signal: ac.signal }).catch((e) => {
      console.log('promise abort', e.name, e.code);
      fs.rmSync(dir, { recursive: true });
      console.log('cleaned', !fs.existsSync(dir));
    });
  });
});
