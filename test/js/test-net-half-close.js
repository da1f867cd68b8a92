'use strict';
// allowHalfOpen: after the client ends its side, the server still sees 'end', keeps writing, and
// the client still receives every byte before its own 'end'; without allowHalfOpen the server's
// socket ends itself when the client does.
const assert = require('assert');
const net = require('net');

function halfOpen(next) {
  const server = net.createServer({ allowHalfOpen: true }, (socket) => {
    const got = [];
    socket.on('data', (d) => got.push(d));
    socket.on('end', () => {
      assert.strictEqual(Buffer.concat(got).toString(), 'request');
      assert.strictEqual(socket.writable, true, 'writable after the peer ended');
      assert.strictEqual(socket.readyState, 'writeOnly');
      // Reply in pieces, after a turn of the loop, to prove the socket stays open.
      setTimeout(() => {
        socket.write('resp');
        socket.end('onse');
      }, 20);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    const client = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    const got = [];
    let finished = false;
    client.on('connect', () => client.end('request'));
    client.on('finish', () => {
      finished = true;
      assert.strictEqual(client.readyState, 'readOnly');
    });
    client.on('data', (d) => {
      assert(finished, 'reply arrives after our side is finished');
      got.push(d);
    });
    client.on('end', () => assert.strictEqual(Buffer.concat(got).toString(), 'response'));
    client.on('close', (hadError) => {
      assert.strictEqual(hadError, false);
      assert.strictEqual(Buffer.concat(got).toString(), 'response');
      server.close(next);
    });
  });
}

function notHalfOpen(next) {
  let serverFinished = false;
  const server = net.createServer((socket) => {
    socket.resume();
    socket.on('finish', () => { serverFinished = true; });
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1', () => client.end());
    client.resume();
    client.on('close', () => {
      assert(serverFinished, 'server socket ended its side after the peer ended');
      server.close(next);
    });
  });
}

let done = false;
halfOpen(() => notHalfOpen(() => { done = true; }));
process.on('exit', () => assert(done));
