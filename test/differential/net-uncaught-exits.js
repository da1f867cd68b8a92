'use strict';
// An uncaught exception in a connection listener ends the process with code 1 even though a
// server is listening and a connection is open; 'exit' still runs.
const net = require('net');

process.on('exit', (code) => console.log('exit', code));
const server = net.createServer(() => {
  console.log('connection');
  throw new Error('fatal in connection listener');
});
server.listen(0, '127.0.0.1', () => {
  net.connect(server.address().port, '127.0.0.1').resume();
});
