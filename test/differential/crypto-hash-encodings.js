'use strict';
// Digests and HMACs of seeded generated inputs: every hash the issue names, every input and
// output encoding, one-shot vs streamed in random pieces, and a message split at every byte (and
// every UTF-16 unit of a string) — each split must give node's digest.
const crypto = require('crypto');

const random = require('./support/random')(20240611).rand;
const randomBytes = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
const pick = (list) => list[Math.floor(random() * list.length)];
// Text with 1-, 2-, 3- and 4-byte UTF-8 characters and a lone surrogate.
const alphabet = ['a', 'Z', '0', ' ', 'é', 'ß', '€', '中', '😀', '\ud800', '\n', '\u0000'];
const randomText = (n) => Array.from({ length: n }, () => pick(alphabet)).join('');
// A short fingerprint of many outputs, so a whole sweep is one line.
const summary = (parts) => crypto.createHash('sha1').update(parts.join('|')).digest('hex');

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256',
                    'sha3-256', 'sha3-512'];
const lengths = [0, 1, 2, 3, 31, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000, 4096, 10001];
const messages = lengths.map(randomBytes);

function streamed(make, bytes) {
  const hash = make();
  let at = 0;
  while (at < bytes.length) {
    const step = 1 + Math.floor(random() * 97);
    hash.update(bytes.subarray(at, at + step));
    at += step;
  }
  return hash.digest('hex');
}

for (const algorithm of algorithms) {
  const oneShot = messages.map((m) => crypto.createHash(algorithm).update(m).digest('hex'));
  const pieces = messages.map((m) => streamed(() => crypto.createHash(algorithm), m));
  const viaHash = messages.map((m) => crypto.hash(algorithm, m));
  console.log(algorithm, summary(oneShot), oneShot[1], pieces.join() === oneShot.join(),
              viaHash.join() === oneShot.join());
}
for (const outputLength of [0, 1, 16, 17, 32, 100, 1000]) {
  const digests = messages.map((m) =>
    crypto.createHash('shake256', { outputLength }).update(m).digest('hex'));
  console.log('shake256', outputLength, summary(digests), digests[3].slice(0, 64));
}

// Output encodings, including the lossy text ones (printed as JSON).
const outputs = ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf8', 'utf-8',
                 'ucs2', 'utf16le', 'UTF-16LE', 'HEX', 'buffer', 'bogus', undefined, ''];
for (const encoding of outputs) {
  for (const algorithm of ['md5', 'sha256', 'sha512']) {
    const result = crypto.createHash(algorithm).update(messages[4]).digest(encoding);
    const shown = Buffer.isBuffer(result) ? `Buffer(${result.length}) ${result.toString('hex')}` :
      JSON.stringify(result);
    console.log(`digest ${algorithm} ${encoding}: ${shown}`);
  }
  if (encoding !== undefined && encoding !== '') {
    try {
      const r = crypto.hash('sha1', messages[4], encoding);
      console.log(`hash() ${encoding}: ${Buffer.isBuffer(r) ? 'Buffer ' + r.toString('hex') : JSON.stringify(r)}`);
    } catch (e) {
      console.log(`hash() ${encoding}: ${e.code}`);
    }
  }
}

// Input encodings: the same string decoded each way.
const inputs = {
  utf8: randomText(300),
  latin1: randomText(100),
  binary: randomText(100),
  ascii: randomText(100),
  ucs2: randomText(100),
  'utf-16le': randomText(100),
  hex: randomBytes(77).toString('hex'),
  HEX: randomBytes(77).toString('hex').toUpperCase(),
  base64: randomBytes(77).toString('base64'),
  base64url: randomBytes(77).toString('base64url'),
  bogus: randomText(50),
  buffer: randomText(50),
};
for (const [encoding, text] of Object.entries(inputs)) {
  for (const algorithm of ['sha1', 'sha256']) {
    const d = crypto.createHash(algorithm).update(text, encoding).digest('hex');
    const h = crypto.createHmac(algorithm, 'key').update(text, encoding).digest('hex');
    console.log(`input ${encoding} ${algorithm}: ${d} ${h}`);
  }
}
// Malformed base64 / hex digits are decoded as node decodes them.
for (const [text, encoding] of [['ab$$cd', 'hex'], ['zz', 'hex'], ['YW Jj\nZA', 'base64'],
                                ['YWJjZA=', 'base64'], ['-_-_', 'base64'], ['+/+/', 'base64url']]) {
  console.log(`lenient ${encoding} ${JSON.stringify(text)}:`,
              crypto.createHash('sha1').update(text, encoding).digest('hex'));
}

// Every split point of one message: two updates at byte i, and a copy() taken at byte i.
{
  const bytes = randomBytes(300);
  for (const algorithm of ['md5', 'sha256', 'sha512', 'sha3-256']) {
    const whole = crypto.createHash(algorithm).update(bytes).digest('hex');
    const splits = [];
    const copies = [];
    for (let i = 0; i <= bytes.length; i++) {
      const h = crypto.createHash(algorithm).update(bytes.subarray(0, i));
      const copy = h.copy();
      splits.push(h.update(bytes.subarray(i)).digest('hex'));
      copies.push(copy.update(bytes.subarray(i)).digest('hex'));
    }
    console.log(`splits ${algorithm}: ${whole} ${splits.every((d) => d === whole)} ` +
                `${copies.every((d) => d === whole)}`);
  }
}
// Every split point of a string (between UTF-16 units, so through surrogate pairs too): where a
// pair is cut, each half is encoded on its own, as node does.
{
  const text = randomText(120);
  const digests = [];
  for (let i = 0; i <= text.length; i++) {
    digests.push(crypto.createHash('sha256').update(text.slice(0, i)).update(text.slice(i))
      .digest('hex'));
  }
  console.log('string splits', summary(digests), new Set(digests).size);
}

// HMAC: keys around the block size, every digest, one-shot vs pieces.
for (const keyLength of [0, 1, 20, 63, 64, 65, 127, 128, 129, 300]) {
  const key = randomBytes(keyLength);
  const macs = [];
  for (const algorithm of algorithms) {
    for (const m of messages.slice(0, 12)) {
      const whole = crypto.createHmac(algorithm, key).update(m).digest('hex');
      const pieces = streamed(() => crypto.createHmac(algorithm, key), m);
      macs.push(whole === pieces ? whole : `MISMATCH ${whole} ${pieces}`);
    }
  }
  console.log(`hmac key ${keyLength}: ${summary(macs)} ${macs[7]}`);
}
for (const encoding of ['hex', 'base64', 'latin1', 'utf8']) {
  const key = randomBytes(16).toString(encoding === 'utf8' ? 'hex' : encoding);
  console.log(`hmac key encoding ${encoding}:`,
              crypto.createHmac('sha256', key, { encoding }).update('x').digest('base64'));
}
