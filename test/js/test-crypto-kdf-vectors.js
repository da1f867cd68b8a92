'use strict';
// Published key-derivation vectors, each derived synchronously and on the thread pool:
// PBKDF2-HMAC-SHA1 (RFC 6070), PBKDF2-HMAC-SHA256 and scrypt (RFC 7914 §11, §12), HKDF (RFC 5869
// appendix A, cases 1-4 and 7).
const assert = require('assert');
const crypto = require('crypto');

const hex = (s) => Buffer.from(s, 'hex');
const range = (from, n) => Buffer.from(Array.from({ length: n }, (_, i) => from + i));
let pending = 0;
function expectAsync(label, expected) {
  pending++;
  return (err, key) => {
    pending--;
    assert.ifError(err);
    const bytes = key instanceof ArrayBuffer ? Buffer.from(key) : key;
    assert.ok(key instanceof ArrayBuffer || Buffer.isBuffer(key), label);
    assert.strictEqual(bytes.toString('hex'), expected, `${label} (async)`);
  };
}

const pbkdf2Vectors = [
  ['password', 'salt', 1, 20, 'sha1', '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'sha1', 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, 'sha1', '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1',
   '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\0word', 'sa\0lt', 4096, 16, 'sha1', '56fa6aa75548099dcc37d7f03425e0c3'],
  ['passwd', 'salt', 1, 64, 'sha256',
   '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc' +
   '49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783'],
  ['Password', 'NaCl', 80000, 64, 'sha256',
   '4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56' +
   'a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d'],
];
for (const [password, salt, iterations, keylen, digest, expected] of pbkdf2Vectors) {
  const label = `pbkdf2 ${digest} ${JSON.stringify(password)} c=${iterations}`;
  const key = crypto.pbkdf2Sync(password, salt, iterations, keylen, digest);
  assert.ok(Buffer.isBuffer(key));
  assert.strictEqual(key.toString('hex'), expected, label);
  // Byte inputs of every kind give the same key.
  assert.strictEqual(
    crypto.pbkdf2Sync(new Uint8Array(Buffer.from(password)).buffer,
                      new DataView(Buffer.from(salt).buffer.slice(0)), iterations, keylen, digest)
      .toString('hex').length,
    expected.length);
  crypto.pbkdf2(Buffer.from(password), Buffer.from(salt), iterations, keylen, digest,
                expectAsync(label, expected));
}
assert.deepStrictEqual(crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1'), Buffer.alloc(0));

const scryptVectors = [
  ['', '', { N: 16, r: 1, p: 1 },
   '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442' +
   'fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906'],
  ['password', 'NaCl', { N: 1024, r: 8, p: 16 },
   'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
   '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640'],
  ['pleaseletmein', 'SodiumChloride', { N: 16384, r: 8, p: 1 },
   '7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2' +
   'd5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887'],
];
for (const [password, salt, options, expected] of scryptVectors) {
  const label = `scrypt N=${options.N} r=${options.r} p=${options.p}`;
  assert.strictEqual(crypto.scryptSync(password, salt, 64, options).toString('hex'), expected,
                     label);
  // The long option names mean the same.
  const long = { cost: options.N, blockSize: options.r, parallelization: options.p };
  assert.strictEqual(crypto.scryptSync(password, salt, 64, long).toString('hex'), expected);
  crypto.scrypt(password, salt, 64, options, expectAsync(label, expected));
}
// node's defaults are N=16384, r=8, p=1; zero means "default".
assert.strictEqual(crypto.scryptSync('pleaseletmein', 'SodiumChloride', 64).toString('hex'),
                   scryptVectors[2][3]);
assert.strictEqual(
  crypto.scryptSync('pleaseletmein', 'SodiumChloride', 64, { N: 0, r: 0, p: 0, maxmem: 0 })
    .toString('hex'),
  scryptVectors[2][3]);
crypto.scrypt('pleaseletmein', 'SodiumChloride', 64, expectAsync('scrypt defaults',
                                                               scryptVectors[2][3]));

const hkdfVectors = [
  ['sha256', hex('0b'.repeat(22)), hex('000102030405060708090a0b0c'), hex('f0f1f2f3f4f5f6f7f8f9'),
   42, '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865'],
  ['sha256', range(0, 80), range(0x60, 80), range(0xb0, 80), 82,
   'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c' +
   '59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71' +
   'cc30c58179ec3e87c14c01d5c1f3434f1d87'],
  ['sha256', hex('0b'.repeat(22)), '', '', 42,
   '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8'],
  ['sha1', hex('0b'.repeat(11)), hex('000102030405060708090a0b0c'), hex('f0f1f2f3f4f5f6f7f8f9'),
   42, '085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896'],
  ['sha1', hex('0c'.repeat(22)), '', '', 42,
   '2c91117204d745f3500d636a62f64f0ab3bae548aa53d423b0d1f27ebba6f5e5673a081d70cce7acfc48'],
];
for (const [digest, ikm, salt, info, length, expected] of hkdfVectors) {
  const label = `hkdf ${digest} L=${length}`;
  const key = crypto.hkdfSync(digest, ikm, salt, info, length);
  assert.ok(key instanceof ArrayBuffer, 'hkdfSync returns an ArrayBuffer');
  assert.strictEqual(Buffer.from(key).toString('hex'), expected, label);
  crypto.hkdf(digest, ikm, salt, info, length, expectAsync(label, expected));
}
// The longest output HKDF allows is 255 blocks.
assert.strictEqual(crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32).byteLength, 255 * 32);
assert.strictEqual(crypto.hkdfSync('sha256', 'k', 's', 'i', 0).byteLength, 0);

process.on('exit', () => assert.strictEqual(pending, 0, 'every async derivation called back'));
