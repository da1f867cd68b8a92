'use strict';
// An exception thrown by a socket event listener reaches process 'uncaughtException' from inside
// the native read callback; the loop carries on and the connection can still be used and closed.
const net = require('net');

let thrown = 0;
process.on('uncaughtException', (err) => {
  thrown++;
  console.log('uncaught', err.message);
});

const server = net.createServer((socket) => {
  socket.on('data', (d) => {
    socket.write(d);
    if (d.toString() === 'boom') throw new Error('thrown in data listener');
  });
  socket.on('end', () => socket.end());
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => client.write('boom'));
  client.on('data', (d) => {
    console.log('client got', d.toString());
    if (d.toString() === 'boom') client.end('after');
  });
  client.on('close', () => {
    server.close(() => console.log('closed after', thrown, 'uncaught'));
  });
});
