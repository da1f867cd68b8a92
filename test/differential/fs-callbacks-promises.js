// The callback and promise APIs and FileHandle give node's results and call back in node's order.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const out = [];
const say = (...a) => out.push(a.join(' '));
(async () => {
  const dir = await fsp.mkdtemp(require('path').join(require('os').tmpdir(), 'octet-fs-async-'));
  const f = path.join(dir, 'a.bin');
  const data = Buffer.alloc(256); for (let i = 0; i < 256; i++) data[i] = i;
  await fsp.writeFile(f, data);
  const back = await fsp.readFile(f);
  say('promise roundtrip', back.equals(data));
  await fsp.appendFile(f, 'xyz');
  say('append', (await fsp.stat(f)).size);
  const fh = await fsp.open(f, 'r+');
  say('fh fd', typeof fh.fd);
  const r = await fh.read(Buffer.alloc(4), 0, 4, 1);
  say('fh read', r.bytesRead, [...r.buffer].join(','));
  const w = await fh.write('AB', 0);
  say('fh write', w.bytesWritten, w.buffer);
  say('fh stat', (await fh.stat()).size);
  await fh.truncate(3);
  say('fh readFile', (await fh.readFile()).length);
  await fh.close();
  say('fh closed fd', fh.fd);
  try { await fh.read(); } catch (e) { say('closed read', e.code, e.message, e.syscall); }
  await new Promise((res) => fs.readFile(f, (err, d) => { say('cb readFile', err, d.length); res(); }));
  await new Promise((res) => fs.writeFile(f, 'cb data', (err) => { say('cb writeFile', err); res(); }));
  await new Promise((res) => fs.stat(f, (err, s) => { say('cb stat', err, s.size, s.isFile()); res(); }));
  await new Promise((res) => fs.readdir(dir, { withFileTypes: true }, (err, ents) => { say('cb readdir', err, ents.map((e) => e.name).join(',')); res(); }));
  await new Promise((res) => fs.mkdir(path.join(dir, 'a/b'), { recursive: true }, (err, first) => { say('cb mkdir', err, first === path.join(dir, 'a')); res(); }));
  await new Promise((res) => fs.open(f, 'r', (err, fd) => {
    const b = Buffer.alloc(7);
    fs.read(fd, b, 0, 7, 0, (err2, n, buf) => { say('cb read', err2, n, buf.toString()); fs.close(fd, (e3) => { say('cb close', e3); res(); }); });
  }));
  await new Promise((res) => fs.exists(f, (e) => { say('exists', e); res(); }));
  await new Promise((res) => fs.access('/nonexist', (e) => { say('access', e.code, e.message); res(); }));
  await fsp.access('/nonexist').catch((e) => say('p access', e.code, e.message, e.syscall, e.path));
  await fsp.mkdir(path.join(dir, 'q/r'), { recursive: true });
  say('readdir p', (await fsp.readdir(dir)).join(','));
  await new Promise((res) => fs.realpath(dir + '/q/../a.bin', (e, p) => { say('realpath', e, p === f); res(); }));
  await fsp.rm(dir, { recursive: true });
  await new Promise((res) => fs.rm(dir, (e) => { say('rm missing', e.code, e.message.includes('lstat')); res(); }));
  await new Promise((res) => fs.rm(dir, { force: true }, (e) => { say('rm force', e); res(); }));
  say('done', fs.existsSync(dir));
  console.log(out.join('\n'));
})();
