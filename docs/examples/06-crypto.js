// Real world, crypto: hash a file by stream, encrypt it with AES-256-GCM by stream, decrypt it, and
// show that a single flipped bit is detected. Buffers in, Buffers out.
//   octet docs/examples/06-crypto.js
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { pipeline } = require('stream');
const { MiB, claim, section, finish } = require('./support/report');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'octet-crypto-'));
const plainFile = path.join(dir, 'plain.bin');
const encFile = path.join(dir, 'plain.bin.enc');
const original = crypto.randomBytes(8 * MiB);
fs.writeFileSync(plainFile, original);

const key = crypto.scryptSync('correct horse battery staple', 'octet-example-salt', 32);
const iv = crypto.randomBytes(12);

section('sha256 of an 8 MiB file: streamed vs one-shot');
const hasher = crypto.createHash('sha256');
pipeline(fs.createReadStream(plainFile), hasher, (err) => {
  if (err) throw err;
  const streamed = hasher.digest('hex');
  const oneShot = crypto.createHash('sha256').update(original).digest('hex');
  console.log(`  ${streamed}`);
  claim('hashing by stream equals hashing the whole buffer', streamed === oneShot);

  section('AES-256-GCM: encrypt by stream, then decrypt');
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  pipeline(fs.createReadStream(plainFile), cipher, fs.createWriteStream(encFile), (err2) => {
    if (err2) throw err2;
    const tag = cipher.getAuthTag();
    const encrypted = fs.readFileSync(encFile);
    claim('GCM adds no padding: ciphertext length equals plaintext length', encrypted.length === original.length);
    claim('the ciphertext does not contain the plaintext', !encrypted.subarray(0, 64).equals(original.subarray(0, 64)));
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv).setAuthTag(tag);
    const decrypted = Buffer.concat([decipher.update(encrypted), decipher.final()]);
    claim('decryption restores the exact bytes', decrypted.equals(original));

    section('tampering: flip one bit of the ciphertext');
    encrypted[12345] ^= 1;
    const tampered = crypto.createDecipheriv('aes-256-gcm', key, iv).setAuthTag(tag);
    tampered.update(encrypted);
    let error;
    try {
      tampered.final();
    } catch (e) {
      error = e;
    }
    console.log(`  final() threw: ${error && error.message}`);
    claim('the authentication tag catches the change',
          error !== undefined && error.message === 'Unsupported state or unable to authenticate data');
    fs.rmSync(dir, { recursive: true, force: true });
    finish();
  });
});
