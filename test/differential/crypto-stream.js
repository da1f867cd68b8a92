'use strict';
// Hash, Hmac, Cipheriv and Decipheriv as Transform streams: piped, written and ended by hand,
// with string chunks and default encodings, setEncoding() on the readable side, pipeline()
// with an authentication failure, and the event order node produces.
const crypto = require('crypto');
const { Readable, Transform, pipeline } = require('stream');

const chunks = ['first chunk, ', Buffer.from('second, '), 'dritte Stück ',
                new Uint8Array([0x34, 0x0a]), 'fünfte'];
const oneShot = (algorithm) => {
  const h = crypto.createHash(algorithm);
  for (const c of chunks) h.update(c);
  return h.digest('hex');
};

const steps = [];
function next() {
  const step = steps.shift();
  if (step) step();
}

steps.push(() => {
  const hash = crypto.createHash('sha256');
  console.log('is Transform', hash instanceof Transform, typeof hash.pipe, typeof hash.write);
  Readable.from(chunks).pipe(hash).on('data', (digest) => {
    console.log('piped digest', Buffer.isBuffer(digest), digest.toString('hex') === oneShot('sha256'));
  }).on('end', () => {
    console.log('piped end');
    next();
  });
});

steps.push(() => {
  const hash = crypto.createHash('md5');
  hash.setEncoding('hex');
  const events = [];
  for (const name of ['finish', 'end', 'close', 'prefinish']) hash.on(name, () => events.push(name));
  hash.on('data', (d) => events.push(`data ${typeof d} ${d === oneShot('md5')}`));
  for (const c of chunks) hash.write(c);
  hash.end(() => events.push('end callback'));
  setImmediate(() => {
    console.log('events', events.join(', '));
    next();
  });
});

steps.push(() => {
  // Strings written with an encoding are decoded as that encoding.
  const hash = crypto.createHash('sha1');
  hash.write('68656c6c6f', 'hex');
  hash.write('IHdvcmxk', 'base64');
  hash.end();
  console.log('encoded writes', hash.read().toString('hex') ===
    crypto.createHash('sha1').update('hello world').digest('hex'));
  const withDefault = crypto.createHash('sha1', { defaultEncoding: 'hex' });
  withDefault.end('68656c6c6f20776f726c64');
  console.log('defaultEncoding', withDefault.read().toString('hex'));
  next();
});

steps.push(() => {
  const hmac = crypto.createHmac('sha512', 'secret');
  Readable.from(chunks).pipe(hmac);
  hmac.on('readable', function() {
    const d = this.read();
    if (d) {
      const direct = crypto.createHmac('sha512', 'secret');
      for (const c of chunks) direct.update(c);
      console.log('hmac stream', d.length, d.equals(direct.digest()));
    }
  });
  hmac.on('end', next);
});

steps.push(() => {
  const key = Buffer.alloc(32, 5);
  const iv = Buffer.alloc(12, 6);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const out = [];
  Readable.from(chunks).pipe(cipher).on('data', (d) => out.push(d)).on('end', () => {
    const ciphertext = Buffer.concat(out);
    const tag = cipher.getAuthTag();
    console.log('gcm stream', ciphertext.toString('hex'), tag.toString('hex'));
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv).setAuthTag(tag);
    decipher.setEncoding('utf8');
    let text = '';
    pipeline(Readable.from([ciphertext.subarray(0, 7), ciphertext.subarray(7)]), decipher,
             new Transform({ transform(c, e, cb) { text += c; cb(); } }), (err) => {
               console.log('decrypted', err, JSON.stringify(text));
               const bad = crypto.createDecipheriv('aes-256-gcm', key, iv);
               bad.setAuthTag(Buffer.alloc(16));
               pipeline(Readable.from([ciphertext]), bad, async function* (source) {
                 for await (const c of source) yield c;
               }, (err2) => {
                 console.log('tampered', err2 && err2.message, bad.destroyed);
                 next();
               });
             });
  });
});

steps.push(() => {
  // A cipher used through write()/read() with the object-mode-free defaults.
  const key = Buffer.alloc(16, 1);
  const iv = Buffer.alloc(16, 2);
  const cipher = crypto.createCipheriv('aes-128-cbc', key, iv);
  cipher.write('0123456789');
  cipher.write('abcdefghij');
  cipher.end('KLMNOP');
  const parts = [];
  let d;
  while ((d = cipher.read()) !== null) parts.push(d);
  console.log('cbc read', Buffer.concat(parts).toString('hex'));
  cipher.on('end', () => {
    console.log('cbc end');
    next();
  });
  cipher.resume();
});

next();
