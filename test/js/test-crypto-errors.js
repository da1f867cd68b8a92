'use strict';
// The errors the issue names, checked for class, code and exact message (node 20's): unknown
// digest, bad key / IV length, unknown cipher, failed authentication, digest called twice, and
// the state errors of the authenticated modes.
const assert = require('assert');
const crypto = require('crypto');

const k16 = Buffer.alloc(16);
const iv12 = Buffer.alloc(12);
const iv16 = Buffer.alloc(16);

// Unknown digests: createHash's own message, ERR_CRYPTO_INVALID_DIGEST where node uses it.
assert.throws(() => crypto.createHash('sha0'), (e) =>
  e.constructor === Error && e.message === 'Digest method not supported' && e.code === undefined);
assert.throws(() => crypto.hash('sha0', 'x'), {
  name: 'Error', message: 'Digest method sha0 is not supported',
});
for (const fn of [() => crypto.pbkdf2Sync('p', 's', 1, 8, 'foo'),
                  () => crypto.pbkdf2('p', 's', 1, 8, 'foo', () => {}),
                  () => crypto.createHmac('foo', 'key'),
                  () => crypto.hkdfSync('foo', 'k', 's', 'i', 8)]) {
  assert.throws(fn, { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: foo' });
}

// Digest twice, update after digest.
const hash = crypto.createHash('sha256');
hash.digest();
for (const fn of [() => hash.digest(), () => hash.update('x'), () => hash.copy()]) {
  assert.throws(fn, { name: 'Error', code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
}

// Key and IV lengths, unknown ciphers.
assert.throws(() => crypto.createCipheriv('aes-256-cbc', k16, iv16), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
});
assert.throws(() => crypto.createDecipheriv('aes-128-gcm', Buffer.alloc(15), iv12), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN',
});
for (const fn of [() => crypto.createCipheriv('aes-128-cbc', k16, iv12),
                  () => crypto.createCipheriv('aes-128-ctr', k16, null),
                  () => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0)),
                  () => crypto.createCipheriv('chacha20-poly1305', Buffer.alloc(32), iv16)]) {
  assert.throws(fn, {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_IV', message: 'Invalid initialization vector',
  });
}
assert.throws(() => crypto.createCipheriv('aes-512-cbc', k16, iv16), {
  name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher',
});

// Authentication failures carry no code, as in node.
const cipher = crypto.createCipheriv('aes-128-gcm', k16, iv12);
const ciphertext = Buffer.concat([cipher.update('attack at dawn'), cipher.final()]);
const tag = cipher.getAuthTag();
const forged = Buffer.from(ciphertext);
forged[0] ^= 1;
const decipher = crypto.createDecipheriv('aes-128-gcm', k16, iv12).setAuthTag(tag);
decipher.update(forged);
assert.throws(() => decipher.final(), (e) =>
  e.constructor === Error && e.code === undefined &&
  e.message === 'Unsupported state or unable to authenticate data');
assert.throws(() => decipher.final(), {
  name: 'Error', code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state',
});

// Tag lengths and the order of operations in authenticated modes.
assert.throws(() => crypto.createDecipheriv('aes-128-gcm', k16, iv12).setAuthTag(Buffer.alloc(5)), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 5',
});
assert.throws(() => crypto.createCipheriv('aes-128-gcm', k16, iv12).getAuthTag(), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', k16, iv16).setAAD(Buffer.alloc(1)), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAAD',
});

// OpenSSL's own reasons come through decorated as node decorates them.
const bad = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
bad.update(Buffer.alloc(16, 7));
assert.throws(() => bad.final(), {
  name: 'Error',
  code: 'ERR_OSSL_BAD_DECRYPT',
  library: 'Provider routines',
  reason: 'bad decrypt',
  message: 'error:1C800064:Provider routines::bad decrypt',
});

// scrypt's parameter checks.
assert.throws(() => crypto.scryptSync('p', 's', 8, { N: 3 }), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', message: 'Invalid scrypt params',
});
assert.throws(() => crypto.scryptSync('p', 's', 8, { N: 2 ** 20 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
  message: 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded',
});

// Inputs of the wrong type.
assert.throws(() => crypto.createHash('sha1').update(new ArrayBuffer(1)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or ' +
    'DataView. Received an instance of ArrayBuffer',
});
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)), {
  name: 'RangeError', code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
});
assert.throws(() => crypto.getRandomValues(new Float64Array(1)), { name: 'TypeMismatchError' });
assert.throws(() => globalThis.crypto.getRandomValues(new Uint8Array(65537)), {
  name: 'QuotaExceededError', message: 'The requested length exceeds 65,536 bytes',
});
