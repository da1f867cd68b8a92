// Real world, a binary network protocol: length-prefixed frames over TCP on the loopback interface,
// parsed straight from the bytes (no string conversion), with frames split across and packed into
// TCP chunks arbitrarily.
//   octet docs/examples/06-binary-protocol.js
'use strict';
const net = require('net');
const crypto = require('crypto');
const { claim, section, finish } = require('./support/report');

// Frame: uint32 BE payload length, uint16 BE type, then the payload.
function encodeFrame(type, payload) {
  const header = Buffer.allocUnsafe(6);
  header.writeUInt32BE(payload.length, 0);
  header.writeUInt16BE(type, 4);
  return Buffer.concat([header, payload]);
}

// Accumulates chunks and yields complete frames; copies only when a frame spans chunks.
class FrameParser {
  constructor(onFrame) {
    this.pending = Buffer.alloc(0);
    this.onFrame = onFrame;
  }

  push(chunk) {
    let data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    let offset = 0;
    while (data.length - offset >= 6) {
      const length = data.readUInt32BE(offset);
      if (data.length - offset - 6 < length) break;
      this.onFrame(data.readUInt16BE(offset + 4), data.subarray(offset + 6, offset + 6 + length));
      offset += 6 + length;
    }
    this.pending = data.subarray(offset);
  }
}

const sizes = [0, 1, 255, 256, 65535, 65536, 65537, 1 << 20, 10];
const payloads = sizes.map((size, i) => {
  const p = crypto.randomBytes(size);
  if (size === 256) for (let b = 0; b < 256; b++) p[b] = b;  // every byte value
  return p;
});

section(`echo server on 127.0.0.1: ${payloads.length} frames of ${sizes.join(', ')} bytes`);
const server = net.createServer((socket) => {
  // The server parses frames and echoes each back with its type incremented.
  const parser = new FrameParser((type, payload) => socket.write(encodeFrame(type + 1, payload)));
  socket.on('data', (chunk) => parser.push(chunk));
  socket.on('end', () => socket.end());
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const received = [];
  let chunks = 0;
  const client = net.connect(port, '127.0.0.1', () => {
    // Send everything as one stream of bytes, written in awkward 1000-byte pieces.
    const all = Buffer.concat(payloads.map((p, i) => encodeFrame(i * 2, p)));
    for (let offset = 0; offset < all.length; offset += 1000) client.write(all.subarray(offset, offset + 1000));
  });
  const parser = new FrameParser((type, payload) => {
    received.push({ type, payload: Buffer.from(payload) });
    if (received.length === payloads.length) client.end();
  });
  client.on('data', (chunk) => {
    chunks++;
    parser.push(chunk);
  });
  client.on('close', () => {
    console.log(`  received ${received.length} frames in ${chunks} TCP chunks`);
    claim('every frame came back', received.length === payloads.length);
    claim('byte-identical payloads, including empty, 1-byte and 64 KiB±1 ones',
          received.every((f, i) => f.payload.equals(payloads[i])));
    claim('types were parsed from the bytes and incremented by the server',
          received.every((f, i) => f.type === i * 2 + 1));
    server.close(finish);
  });
});
