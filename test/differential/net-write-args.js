'use strict';
// What a socket accepts and rejects: chunk types, Uint8Array chunks, end() before connect, timer
// arguments, port 0 and port strings, the address of a connected socket, and localhost.
const net = require('net');

function errLine(label, e) {
  console.log(label, e.name, e.code, e.message);
}

const server = net.createServer((socket) => {
  const chunks = [];
  socket.on('data', (d) => chunks.push(d));
  socket.on('end', () => {
    console.log('server got', JSON.stringify(Buffer.concat(chunks).toString('latin1')));
    socket.end();
  });
});

server.listen('0', '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(String(port), '127.0.0.1');
  for (const bad of [123, {}, null, true]) {
    try {
      c.write(bad);
      console.log('accepted', bad);
    } catch (e) {
      errLine(`write ${bad}`, e);
    }
  }
  try {
    c.setTimeout('x');
  } catch (e) {
    errLine('setTimeout x', e);
  }
  try {
    c.setTimeout(10, 'cb');
  } catch (e) {
    errLine('setTimeout cb', e);
  }
  c.write(new Uint8Array([0x41, 0x42]));
  c.write('\u00e9', 'latin1');
  c.end('Z', () => console.log('end cb'));
  console.log('ended before connect', c.connecting, c.writableEnded);
  c.on('connect', () => {
    const a = c.address();
    console.log('address keys', Object.keys(a).join(','), a.address, a.family, typeof a.port);
    console.log('local', c.localAddress, c.localFamily, c.localPort === a.port);
  });
  c.resume();
  c.on('close', () => {
    const zero = net.connect(0, '127.0.0.1');
    zero.on('error', (e) => {
      errLine('port 0', e);
      console.log('port 0 fields', e.address, e.port);
      const viaName = net.connect({ port, host: 'localhost' });
      viaName.once('lookup', (err, address, family, host) => {
        console.log('lookup', err, typeof address, typeof family, host);
      });
      viaName.on('connect', () => viaName.end());
      viaName.resume();
      viaName.on('close', () => server.close(() => console.log('closed')));
    });
  });
});
