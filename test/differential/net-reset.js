'use strict';
// resetAndDestroy(): the peer sees ECONNRESET rather than an orderly end; the resetting side
// closes without an error. On a socket that never had a handle it is ERR_SOCKET_CLOSED.
const net = require('net');

const server = net.createServer((socket) => {
  socket.on('data', () => {
    console.log('server resets');
    socket.resetAndDestroy();
  });
  socket.on('error', (e) => console.log('server socket error', e.code));
  socket.on('close', (hadError) => console.log('server socket close', hadError));
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => client.write('hi'));
  client.on('end', () => console.log('client end'));
  client.on('error', (e) => console.log('client error', e.code, e.message, e.syscall));
  client.on('close', (hadError) => {
    console.log('client close', hadError);
    server.close(() => {
      const fresh = new net.Socket();
      fresh.on('error', (e) => console.log('fresh error', e.code, e.message));
      fresh.on('close', (hadError) => console.log('fresh close', hadError));
      fresh.resetAndDestroy();
    });
  });
});
