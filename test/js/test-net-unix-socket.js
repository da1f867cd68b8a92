'use strict';
// net over a unix domain socket path: listen(path), address() is the path, connect({ path })
// exchanges data both ways, and the socket file is unlinked when the server closes.
const assert = require('assert');
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');

const socketPath = path.join(os.tmpdir(), `octet-net-${process.pid}.sock`);
try { fs.unlinkSync(socketPath); } catch {}

let done = false;
const server = net.createServer((socket) => {
  socket.on('data', (d) => socket.end(Buffer.concat([Buffer.from('echo:'), d])));
});
server.listen(socketPath, () => {
  assert.strictEqual(server.address(), socketPath);
  const client = net.connect({ path: socketPath }, () => {
    client.end('ping');
  });
  const chunks = [];
  client.on('data', (d) => chunks.push(d));
  client.on('close', (hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(Buffer.concat(chunks).toString(), 'echo:ping');
    server.close(() => {
      done = true;
    });
  });
});

process.on('exit', () => {
  assert(done);
  assert(!fs.existsSync(socketPath), 'socket file removed');
});
