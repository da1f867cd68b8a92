'use strict';
// net's errors as node reports them: refused connections, ports in use, bad arguments, writes
// after end, closing a server that is not running. Port numbers vary, so they print as PORT.
const net = require('net');

function show(label, err) {
  const port = err.port;
  const text = String(err.message).split(String(port)).join('PORT');
  console.log(label, err.name, err.code, JSON.stringify(text),
              err.errno === undefined ? '' : typeof err.errno, err.syscall || '', err.address || '',
              port === undefined ? '' : typeof port);
}

function syncThrows(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (err) {
    show(label, err);
  }
}

syncThrows('port -1', () => net.connect(-1, '127.0.0.1'));
syncThrows('port 65536', () => net.connect({ port: 65536, host: '127.0.0.1' }));
syncThrows('port object', () => net.connect({ port: {}, host: '127.0.0.1' }));
syncThrows('port NaN string', () => net.connect({ port: 'abc', host: '127.0.0.1' }));
syncThrows('no port', () => net.connect({ host: '127.0.0.1' }));
syncThrows('listen 65536', () => net.createServer().listen(65536));
syncThrows('listen bad options', () => net.createServer().listen({ host: '127.0.0.1' }));
syncThrows('objectMode', () => new net.Socket({ objectMode: true }));
syncThrows('bad server options', () => net.createServer(42));
syncThrows('bad localAddress',
           () => net.connect({ port: 1, host: '127.0.0.1', localAddress: 'x' }));

const steps = [
  function refused(next) {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => {
        const events = [];
        const socket = net.connect(port, '127.0.0.1');
        socket.on('error', (err) => {
          events.push('error');
          show('refused', err);
          console.log('refused port matches', err.port === port, 'address', err.address);
        });
        socket.on('close', (hadError) => {
          events.push(`close ${hadError}`);
          console.log('refused events', events.join(', '), socket.destroyed);
          next();
        });
      });
    });
  },
  function addressInUse(next) {
    const first = net.createServer().listen(0, '127.0.0.1', () => {
      const second = net.createServer();
      second.on('error', (err) => {
        show('in use', err);
        console.log('in use listening', second.listening);
        first.close(next);
      });
      second.listen(first.address().port, '127.0.0.1');
    });
  },
  function alreadyListening(next) {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      try {
        server.listen(0);
      } catch (err) {
        show('already listening', err);
      }
      server.close(next);
    });
  },
  function notRunning(next) {
    net.createServer().close((err) => {
      show('not running', err);
      next();
    });
  },
  function writeAfterEnd(next) {
    const server = net.createServer((socket) => socket.resume()).listen(0, '127.0.0.1', () => {
      const client = net.connect(server.address().port, '127.0.0.1', () => {
        client.end();
        const events = [];
        client.on('error', (err) => {
          events.push('error event');
          show('write after end', err);
        });
        const ret = client.write('late', (err) => {
          events.push('write cb');
          show('write after end cb', err);
        });
        console.log('write after end returned', ret);
        client.on('close', (hadError) => {
          console.log('write after end events', events.join(', '), hadError);
          server.close(next);
        });
      });
    });
  },
  function endedByPeer(next) {
    const server = net.createServer((socket) => socket.end()).listen(0, '127.0.0.1', () => {
      const client = net.connect(server.address().port, '127.0.0.1');
      client.resume();
      client.on('end', () => {
        // Not half-open: the socket ends its side on the next tick; a write after that is
        // blamed on the peer.
        setImmediate(() => {
          console.log('ended by peer writableEnded', client.writableEnded, client.destroyed);
          const ret = client.write('x', (err) => show('ended by peer cb', err));
          console.log('ended by peer returned', ret);
        });
      });
      client.on('error', (err) => show('ended by peer error', err));
      client.on('close', (hadError) => {
        console.log('ended by peer close', hadError);
        server.close(next);
      });
    });
  },
];

(function run() {
  const step = steps.shift();
  if (step) step(run);
  else console.log('done');
})();
