'use strict';
// Backpressure end to end: while the server does not read, the client's writes fill the kernel
// buffers and then the stream's, write() returns false, and 'drain' fires once the server reads
// again. Nothing is lost or reordered on the way.
const assert = require('assert');
const net = require('net');

const chunk = Buffer.alloc(64 * 1024);
for (let i = 0; i < chunk.length; i++) chunk[i] = i % 251;

let serverSocket;
let received = 0;
let mismatch = -1;
const server = net.createServer((socket) => {
  serverSocket = socket;
  socket.pause();
  socket.on('data', (data) => {
    for (let i = 0; i < data.length && mismatch < 0; i++) {
      if (data[i] !== (received + i) % chunk.length % 251) mismatch = received + i;
    }
    received += data.length;
  });
  socket.on('end', () => socket.end());
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let written = 0;
  let falseReturns = 0;
  let drains = 0;
  let queuedWhenFull = 0;

  function pump() {
    for (;;) {
      const ok = client.write(chunk);
      written += chunk.length;
      if (!ok) {
        falseReturns++;
        queuedWhenFull = client.writableLength;
        assert(client.writableNeedDrain, 'writableNeedDrain after write() returned false');
        break;
      }
    }
    if (drains === 2) client.end();
    // The server starts reading only once the client is blocked.
    serverSocket.resume();
  }

  client.on('connect', () => setImmediate(pump));
  client.on('drain', () => {
    drains++;
    assert.strictEqual(client.writableNeedDrain, false);
    serverSocket.pause();
    pump();
  });
  client.resume();
  client.on('close', (hadError) => {
    assert.strictEqual(hadError, false);
    assert(falseReturns >= 3, `write() returned false ${falseReturns} times`);
    assert.strictEqual(drains, 2);
    assert(queuedWhenFull >= client.writableHighWaterMark, 'stream held at least highWaterMark');
    assert.strictEqual(received, written);
    assert.strictEqual(mismatch, -1, `byte ${mismatch} differs`);
    server.close();
  });
});
