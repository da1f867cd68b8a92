'use strict';
// Binary frames survive a TCP echo server byte for byte: a length-prefixed protocol (4-byte
// big-endian length, then the payload) whose decoder must cope with frames split across reads and
// several frames in one read, on both ends.
const assert = require('assert');
const net = require('net');

// Frames are reassembled from whatever chunks the socket delivers.
class FrameDecoder {
  constructor(onFrame) {
    this.onFrame = onFrame;
    this.chunks = [];
    this.buffered = 0;
  }

  push(chunk) {
    assert(Buffer.isBuffer(chunk), 'data must arrive as Buffers');
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.buffered < 4) return;
      const head = this.take(4, false);
      const length = head.readUInt32BE(0);
      if (this.buffered < 4 + length) return;
      this.take(4, true);
      this.onFrame(this.take(length, true));
    }
  }

  // The first n buffered bytes, removed from the buffer when consume is true.
  take(n, consume) {
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    let i = 0;
    while (filled < n) {
      const chunk = this.chunks[i];
      const count = Math.min(chunk.length, n - filled);
      chunk.copy(out, filled, 0, count);
      filled += count;
      if (consume && count === chunk.length) {
        this.chunks.shift();
      } else if (consume) {
        this.chunks[i] = chunk.subarray(count);
      } else {
        i++;
      }
    }
    if (consume) this.buffered -= n;
    return out;
  }
}

function frame(payload) {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(payload.length, 0);
  return [head, payload];
}

// Deterministic pseudo-random bytes (xorshift32), so a failure is reproducible.
function randomBytes(n, seed) {
  const out = Buffer.allocUnsafe(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const allBytes = Buffer.alloc(256);
for (let i = 0; i < 256; i++) allBytes[i] = i;

const payloads = [
  allBytes,
  Buffer.alloc(0),
  Buffer.from([0x00]),
  Buffer.from([0xff]),
  randomBytes(65535, 1),
  randomBytes(65536, 2),
  randomBytes(65537, 3),
  randomBytes(10 * 1024 * 1024, 4),
  Buffer.alloc(0),
  allBytes,
];

let serverFrames = 0;
const server = net.createServer((socket) => {
  const decoder = new FrameDecoder((payload) => {
    serverFrames++;
    for (const part of frame(payload)) socket.write(part);
  });
  socket.on('data', (chunk) => decoder.push(chunk));
  socket.on('end', () => socket.end());
});

server.listen(0, '127.0.0.1', () => {
  const received = [];
  let clientClosed = false;
  const client = net.connect(server.address().port, '127.0.0.1');
  const decoder = new FrameDecoder((payload) => {
    received.push(payload);
    if (received.length === payloads.length) client.end();
  });
  client.on('data', (chunk) => decoder.push(chunk));
  client.on('close', (hadError) => {
    assert.strictEqual(hadError, false);
    clientClosed = true;
    server.close();
  });
  client.on('connect', () => {
    // Mix the write shapes: whole frames, a header split byte by byte, payloads in odd slices.
    payloads.forEach((payload, index) => {
      const [head, body] = frame(payload);
      if (index % 3 === 0) {
        client.write(Buffer.concat([head, body]));
      } else if (index % 3 === 1) {
        for (let i = 0; i < 4; i++) client.write(head.subarray(i, i + 1));
        client.write(body);
      } else {
        client.write(head);
        for (let offset = 0; offset < body.length; offset += 7777) {
          client.write(body.subarray(offset, offset + 7777));
        }
      }
    });
  });

  process.on('exit', () => {
    assert(clientClosed, 'client closed');
    assert.strictEqual(serverFrames, payloads.length);
    assert.strictEqual(received.length, payloads.length);
    for (let i = 0; i < payloads.length; i++) {
      assert.strictEqual(received[i].length, payloads[i].length, `frame ${i} length`);
      assert(received[i].equals(payloads[i]), `frame ${i} bytes`);
    }
    const total = payloads.reduce((n, p) => n + 4 + p.length, 0);
    assert.strictEqual(client.bytesRead, total);
    assert.strictEqual(client.bytesWritten, total);
  });
});
