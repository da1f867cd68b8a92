'use strict';
// Ciphertexts of seeded generated inputs: AES-128/192/256 in CBC, CTR, GCM (and ECB, OFB, CFB,
// CCM, OCB), ChaCha20-Poly1305; lengths around the block size; update() in random pieces;
// padding on and off; text encodings in and out (a split multi-byte character must come out
// whole); decryption of each result.
const crypto = require('crypto');

const random = require('./support/random')(8439).rand;
const randomBytes = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
const summary = (parts) => crypto.createHash('sha1').update(parts.join('|')).digest('hex');

function inPieces(cipher, input) {
  const out = [];
  let at = 0;
  while (at < input.length) {
    const step = 1 + Math.floor(random() * 40);
    out.push(cipher.update(input.subarray(at, at + step)));
    at += step;
  }
  out.push(cipher.final());
  return Buffer.concat(out);
}

const lengths = [0, 1, 15, 16, 17, 31, 32, 33, 64, 100, 1000];
const plaintexts = lengths.map(randomBytes);

const plainModes = ['cbc', 'ctr', 'ecb', 'ofb', 'cfb', 'cfb8'];
for (const bits of [128, 192, 256]) {
  for (const mode of plainModes) {
    const name = `aes-${bits}-${mode}`;
    const key = randomBytes(bits / 8);
    const iv = mode === 'ecb' ? null : randomBytes(16);
    const results = [];
    for (const input of plaintexts) {
      const whole = crypto.createCipheriv(name, key, iv);
      const ciphertext = Buffer.concat([whole.update(input), whole.final()]);
      const pieces = inPieces(crypto.createCipheriv(name, key, iv), input);
      const back = inPieces(crypto.createDecipheriv(name, key, iv), ciphertext);
      results.push(`${ciphertext.toString('hex')} ${pieces.equals(ciphertext)} ${back.equals(input)}`);
    }
    console.log(name, summary(results), results[2]);
  }
}

// Without padding: whole blocks pass, the rest fail at final() with OpenSSL's reason.
for (const length of [0, 16, 32, 17]) {
  const cipher = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16, 1), Buffer.alloc(16, 2));
  cipher.setAutoPadding(false);
  const head = cipher.update(randomBytes(length));
  try {
    console.log('nopad', length, head.toString('hex'), cipher.final().toString('hex'));
  } catch (e) {
    console.log('nopad', length, head.toString('hex'), e.code, e.message);
  }
}
// A decipher without padding keeps the padding bytes; with it, bad padding fails.
{
  const key = randomBytes(16);
  const iv = randomBytes(16);
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  const ct = Buffer.concat([c.update('twenty characters..'), c.final()]);
  const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  d.setAutoPadding(false);
  console.log('kept padding', Buffer.concat([d.update(ct), d.final()]).toString('hex'));
  const wrongKey = crypto.createDecipheriv('aes-128-cbc', randomBytes(16), iv);
  wrongKey.update(ct);
  try { wrongKey.final(); } catch (e) { console.log('wrong key', e.code); }
}

// Authenticated modes: ciphertext, tag, and decryption with the tag (and with a bad one).
const aead = [
  ['aes-128-gcm', 16, 12, {}], ['aes-192-gcm', 24, 12, {}], ['aes-256-gcm', 32, 12, {}],
  ['aes-256-gcm', 32, 7, { authTagLength: 4 }], ['aes-128-gcm', 16, 40, { authTagLength: 8 }],
  ['aes-256-gcm', 32, 16, { authTagLength: 13 }],
  ['chacha20-poly1305', 32, 12, {}], ['chacha20-poly1305', 32, 12, { authTagLength: 12 }],
  ['aes-128-ocb', 16, 12, { authTagLength: 16 }], ['aes-256-ocb', 32, 10, { authTagLength: 8 }],
];
for (const [name, keyLength, ivLength, options] of aead) {
  const key = randomBytes(keyLength);
  const iv = randomBytes(ivLength);
  const results = [];
  for (const input of plaintexts) {
    const aad = randomBytes(Math.floor(random() * 40));
    const cipher = crypto.createCipheriv(name, key, iv, options);
    cipher.setAAD(aad);
    const ciphertext = inPieces(cipher, input);
    const tag = cipher.getAuthTag();
    const decipher = crypto.createDecipheriv(name, key, iv, options);
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    const back = inPieces(decipher, ciphertext);
    const forged = crypto.createDecipheriv(name, key, iv, options);
    forged.setAAD(aad);
    const badTag = Buffer.from(tag);
    badTag[0] ^= 1;
    forged.setAuthTag(badTag);
    forged.update(ciphertext);
    let verdict = 'accepted';
    try { forged.final(); } catch (e) { verdict = e.message; }
    results.push(`${ciphertext.toString('hex')} ${tag.toString('hex')} ${back.equals(input)} ${verdict}`);
  }
  console.log(name, ivLength, JSON.stringify(options), summary(results));
  console.log('  ', results[3]);
}

// CCM: the message length is fixed in advance; one update().
for (const [ivLength, tagLength] of [[7, 4], [12, 16], [13, 10]]) {
  const key = randomBytes(16);
  const iv = randomBytes(ivLength);
  const input = randomBytes(50);
  const aad = randomBytes(9);
  const cipher = crypto.createCipheriv('aes-128-ccm', key, iv, { authTagLength: tagLength });
  cipher.setAAD(aad, { plaintextLength: input.length });
  const ciphertext = Buffer.concat([cipher.update(input), cipher.final()]);
  const tag = cipher.getAuthTag();
  const decipher = crypto.createDecipheriv('aes-128-ccm', key, iv, { authTagLength: tagLength });
  decipher.setAuthTag(tag);
  decipher.setAAD(aad, { plaintextLength: ciphertext.length });
  const back = decipher.update(ciphertext);
  decipher.final();
  console.log('ccm', ivLength, tagLength, ciphertext.toString('hex'), tag.toString('hex'),
              back.equals(input));
  const forged = crypto.createDecipheriv('aes-128-ccm', key, iv, { authTagLength: tagLength });
  forged.setAuthTag(Buffer.alloc(tagLength));
  forged.setAAD(aad, { plaintextLength: ciphertext.length });
  console.log('  forged update bytes', forged.update(ciphertext).length);
  try { forged.final(); } catch (e) { console.log('  forged', e.message); }
}

// Text encodings: outputs go through a decoder, so characters split across update() calls come
// out whole; inputs in every encoding.
{
  const key = randomBytes(32);
  const iv = randomBytes(16);
  const text = 'Grüße, 世界! 😀 '.repeat(7);
  for (const outputEncoding of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'utf8',
                                'ucs2', 'utf16le', 'ascii']) {
    const c = crypto.createCipheriv('aes-256-ctr', key, iv);
    const parts = [];
    for (let at = 0; at < text.length; at += 5) {
      parts.push(c.update(text.slice(at, at + 5), 'utf8', outputEncoding));
    }
    parts.push(c.final(outputEncoding));
    console.log(`out ${outputEncoding}:`, JSON.stringify(parts.slice(0, 4)), summary(parts));
  }
  for (const inputEncoding of ['utf8', 'latin1', 'ascii', 'ucs2', 'hex', 'base64', 'base64url']) {
    const input = inputEncoding === 'hex' ? randomBytes(40).toString('hex') :
      inputEncoding.startsWith('base64') ? randomBytes(40).toString(inputEncoding) : text;
    const c = crypto.createCipheriv('aes-256-cbc', key, iv);
    const out = c.update(input, inputEncoding, 'hex') + c.final('hex');
    const d = crypto.createDecipheriv('aes-256-cbc', key, iv);
    const back = d.update(out, 'hex', inputEncoding === 'hex' ? 'hex' : 'latin1') +
      d.final(inputEncoding === 'hex' ? 'hex' : 'latin1');
    console.log(`in ${inputEncoding}:`, out.slice(0, 64), JSON.stringify(back.slice(0, 20)));
  }
  // A multi-byte UTF-8 character split between update() calls on the decrypting side.
  const c = crypto.createCipheriv('aes-256-ctr', key, iv);
  const ct = Buffer.concat([c.update('€€€😀😀', 'utf8'), c.final()]);
  const d = crypto.createDecipheriv('aes-256-ctr', key, iv);
  const pieces = [];
  for (let i = 0; i < ct.length; i++) pieces.push(d.update(ct.subarray(i, i + 1), undefined, 'utf8'));
  pieces.push(d.final('utf8'));
  console.log('split characters', JSON.stringify(pieces));
}

// Keys and IVs as strings, ArrayBuffers, typed arrays and DataViews.
{
  const keyBytes = randomBytes(16);
  const ivBytes = randomBytes(16);
  // A string IV is always UTF-8; options.encoding applies to the key only.
  const forms = [
    [keyBytes, ivBytes],
    [keyBytes.toString('latin1'), ivBytes, { encoding: 'latin1' }],
    [keyBytes.toString('base64'), ivBytes, { encoding: 'base64' }],
    ['sixteen byte key', 'sixteen bytes iv'],
    [new Uint8Array(keyBytes).buffer, new Uint8Array(ivBytes).buffer],
    [new Uint32Array(new Uint8Array(keyBytes).buffer), new DataView(new Uint8Array(ivBytes).buffer)],
  ];
  for (const [key, iv, options] of forms) {
    const c = crypto.createCipheriv('aes-128-cbc', key, iv, options);
    console.log('key form', c.update('same input', 'utf8', 'hex') + c.final('hex'));
  }
  const withEncoding = crypto.createCipheriv('aes-128-cbc', keyBytes.toString('hex'), ivBytes,
                                             { encoding: 'hex' });
  console.log('key encoding hex', withEncoding.update('same input', 'utf8', 'hex') +
              withEncoding.final('hex'));
}
