'use strict';
// A peer that goes away mid-stream is an error on the socket (EPIPE or ECONNRESET, as the kernel
// reports it), never a crash; the writer's callbacks all run and 'close' says hadError.
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => {
  // Read a little, then drop the connection with unread data pending: the kernel sends a reset.
  socket.once('data', () => socket.destroy());
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const chunk = Buffer.alloc(16 * 1024, 'x');
  let error = null;
  let callbacks = 0;
  let callbackErrors = 0;
  let writes = 0;
  function writeMore() {
    while (!client.destroyed && writes < 100000) {
      writes++;
      const ok = client.write(chunk, (err) => {
        callbacks++;
        if (err) callbackErrors++;
      });
      if (!ok) return client.once('drain', writeMore);
    }
  }
  client.on('connect', writeMore);
  client.on('error', (err) => { error = err; });
  client.on('close', (hadError) => {
    assert(error, 'an error was emitted');
    assert(['EPIPE', 'ECONNRESET'].includes(error.code), `unexpected ${error.code}`);
    assert.match(error.message, /^(write|read) (EPIPE|ECONNRESET)$/);
    assert.strictEqual(error.syscall === 'write' || error.syscall === 'read', true);
    assert.strictEqual(typeof error.errno, 'number');
    assert.strictEqual(hadError, true);
    assert(writes < 100000, 'writing stopped once the socket broke');
    setImmediate(() => {
      assert(callbackErrors > 0 || callbacks === writes,
             'write callbacks ran or reported the error');
      server.close();
    });
  });
});
