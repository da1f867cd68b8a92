'use strict';
// OpenSSL contexts behind Hash, Hmac and cipher objects are native memory V8 cannot see: octet
// reports them as external native bytes while the JS objects live, and the bytes go when the
// objects are collected (or, for HMAC and ciphers, as soon as they finish).
const assert = require('assert');
const crypto = require('crypto');
const memory = require('octet:memory');

const native = () => memory.stats().nativeBytes;

memory.reclaim();
const base = native();

let objects = [];
for (let i = 0; i < 1000; i++) {
  objects.push(crypto.createHash('sha256'),
               crypto.createHmac('sha256', 'key'),
               crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)));
}
const held = native() - base;
assert.ok(held >= 1000 * 3 * 256, `contexts are reported: ${held} bytes for 3000 objects`);
assert.ok(process.memoryUsage().external >= held, 'external includes them');

// Finishing an HMAC or a cipher frees its context at once; a Hash keeps its context (node
// allows update()/copy() after a stream flush) until it is collected.
for (const object of objects) {
  if (object instanceof crypto.Hmac) object.digest();
  else if (object instanceof crypto.Cipheriv) object.final();
}
const afterFinish = native() - base;
assert.ok(afterFinish < held / 2, `finished HMACs and ciphers released theirs: ${afterFinish}`);
assert.ok(afterFinish > 0, 'the hashes still hold theirs');

objects = null;
memory.reclaim();
const left = native() - base;
assert.ok(left < 16 * 1024, `collected objects released their contexts: ${left} bytes left`);
