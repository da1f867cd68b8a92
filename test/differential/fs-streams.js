// File streams: 'open'/'ready'/'finish'/'close' events, bytesWritten/bytesRead, 64 KiB default chunks,
// start/end ranges with a small highWaterMark, open errors and range validation.
'use strict';
const fs = require('fs');
const path = require('path');
const out = [];
const say = (...a) => out.push(a.join(' '));
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'octet-fs-streams-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const f = path.join(dir, 'big.bin');
const data = Buffer.alloc(200000); for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 255;
const ws = fs.createWriteStream(f);
ws.on('open', (fd) => say('ws open', typeof fd));
ws.on('ready', () => say('ws ready'));
ws.write(data.subarray(0, 100000));
ws.write(data.subarray(100000));
ws.end('tail', () => say('ws end cb'));
ws.on('finish', () => say('ws finish', ws.bytesWritten));
ws.on('close', () => {
  say('ws close', ws.pending, ws.closed);
  const rs = fs.createReadStream(f);
  const chunks = [];
  rs.on('open', () => say('rs open'));
  rs.on('ready', () => say('rs ready'));
  rs.on('data', (c) => chunks.push(c.length));
  rs.on('end', () => say('rs end', rs.bytesRead, chunks.join(',')));
  rs.on('close', () => {
    say('rs close');
    const part = fs.createReadStream(f, { start: 10, end: 19, highWaterMark: 4 });
    const got = [];
    part.on('data', (c) => got.push(c.toString('hex')));
    part.on('close', () => {
      say('range', got.join('|'));
      const missing = fs.createReadStream(path.join(dir, 'nope'));
      missing.on('error', (e) => say('rs error', e.code, e.syscall));
      missing.on('close', () => {
        say('missing closed');
        try { fs.createReadStream(f, { start: 5, end: 2 }); } catch (e) { say('bad range', e.code, e.message); }
        fs.rmSync(dir, { recursive: true });
        console.log(out.join('\n'));
      });
    });
  });
});
