'use strict';
// The order of events in a scripted client/server exchange: connect, data both ways, a half-open
// end from the client, the server's reply after 'end', then close on both sides and the server's
// close. Each side's events are logged apart: the order within a side is node's contract, the
// interleaving of the two sides depends on the kernel. Ports vary, so only their type is printed.
const net = require('net');

const logs = { server: [], client: [] };
function note(...args) {
  logs[args[0].split(' ')[0] === 'client' ? 'client' : 'server'].push(args.join(' '));
}

const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  note('server connection', socket.remoteAddress, socket.remoteFamily, typeof socket.remotePort);
  socket.setEncoding('utf8');
  socket.on('data', (data) => {
    note('server data', JSON.stringify(data));
    if (data.includes('ping')) socket.write('pong', () => note('server write cb'));
  });
  socket.on('end', () => {
    note('server end', socket.readyState);
    socket.end('bye', () => note('server end cb'));
  });
  socket.on('finish', () => note('server finish'));
  socket.on('close', (hadError) => {
    note('server socket close', hadError, socket.bytesRead, socket.bytesWritten);
    server.close(() => note('server close cb'));
  });
});
server.on('listening', () => note('server listening', server.listening));
server.on('close', () => note('server close'));

server.listen(0, '127.0.0.1', () => {
  note('listen cb', JSON.stringify(Object.keys(server.address())));
  const client = net.connect({ port: server.address().port, host: '127.0.0.1' }, () => {
    note('client connect cb', client.readyState, client.remoteAddress, client.localAddress);
  });
  note('client created', client.readyState, client.connecting, client.pending);
  client.on('connect', () => note('client connect'));
  client.on('ready', () => {
    note('client ready');
    const ret = client.write('ping', () => note('client write cb'));
    note('client write returned', ret);
  });
  client.on('data', (data) => {
    note('client data', data.toString(), Buffer.isBuffer(data));
    if (data.toString() === 'pong') client.end(() => note('client end cb'));
  });
  client.on('end', () => note('client end', client.readyState));
  client.on('finish', () => note('client finish', client.readyState));
  client.on('close', (hadError) => {
    note('client close', hadError, client.readyState, client.destroyed);
  });
});

process.on('exit', () => {
  console.log(logs.server.join('\n'));
  console.log('--');
  console.log(logs.client.join('\n'));
});
