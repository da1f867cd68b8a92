'use strict';
// ref/unref: an unref'd server (even one unref'd before listen) and an unref'd idle connection do
// not keep the process alive; the process exits with the handles still open.
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => {
  socket.unref();
  connected++;
});
let connected = 0;
server.unref();
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    client.unref();
  });
  assert.strictEqual(client.ref(), client);
  assert.strictEqual(client.unref(), client);
});

let exited = false;
process.on('exit', () => {
  exited = true;
  assert.strictEqual(server.listening, true, 'server still open at exit');
});
setTimeout(() => assert.strictEqual(connected, 1), 50).unref();
// A ref'd timer gives the connection time to happen; after it nothing keeps the loop alive.
setTimeout(() => {}, 100);
process.on('beforeExit', () => assert(!exited));
