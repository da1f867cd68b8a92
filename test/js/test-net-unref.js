'use strict';
// ref/unref: an unref'd server (unref'd even before it listens) and unref'd connections do not
// keep the process alive: once the last ref'd timer is gone the process exits with the server
// still listening and both ends of the connection still open.
const assert = require('assert');
const net = require('net');

// Holds the loop open until the connection is fully set up.
const keepAlive = setInterval(() => {}, 1000);
let serverSide = null;
let clientSide = null;
function maybeRelease() {
  if (serverSide && clientSide) clearInterval(keepAlive);
}

const server = net.createServer((socket) => {
  socket.unref();
  serverSide = socket;
  maybeRelease();
});
server.unref();
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    clientSide = client;
    maybeRelease();
  });
  assert.strictEqual(client.ref(), client);
  assert.strictEqual(client.unref(), client);
});

process.on('exit', () => {
  assert.strictEqual(server.listening, true, 'server still open at exit');
  assert(serverSide && !serverSide.destroyed, 'server side still open');
  assert(clientSide && !clientSide.destroyed, 'client side still open');
});
