'use strict';
// server.close() stops accepting at once but emits 'close' only after every connection it
// accepted has closed; getConnections() counts them down; a connect after close is refused.
const assert = require('assert');
const net = require('net');

const events = [];
const sockets = [];
let port;

const server = net.createServer((socket) => {
  sockets.push(socket);
  socket.resume();
  socket.on('close', () => {
    server.getConnections((err, count) => events.push(`connections ${count}`));
  });
  if (sockets.length === 3) closeServer();
});

function closeServer() {
  server.getConnections((err, count) => {
    assert.ifError(err);
    assert.strictEqual(count, 3);
    server.close(() => events.push('close cb'));
    assert.strictEqual(server.listening, false);
    assert.strictEqual(server.address(), null);
    // New connections are refused while the old ones live on.
    const late = net.connect(port, '127.0.0.1');
    late.on('error', (e) => {
      events.push(`late ${e.code}`);
      // Let the live connections go one by one.
      for (const [i, s] of sockets.entries()) {
        setTimeout(() => {
          events.push(`end ${i}`);
          s.end();
        }, 10 * (i + 1));
      }
    });
  });
}

server.on('close', () => events.push('close'));

server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  for (let i = 0; i < 3; i++) {
    const c = net.connect(port, '127.0.0.1');
    c.resume();
    c.on('end', () => c.end());
  }
});

process.on('exit', () => {
  assert.deepStrictEqual(events, [
    'late ECONNREFUSED',
    'end 0', 'connections 2',
    'end 1', 'connections 1',
    'end 2', 'close', 'close cb', 'connections 0',
  ]);
});
