'use strict';
// Streaming 200 MB through a local TCP connection keeps memory bounded: every read chunk is its
// own exact-size ArrayBuffer that the consumer drops, so arrayBuffers stays far below the total
// even though nothing is freed by hand. Backpressure keeps the writer's side bounded too.
const assert = require('assert');
const net = require('net');

const TOTAL = 200 * 1024 * 1024;
const CEILING = 64 * 1024 * 1024;
const block = Buffer.alloc(256 * 1024, 0xab);

let peak = 0;
function sample() {
  const { arrayBuffers } = process.memoryUsage();
  if (arrayBuffers > peak) peak = arrayBuffers;
}

const server = net.createServer((socket) => {
  let sent = 0;
  function pump() {
    while (sent < TOTAL) {
      sent += block.length;
      if (!socket.write(block)) return socket.once('drain', pump);
    }
    socket.end();
  }
  pump();
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let received = 0;
  let chunks = 0;
  let wrongByte = false;
  client.on('data', (chunk) => {
    received += chunk.length;
    if (chunk[0] !== 0xab || chunk[chunk.length - 1] !== 0xab) wrongByte = true;
    if (++chunks % 64 === 0) sample();
  });
  client.on('end', () => {
    sample();
    assert.strictEqual(received, TOTAL);
    assert(!wrongByte);
    assert(peak < CEILING, `arrayBuffers peaked at ${peak} bytes`);
    server.close();
  });
});
