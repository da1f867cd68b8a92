'use strict';
// Socket and Server state through a connection's life: properties before and after connect,
// setEncoding, pause/resume, setTimeout, setNoDelay/setKeepAlive chaining, destroy while
// connecting, the default (dual-stack) listen address, and connect() without a host.
const assert = require('assert');
const net = require('net');

const steps = [];
function step(fn) {
  steps.push(fn);
}
function next() {
  const fn = steps.shift();
  if (fn) fn();
  else console.log('done');
}

step(() => {
  const s = new net.Socket();
  console.log('fresh', s.readyState, s.pending, s.connecting, s.destroyed, s.readable, s.writable);
  console.log('fresh addr', JSON.stringify(s.address()), s.remoteAddress, s.remotePort,
              s.localAddress, s.bytesRead, s.bytesWritten, s.bufferSize);
  console.log('chain', s.setNoDelay() === s, s.setKeepAlive(true, 1000) === s,
              s.setTimeout(0) === s, s.ref() === s, s.unref() === s);
  s.destroy();
  s.on('close', (hadError) => {
    console.log('fresh close', hadError, s.destroyed);
    next();
  });
});

step(() => {
  const server = net.createServer();
  server.listen(0, () => {
    const addr = server.address();
    console.log('default listen', addr.address, addr.family, server.listening);
    // No host: node resolves 'localhost'; reach the server through its IPv4 side explicitly.
    const c = net.connect(addr.port, '127.0.0.1');
    server.once('connection', (sock) => {
      console.log('dual-stack peer', sock.remoteFamily, sock.remoteAddress,
                  sock.localAddress, sock.localFamily);
      sock.end();
    });
    c.resume();
    c.on('close', () => server.close(next));
  });
});

step(() => {
  const server = net.createServer((sock) => {
    sock.write(Buffer.from('héllo wörld', 'utf8'));
    sock.end();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.setEncoding('utf8');
    let text = '';
    c.on('data', (d) => {
      text += d;
      console.log('utf8 chunk type', typeof d);
    });
    c.on('end', () => console.log('utf8 text', text, c.readableEncoding));
    c.on('close', () => server.close(next));
  });
});

step(() => {
  const server = net.createServer((sock) => {
    sock.write('abc');
    setTimeout(() => sock.end('def'), 30);
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    const got = [];
    c.pause();
    console.log('paused', c.isPaused());
    setTimeout(() => {
      console.log('nothing while paused', got.length, c.readableLength > 0 || c.bytesRead >= 0);
      c.on('data', (d) => got.push(d.toString()));
      c.resume();
    }, 15);
    c.on('end', () => console.log('after resume', got.join('')));
    c.on('close', () => server.close(next));
  });
});

step(() => {
  const server = net.createServer((sock) => sock.resume());
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    const events = [];
    c.setTimeout(20, () => events.push('timeout cb'));
    c.on('timeout', () => {
      events.push(`timeout event ${c.timeout}`);
      c.setTimeout(0);
      c.destroy();
    });
    c.on('close', (hadError) => {
      events.push(`close ${hadError}`);
      console.log('timeout', events.join(', '));
      server.close(next);
    });
  });
});

step(() => {
  const server = net.createServer();
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    const events = [];
    c.on('connect', () => events.push('connect'));
    c.on('error', (e) => events.push(`error ${e.code}`));
    c.on('close', (hadError) => {
      events.push(`close ${hadError}`);
      console.log('destroy while connecting', events.join(', '), c.destroyed, c.connecting);
      server.close(next);
    });
    c.destroy();
    console.log('destroyed now', c.destroyed, c.readyState);
  });
});

step(() => {
  const server = net.createServer((sock) => {
    sock.on('data', (d) => {
      console.log('server got', d.toString());
      sock.end();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    // Written while connecting: queued until 'connect'.
    const ret = c.write('early', () => console.log('early write cb'));
    console.log('early write', ret, c.connecting, c.bytesWritten, c.writableLength);
    c.resume();
    c.on('close', () => {
      console.log('early bytesWritten', c.bytesWritten);
      server.close(next);
    });
  });
});

step(() => {
  const server = net.createServer({ pauseOnConnect: true }, (sock) => {
    console.log('pauseOnConnect', sock.isPaused(), sock.readableFlowing);
    sock.destroy();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.resume();
    c.on('close', () => server.close(next));
  });
});

step(() => {
  // One connection at a time: the second is dropped (closed at once) while the first lives.
  const server = net.createServer((sock) => {
    sock.resume();
    const second = net.connect(server.address().port, '127.0.0.1');
    second.resume();
    second.on('error', (e) => console.log('dropped client error', e.code));
    second.on('close', () => {
      console.log('dropped client closed');
      sock.end();
    });
  });
  server.maxConnections = 1;
  server.on('drop', (data) => {
    console.log('drop', Object.keys(data).join(','), data.localAddress, data.remoteFamily);
  });
  server.listen(0, '127.0.0.1', () => {
    const first = net.connect(server.address().port, '127.0.0.1');
    first.resume();
    first.on('close', () => server.close(next));
  });
});

step(() => {
  const server = net.createServer();
  server.listen({ port: 0, host: '::1' }, () => {
    const addr = server.address();
    console.log('ipv6 listen', addr.address, addr.family);
    const c = net.connect({ port: addr.port, host: '::1' }, () => {
      console.log('ipv6 connect', c.remoteAddress, c.remoteFamily, c.localFamily);
      c.end();
    });
    server.on('connection', (s) => s.end());
    c.resume();
    c.on('close', () => server.close(next));
  });
});

step(() => {
  assert.strictEqual(net.Stream, net.Socket);
  const s = net.Socket();
  console.log('call without new', s instanceof net.Socket, s instanceof require('stream').Duplex);
  console.log('server without new', net.Server() instanceof net.Server);
  s.destroy();
  next();
});

next();
