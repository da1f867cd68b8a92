'use strict';
// Every error crypto raises for bad input or bad state: class, code, message and extra keys, as
// node prints them.
const crypto = require('crypto');

function show(label, fn) {
  try {
    const result = fn();
    const text = Buffer.isBuffer(result) ? `Buffer ${result.toString('hex')}` :
      result instanceof ArrayBuffer ? `ArrayBuffer ${Buffer.from(result).toString('hex')}` :
        String(result);
    console.log(`${label}: ok ${text}`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} ${JSON.stringify(e.message)} ` +
                `[${Object.keys(e).join(',')}] ${e instanceof Error}`);
  }
}

const k16 = Buffer.alloc(16, 1);
const k32 = Buffer.alloc(32, 2);
const iv16 = Buffer.alloc(16, 3);
const iv12 = Buffer.alloc(12, 4);

// Hash
show('createHash unknown', () => crypto.createHash('sha0'));
show('createHash no name', () => crypto.createHash());
show('createHash number', () => crypto.createHash(256));
show('update number', () => crypto.createHash('sha256').update(1));
show('update object', () => crypto.createHash('sha256').update({}));
show('update ArrayBuffer', () => crypto.createHash('sha256').update(new ArrayBuffer(3)));
show('update null', () => crypto.createHash('sha256').update(null));
show('update odd hex', () => crypto.createHash('sha256').update('abc', 'hex'));
show('digest twice', () => { const h = crypto.createHash('sha256'); h.digest(); h.digest(); });
show('update after digest', () => { const h = crypto.createHash('md5'); h.digest(); h.update('a'); });
show('copy after digest', () => { const h = crypto.createHash('md5'); h.digest(); h.copy(); });
show('outputLength on sha256', () => crypto.createHash('sha256', { outputLength: 5 }));
show('outputLength on sha256 equal', () => crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
show('outputLength -1', () => crypto.createHash('shake256', { outputLength: -1 }));
show('outputLength 1.5', () => crypto.createHash('shake256', { outputLength: 1.5 }));
show('outputLength string', () => crypto.createHash('shake256', { outputLength: '5' }));
show('outputLength 2**32', () => crypto.createHash('shake256', { outputLength: 2 ** 32 }));
show('copy outputLength on sha1', () => crypto.createHash('sha1').copy({ outputLength: 3 }));
show('hash unknown', () => crypto.hash('sha0', 'abc'));
show('hash bad input', () => crypto.hash('sha1', 1));
show('hash ArrayBuffer input', () => crypto.hash('sha1', new ArrayBuffer(1)));
show('hash bad encoding', () => crypto.hash('sha1', 'abc', 'foo'));
show('hash null encoding', () => crypto.hash('sha1', 'abc', null));
show('hash algorithm number', () => crypto.hash(1, 'abc'));

// Hmac
show('hmac unknown digest', () => crypto.createHmac('sha0', 'key'));
show('hmac shake256', () => crypto.createHmac('shake256', 'key'));
show('hmac no key', () => crypto.createHmac('sha256'));
show('hmac number key', () => crypto.createHmac('sha256', 1));
show('hmac null key', () => crypto.createHmac('sha256', null));
show('hmac number name', () => crypto.createHmac(1, 'key'));
show('hmac options.encoding number', () => crypto.createHmac('sha1', 'k', { encoding: 5 }));
show('hmac bad key encoding', () => crypto.createHmac('sha1', 'k', { encoding: 'nope' }));
show('hmac update after digest', () => { const h = crypto.createHmac('sha1', 'k'); h.digest(); h.update('x'); });
show('hmac update number', () => crypto.createHmac('sha1', 'k').update(5));

// Ciphers
show('unknown cipher', () => crypto.createCipheriv('aes-128-xyz', k16, iv16));
show('cipher name number', () => crypto.createCipheriv(1, k16, iv16));
show('key too long', () => crypto.createCipheriv('aes-128-cbc', k32, iv16));
show('key too short', () => crypto.createDecipheriv('aes-256-gcm', k16, iv12));
show('key number', () => crypto.createCipheriv('aes-128-cbc', 1, iv16));
show('iv wrong length', () => crypto.createCipheriv('aes-128-cbc', k16, iv12));
show('iv null for cbc', () => crypto.createCipheriv('aes-128-cbc', k16, null));
show('iv missing', () => crypto.createCipheriv('aes-128-cbc', k16));
show('iv number', () => crypto.createCipheriv('aes-128-cbc', k16, 1));
show('iv for ecb', () => crypto.createCipheriv('aes-128-ecb', k16, iv16));
show('empty gcm iv', () => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0)));
show('chacha iv 16', () => crypto.createCipheriv('chacha20-poly1305', k32, iv16));
show('gcm authTagLength 3', () => crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: 3 }));
show('gcm authTagLength 17', () => crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: 17 }));
show('gcm authTagLength string', () => crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: 'a' }));
show('gcm authTagLength -1', () => crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: -1 }));
show('chacha authTagLength 17', () => crypto.createCipheriv('chacha20-poly1305', k32, iv12, { authTagLength: 17 }));
show('ccm without authTagLength', () => crypto.createCipheriv('aes-128-ccm', k16, iv12));
show('legacy-provider cipher', () => crypto.createCipheriv('bf-cbc', k16, Buffer.alloc(8)));
show('final twice', () => { const c = crypto.createCipheriv('aes-128-gcm', k16, iv12); c.final(); c.final(); });
show('update after final', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); c.update('a'); });
show('update number', () => crypto.createCipheriv('aes-128-ctr', k16, iv16).update(1));
show('update unknown encodings', () => crypto.createCipheriv('aes-128-ctr', k16, iv16).update('hi', 'utf8', 'nope'));
show('final unknown encoding', () => crypto.createCipheriv('aes-128-ctr', k16, iv16).final('nope'));
show('change output encoding', () => {
  const c = crypto.createCipheriv('aes-128-ctr', k16, iv16);
  c.update('abc', 'utf8', 'hex');
  c.update('abc', 'utf8', 'base64');
});
show('no padding, partial block', () => {
  const c = crypto.createCipheriv('aes-128-cbc', k16, iv16);
  c.setAutoPadding(false);
  c.update('a');
  c.final();
});
show('bad decrypt', () => {
  const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
  d.update(Buffer.alloc(16));
  d.final();
});
show('setAutoPadding after final', () => {
  const c = crypto.createCipheriv('aes-128-cbc', k16, iv16);
  c.final();
  c.setAutoPadding(true);
});
show('gcm no tag', () => {
  const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
  d.update(Buffer.alloc(16));
  d.final();
});
show('gcm wrong tag', () => {
  const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
  d.setAuthTag(Buffer.alloc(16));
  d.update(Buffer.alloc(16));
  d.final();
});
show('chacha wrong tag', () => {
  const d = crypto.createDecipheriv('chacha20-poly1305', k32, iv12);
  d.setAuthTag(Buffer.alloc(16));
  d.update(Buffer.alloc(5));
  d.final();
});
show('setAuthTag length 3', () => crypto.createDecipheriv('aes-128-gcm', k16, iv12).setAuthTag(Buffer.alloc(3)));
show('setAuthTag twice', () => {
  const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
  d.setAuthTag(Buffer.alloc(8));
  d.setAuthTag(Buffer.alloc(8));
});
show('setAuthTag against authTagLength', () => {
  crypto.createDecipheriv('aes-128-gcm', k16, iv12, { authTagLength: 8 }).setAuthTag(Buffer.alloc(16));
});
show('setAuthTag chacha 8', () => crypto.createDecipheriv('chacha20-poly1305', k32, iv12).setAuthTag(Buffer.alloc(8)));
show('setAuthTag number', () => crypto.createDecipheriv('aes-128-gcm', k16, iv12).setAuthTag(1));
show('setAuthTag on cbc', () => crypto.createDecipheriv('aes-128-cbc', k16, iv16).setAuthTag(Buffer.alloc(16)));
show('setAuthTag after final', () => {
  const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
  d.setAuthTag(Buffer.alloc(16));
  try { d.final(); } catch {}
  d.setAuthTag(Buffer.alloc(16));
});
show('setAuthTag on a Cipheriv', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).setAuthTag(Buffer.alloc(16)));
show('getAuthTag before final', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).getAuthTag());
show('getAuthTag on cbc', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); c.getAuthTag(); });
show('getAuthTag on a Decipheriv', () => crypto.createDecipheriv('aes-128-gcm', k16, iv12).getAuthTag());
show('setAAD on cbc', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).setAAD(Buffer.alloc(4)));
show('setAAD after update', () => {
  const c = crypto.createCipheriv('aes-128-gcm', k16, iv12);
  c.update('a');
  c.setAAD(Buffer.alloc(16));
});
show('setAAD number', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).setAAD(1));
show('setAAD bad plaintextLength', () => {
  crypto.createCipheriv('aes-128-gcm', k16, iv12).setAAD(Buffer.alloc(1), { plaintextLength: 'a' });
});
show('ccm setAAD without plaintextLength', () => {
  crypto.createCipheriv('aes-128-ccm', k16, iv12, { authTagLength: 16 }).setAAD(Buffer.alloc(3));
});
show('ccm message too long', () => {
  crypto.createCipheriv('aes-128-ccm', k16, Buffer.alloc(13), { authTagLength: 16 })
    .setAAD(Buffer.alloc(3), { plaintextLength: 65536 });
});

// Random
show('randomBytes -1', () => crypto.randomBytes(-1));
show('randomBytes string', () => crypto.randomBytes('1'));
show('randomBytes 2**31', () => crypto.randomBytes(2 ** 31));
show('randomBytes NaN', () => crypto.randomBytes(NaN));
show('randomBytes bad callback', () => crypto.randomBytes(1, 5));
show('randomFillSync number', () => crypto.randomFillSync(1));
show('randomFillSync offset past end', () => crypto.randomFillSync(Buffer.alloc(4), 5));
show('randomFillSync size past end', () => crypto.randomFillSync(Buffer.alloc(4), 2, 3));
show('randomFillSync offset -1', () => crypto.randomFillSync(Buffer.alloc(4), -1));
show('randomFillSync offset string', () => crypto.randomFillSync(Buffer.alloc(4), 'a'));
show('randomFillSync elements past end', () => crypto.randomFillSync(new Uint32Array(4), 4, 1));
show('randomFill no callback', () => crypto.randomFill(Buffer.alloc(4)));
show('randomFill offset, no callback', () => crypto.randomFill(Buffer.alloc(4), 1));
show('randomInt fraction', () => crypto.randomInt(10.5));
show('randomInt max <= min', () => crypto.randomInt(10, 5));
show('randomInt equal', () => crypto.randomInt(5, 5));
show('randomInt range too big', () => crypto.randomInt(0, 2 ** 48));
show('randomInt max too big', () => crypto.randomInt(2 ** 48 + 1));
show('randomInt unsafe min', () => crypto.randomInt(-(2 ** 53), 0));
show('randomInt string', () => crypto.randomInt('1'));
show('randomInt bad callback', () => crypto.randomInt(1, 2, 3));
show('randomUUID number', () => crypto.randomUUID(1));
show('randomUUID bad option', () => crypto.randomUUID({ disableEntropyCache: 1 }));
show('getRandomValues float', () => crypto.getRandomValues(new Float32Array(2)));
show('getRandomValues float64', () => crypto.getRandomValues(new Float64Array(2)));
show('getRandomValues DataView', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
show('getRandomValues too big', () => crypto.getRandomValues(new Uint8Array(65537)));
show('getRandomValues undefined', () => crypto.getRandomValues());
show('global getRandomValues no args', () => globalThis.crypto.getRandomValues());
show('global getRandomValues detached this', () => { const g = globalThis.crypto.getRandomValues; g(new Uint8Array(1)); });
show('global randomUUID wrong this', () => globalThis.crypto.randomUUID.call({}));
show('new Crypto', () => new (globalThis.crypto.constructor)());
show('DOMException name/code', () => {
  try { crypto.getRandomValues(new Uint8Array(65537)); } catch (e) {
    return `${e instanceof DOMException} ${e.name} ${e.code}`;
  }
});

// Key derivation
show('pbkdf2 unknown digest', () => crypto.pbkdf2Sync('p', 's', 1, 20, 'sha0'));
show('pbkdf2 no digest', () => crypto.pbkdf2Sync('p', 's', 1, 20));
show('pbkdf2 iterations 0', () => crypto.pbkdf2Sync('p', 's', 0, 20, 'sha1'));
show('pbkdf2 iterations 2**31', () => crypto.pbkdf2Sync('p', 's', 2 ** 31, 20, 'sha1'));
show('pbkdf2 iterations string', () => crypto.pbkdf2Sync('p', 's', '1', 20, 'sha1'));
show('pbkdf2 keylen -1', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'));
show('pbkdf2 keylen string', () => crypto.pbkdf2Sync('p', 's', 1, '10', 'sha1'));
show('pbkdf2 password number', () => crypto.pbkdf2Sync(1, 's', 1, 10, 'sha1'));
show('pbkdf2 salt number', () => crypto.pbkdf2Sync('p', 1, 1, 10, 'sha1'));
show('pbkdf2 digest number', () => crypto.pbkdf2Sync('p', 's', 1, 10, 1));
show('pbkdf2 async no callback', () => crypto.pbkdf2('p', 's', 1, 20, 'sha1'));
show('pbkdf2 async unknown digest', () => crypto.pbkdf2('p', 's', 1, 20, 'sha0', () => {}));
show('pbkdf2 async digest omitted', () => crypto.pbkdf2('p', 's', 1, 20, () => {}));
show('scrypt N not a power of 2', () => crypto.scryptSync('p', 's', 16, { N: 3 }));
show('scrypt N and cost', () => crypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }));
show('scrypt r and blockSize', () => crypto.scryptSync('p', 's', 16, { r: 1, blockSize: 1 }));
show('scrypt p and parallelization', () => crypto.scryptSync('p', 's', 16, { p: 1, parallelization: 1 }));
show('scrypt N 1', () => crypto.scryptSync('p', 's', 16, { N: 1 }));
show('scrypt r string', () => crypto.scryptSync('p', 's', 16, { r: 'a' }));
show('scrypt p -1', () => crypto.scryptSync('p', 's', 16, { p: -1 }));
show('scrypt maxmem -1', () => crypto.scryptSync('p', 's', 16, { maxmem: -1 }));
show('scrypt keylen -1', () => crypto.scryptSync('p', 's', -1));
show('scrypt keylen string', () => crypto.scryptSync('p', 's', '1'));
show('scrypt password number', () => crypto.scryptSync(1, 's', 16));
show('scrypt async no callback', () => crypto.scrypt('p', 's', 16));
show('scrypt async bad params', () => crypto.scrypt('p', 's', 16, { N: 3 }, () => {}));
show('hkdf unknown digest', () => crypto.hkdfSync('sha0', 'key', 'salt', 'info', 16));
show('hkdf too long', () => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 255 * 32 + 1));
show('hkdf info too long', () => crypto.hkdfSync('sha256', 'key', 'salt', 'i'.repeat(1025), 16));
show('hkdf ikm number', () => crypto.hkdfSync('sha256', 1, 'salt', 'info', 16));
show('hkdf salt number', () => crypto.hkdfSync('sha256', 'key', 1, 'info', 16));
show('hkdf info number', () => crypto.hkdfSync('sha256', 'key', 'salt', 1, 16));
show('hkdf length string', () => crypto.hkdfSync('sha256', 'key', 'salt', 'info', '16'));
show('hkdf length -1', () => crypto.hkdfSync('sha256', 'key', 'salt', 'info', -1));
show('hkdf digest number', () => crypto.hkdfSync(1, 'key', 'salt', 'info', 16));
show('hkdf shake256', () => crypto.hkdfSync('shake256', 'key', 'salt', 'info', 16));
show('hkdf async no callback', () => crypto.hkdf('sha256', 'key', 'salt', 'info', 16));
crypto.hkdf('shake256', 'key', 'salt', 'info', 16, (err) => {
  console.log(`hkdf async failure: ${err.name} ${err.code} ${err.message}`);
});

// timingSafeEqual
show('timingSafeEqual lengths', () => crypto.timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3)));
show('timingSafeEqual strings', () => crypto.timingSafeEqual('a', 'a'));
show('timingSafeEqual second string', () => crypto.timingSafeEqual(Buffer.alloc(2), 'ab'));
show('timingSafeEqual mixed views', () => crypto.timingSafeEqual(new ArrayBuffer(2), new Uint16Array(1)));
show('timingSafeEqual differ', () => crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac')));
show('timingSafeEqual empty', () => crypto.timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)));

// Last: node reads OpenSSL's error queue without clearing it, so these two would change the
// messages of later failures there.
show('scrypt memory limit', () => crypto.scryptSync('p', 's', 16, { N: 2 ** 20 }));
show('scrypt maxmem tiny', () => crypto.scryptSync('p', 's', 16, { N: 1024, maxmem: 1 }));
