'use strict';
// Strings written to a socket arrive as exactly the bytes Buffer.from(string, encoding) gives, for
// every encoding, for small strings and for strings too big to go out in one write; corked
// writes (sent together as one writev) keep their order and encodings.
const assert = require('assert');
const net = require('net');

const samples = [
  ['utf8', 'plain ascii'],
  ['utf8', 'héllo wörld — ☃ 𝄞 \u0000 end'],
  ['utf8', 'lone surrogate \ud800 here'],
  ['utf-8', 'ü'.repeat(20000)],
  ['utf8', '𝄞'.repeat(300000)],
  ['latin1', 'caf\u00e9 \u00ff\u0100'],
  ['binary', '\u00fe'.repeat(70000)],
  ['ascii', 'ascii \u00e9\u0080'],
  ['ucs2', 'two bytes ☃'],
  ['utf16le', '☃'.repeat(40000)],
  ['hex', 'deadbeef00ff'],
  ['base64', Buffer.from('base64 payload').toString('base64')],
  ['base64url', Buffer.from([0xfb, 0xff, 0xfe]).toString('base64url')],
];

const expected = Buffer.concat([
  ...samples.map(([enc, s]) => Buffer.from(s, enc)),
  Buffer.from('a'), Buffer.from([1, 2, 3]), Buffer.from('ß', 'latin1'), Buffer.from('ff00', 'hex'),
]);

const server = net.createServer((socket) => {
  const chunks = [];
  socket.on('data', (d) => chunks.push(d));
  socket.on('end', () => {
    const got = Buffer.concat(chunks);
    assert.strictEqual(got.length, expected.length);
    assert(got.equals(expected), 'bytes differ');
    socket.end();
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    let callbacks = 0;
    for (const [enc, s] of samples) {
      client.write(s, enc, () => callbacks++);
    }
    client.cork();
    client.write('a');
    client.write(Buffer.from([1, 2, 3]));
    client.write('ß', 'latin1');
    client.write('ff00', 'hex');
    process.nextTick(() => client.uncork());
    client.end(() => {
      assert.strictEqual(callbacks, samples.length);
      assert.strictEqual(client.bytesWritten, expected.length);
    });
  });
  client.resume();
});
