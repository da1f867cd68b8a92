'use strict';
// Published cipher vectors, encrypted and decrypted whole and in uneven pieces:
// AES-CBC and AES-CTR from NIST SP 800-38A (F.2, F.5), AES-GCM from the GCM specification's test
// cases (McGrew & Viega; also NIST SP 800-38D), ChaCha20-Poly1305 from RFC 8439 §2.8.2.
const assert = require('assert');
const crypto = require('crypto');

const hex = (s) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

// Runs a cipher over `input` in pieces of `step` bytes; returns the concatenated output.
function run(cipher, input, step) {
  const out = [];
  for (let at = 0; at < input.length; at += step) out.push(cipher.update(input.subarray(at, at + step)));
  out.push(cipher.final());
  return Buffer.concat(out);
}

const plain = hex(`6bc1bee22e409f96e93d7e117393172a ae2d8a571e03ac9c9eb76fac45af8e51
                   30c81c46a35ce411e5fbc1191a0a52ef f69f2445df4f9b17ad2b417be66c3710`);
const keys = {
  128: hex('2b7e151628aed2a6abf7158809cf4f3c'),
  192: hex('8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b'),
  256: hex('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4'),
};
const sp80038a = [
  ['aes-128-cbc', 128, '000102030405060708090a0b0c0d0e0f',
   `7649abac8119b246cee98e9b12e9197d 5086cb9b507219ee95db113a917678b2
    73bed6b8e3c1743b7116e69e22229516 3ff1caa1681fac09120eca307586e1a7`],
  ['aes-192-cbc', 192, '000102030405060708090a0b0c0d0e0f',
   `4f021db243bc633d7178183a9fa071e8 b4d9ada9ad7dedf4e5e738763f69145a
    571b242012fb7ae07fa9baac3df102e0 08b0e27988598881d920a9e64f5615cd`],
  ['aes-256-cbc', 256, '000102030405060708090a0b0c0d0e0f',
   `f58c4c04d6e5f1ba779eabfb5f7bfbd6 9cfc4e967edb808d679f777bc6702c7d
    39f23369a9d9bacfa530e26304231461 b2eb05e2c39be9fcda6c19078c6a9d1b`],
  ['aes-128-ctr', 128, 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff',
   `874d6191b620e3261bef6864990db6ce 9806f66b7970fdff8617187bb9fffdff
    5ae4df3edbd5d35e5b4f09020db03eab 1e031dda2fbe03d1792170a0f3009cee`],
  ['aes-192-ctr', 192, 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff',
   `1abc932417521ca24f2b0459fe7e6e0b 090339ec0aa6faefd5ccc2c6f4ce8e94
    1e36b26bd1ebc670d1bd1d665620abf7 4f78a7f6d29809585a97daec58c6b050`],
  ['aes-256-ctr', 256, 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff',
   `601ec313775789a5b7a7f504bbf3d228 f443e3ca4d62b59aca84e990cacaf5c5
    2b0930daa23de94ce87017ba2d84988d dfc9c58db67aada613c2dd08457941a6`],
];
for (const [name, bits, iv, expectedHex] of sp80038a) {
  const expected = hex(expectedHex);
  for (const step of [64, 1, 5, 16, 17]) {
    const label = `${name}, pieces of ${step}`;
    const cipher = crypto.createCipheriv(name, keys[bits], hex(iv));
    // The vectors are whole blocks without padding.
    if (name.endsWith('cbc')) cipher.setAutoPadding(false);
    assert.deepStrictEqual(run(cipher, plain, step), expected, label);
    const decipher = crypto.createDecipheriv(name, keys[bits], hex(iv));
    if (name.endsWith('cbc')) decipher.setAutoPadding(false);
    assert.deepStrictEqual(run(decipher, expected, step), plain, `${label} (decrypt)`);
  }
}

// With padding (the default), CBC adds a full block to whole-block input and removes it again.
{
  const cipher = crypto.createCipheriv('aes-128-cbc', keys[128], hex('000102030405060708090a0b0c0d0e0f'));
  const padded = Buffer.concat([cipher.update(plain), cipher.final()]);
  assert.strictEqual(padded.length, 80);
  assert.deepStrictEqual(padded.subarray(0, 64), hex(sp80038a[0][3]));
  const decipher = crypto.createDecipheriv('aes-128-cbc', keys[128],
                                           hex('000102030405060708090a0b0c0d0e0f'));
  assert.deepStrictEqual(Buffer.concat([decipher.update(padded), decipher.final()]), plain);
}

const gcmKey = hex('feffe9928665731c6d6a8f9467308308');
const gcmPlain = hex(`d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72
                      1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255`);
const gcmAad = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
// [test case, key, iv, plaintext, aad, ciphertext, tag]
const gcm = [
  [1, Buffer.alloc(16), Buffer.alloc(12), Buffer.alloc(0), null, '',
   '58e2fccefa7e3061367f1d57a4e7455a'],
  [2, Buffer.alloc(16), Buffer.alloc(12), Buffer.alloc(16), null,
   '0388dace60b6a392f328c2b971b2fe78', 'ab6e47d42cec13bdf53a67b21257bddf'],
  [3, gcmKey, hex('cafebabefacedbaddecaf888'), gcmPlain, null,
   `42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e
    21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985`,
   '4d5c2af327cd64a62cf35abd2ba6fab4'],
  [4, gcmKey, hex('cafebabefacedbaddecaf888'), gcmPlain.subarray(0, 60), gcmAad,
   `42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e
    21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091`,
   '5bc94fbc3221a5db94fae95ae7121a47'],
  // An 8-byte IV and a 60-byte IV: GCM hashes IVs that are not 12 bytes.
  [5, gcmKey, hex('cafebabefacedbad'), gcmPlain.subarray(0, 60), gcmAad,
   `61353b4c2806934a777ff51fa22a4755699b2a714fcdc6f83766e5f97b6c7423
    73806900e49f24b22b097544d4896b424989b5e1ebac0f07c23f4598`,
   '3612d2e79e3b0785561be14aaca2fccb'],
  [6, gcmKey, hex(`9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728
                   c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b`),
   gcmPlain.subarray(0, 60), gcmAad,
   `8ce24998625615b603a033aca13fb894be9112a5c3a211a8ba262a3cca7e2ca7
    01e4a9a4fba43c90ccdcb281d48c7c6fd62875d2aca417034c34aee5`,
   '619cc5aefffe0bfa462af43c1699d050'],
  [13, Buffer.alloc(32), Buffer.alloc(12), Buffer.alloc(0), null, '',
   '530f8afbc74536b9a963b4f1c4cb738b'],
  [14, Buffer.alloc(32), Buffer.alloc(12), Buffer.alloc(16), null,
   'cea7403d4d606b6e074ec5d3baf39d18', 'd0d1c8a799996bf0265b98b5d48ab919'],
  [16, Buffer.concat([gcmKey, gcmKey]), hex('cafebabefacedbaddecaf888'), gcmPlain.subarray(0, 60),
   gcmAad,
   `522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa
    8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662`,
   '76fc6ece0f4e1768cddf8853bb2d551b'],
];
for (const [n, key, iv, input, aad, ciphertextHex, tagHex] of gcm) {
  const name = `aes-${key.length * 8}-gcm`;
  const ciphertext = hex(ciphertextHex);
  const tag = hex(tagHex);
  for (const step of [64, 1, 7]) {
    const label = `GCM test case ${n}, pieces of ${step}`;
    const cipher = crypto.createCipheriv(name, key, iv);
    if (aad) cipher.setAAD(aad);
    assert.deepStrictEqual(run(cipher, input, step), ciphertext, label);
    assert.deepStrictEqual(cipher.getAuthTag(), tag, `${label} (tag)`);
    const decipher = crypto.createDecipheriv(name, key, iv);
    if (aad) decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    assert.deepStrictEqual(run(decipher, ciphertext, step), input, `${label} (decrypt)`);
  }
  // A shortened tag, as GCM allows, is a prefix of the full one.
  const short = crypto.createCipheriv(name, key, iv, { authTagLength: 12 });
  if (aad) short.setAAD(aad);
  run(short, input, 16);
  assert.deepStrictEqual(short.getAuthTag(), tag.subarray(0, 12));
  const shortDecipher = crypto.createDecipheriv(name, key, iv, { authTagLength: 12 });
  if (aad) shortDecipher.setAAD(aad);
  shortDecipher.setAuthTag(tag.subarray(0, 12));
  assert.deepStrictEqual(run(shortDecipher, ciphertext, 16), input);
  // Any flipped bit in ciphertext, tag or AAD fails authentication.
  const tampered = [
    [Buffer.from(ciphertext), tag, aad],
    [ciphertext, Buffer.from(tag), aad],
  ];
  if (ciphertext.length > 0) tampered[0][0][0] ^= 1; else tampered.shift();
  tampered[tampered.length - 1][1][15] ^= 0x80;
  for (const [c, t, a] of tampered) {
    const decipher = crypto.createDecipheriv(name, key, iv);
    if (a) decipher.setAAD(a);
    decipher.setAuthTag(t);
    decipher.update(c);
    assert.throws(() => decipher.final(), {
      name: 'Error',
      message: 'Unsupported state or unable to authenticate data',
    });
  }
}

// RFC 8439 §2.8.2: AEAD_CHACHA20_POLY1305.
{
  const key = hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
  const nonce = hex('070000004041424344454647');
  const aad = hex('50515253c0c1c2c3c4c5c6c7');
  const text = "Ladies and Gentlemen of the class of '99: If I could offer you only one " +
    'tip for the future, sunscreen would be it.';
  const expected = hex(`d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6
    3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36
    92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc
    3ff4def08e4b7a9de576d26586cec64b6116`);
  const tag = hex('1ae10b594f09e26a7e902ecbd0600691');
  for (const step of [200, 1, 31]) {
    const cipher = crypto.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
    cipher.setAAD(aad);
    assert.deepStrictEqual(run(cipher, Buffer.from(text), step), expected, `chacha, ${step}`);
    assert.deepStrictEqual(cipher.getAuthTag(), tag);
    // Without authTagLength: ChaCha20-Poly1305 defaults to 16 bytes both ways.
    const decipher = crypto.createDecipheriv('chacha20-poly1305', key, nonce);
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    assert.strictEqual(run(decipher, expected, step).toString(), text);
  }
  const bad = crypto.createDecipheriv('chacha20-poly1305', key, nonce);
  bad.setAAD(Buffer.from('other'));
  bad.setAuthTag(tag);
  bad.update(expected);
  assert.throws(() => bad.final(), { message: 'Unsupported state or unable to authenticate data' });
}

// Text in and out: update/final with encodings equal the Buffer path.
{
  const key = keys[256];
  const iv = hex('000102030405060708090a0b0c0d0e0f');
  const message = 'héllo wörld, ünïcode € 😀 '.repeat(5);
  const bytes = Buffer.concat([(() => {
    const c = crypto.createCipheriv('aes-256-cbc', key, iv);
    return Buffer.concat([c.update(message, 'utf8'), c.final()]);
  })()]);
  for (const encoding of ['hex', 'base64', 'base64url', 'latin1']) {
    const c = crypto.createCipheriv('aes-256-cbc', key, iv);
    const text = c.update(message, 'utf8', encoding) + c.final(encoding);
    assert.deepStrictEqual(Buffer.from(text, encoding), bytes, encoding);
    const d = crypto.createDecipheriv('aes-256-cbc', key, iv);
    assert.strictEqual(d.update(text, encoding, 'utf8') + d.final('utf8'), message, encoding);
  }
}
