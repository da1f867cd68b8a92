'use strict';
// process.exit() while a server listens, connections are open and a large write is queued: the
// process exits with the requested code at once, with no crash while handles are torn down.
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => {
  socket.pause();
  socket.write(Buffer.alloc(8 * 1024 * 1024));
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.pause();
  client.on('connect', () => {
    client.write(Buffer.alloc(8 * 1024 * 1024), () => {});
    setTimeout(() => process.exit(0), 20);
  });
});
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(server.listening, true);
});
