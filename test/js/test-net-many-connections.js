'use strict';
// Many connections at once: 200 clients each echo 100 KB through one server, all concurrently.
// Every byte comes back to the right client, every socket closes, and no descriptor is leaked
// (counted against a warm-up round, which opens whatever the loop creates once).
const assert = require('assert');
const fs = require('fs');
const net = require('net');

const SIZE = 100 * 1024;

function openDescriptors() {
  return fs.readdirSync('/proc/self/fd').length;
}

function round(clients, done) {
  let closed = 0;
  let verified = 0;
  const server = net.createServer((socket) => socket.pipe(socket));
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    for (let i = 0; i < clients; i++) {
      const payload = Buffer.alloc(SIZE, i & 0xff);
      payload.writeUInt32BE(i, 0);
      const client = net.connect(port, '127.0.0.1', () => client.end(payload));
      const chunks = [];
      client.on('data', (d) => chunks.push(d));
      client.on('end', () => {
        assert(Buffer.concat(chunks).equals(payload), `client ${i} got its own bytes back`);
        verified++;
      });
      client.on('close', (hadError) => {
        assert.strictEqual(hadError, false);
        if (++closed === clients) {
          server.close(() => {
            assert.strictEqual(verified, clients);
            setImmediate(done);
          });
        }
      });
    }
  });
}

let finished = false;
round(5, () => {
  const baseline = openDescriptors();
  round(200, () => {
    assert.strictEqual(openDescriptors(), baseline);
    finished = true;
  });
});
process.on('exit', () => assert(finished));
