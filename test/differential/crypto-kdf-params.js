'use strict';
// Derived keys over a grid of parameters and input forms: PBKDF2 with every digest, scrypt with
// N / r / p / maxmem variations, HKDF with every digest and lengths up to its limit; sync and
// async results must agree and match node byte for byte.
const crypto = require('crypto');

const summary = (parts) => crypto.createHash('sha1').update(parts.join('|')).digest('hex');
const results = [];
let pending = 0;
function both(label, sync, async) {
  const expected = sync();
  const hex = Buffer.from(expected).toString('hex');
  console.log(label, hex.length > 80 ? `${hex.slice(0, 80)}… ${summary([hex])}` : hex);
  pending++;
  async((err, key) => {
    pending--;
    results.push(`${label}: ${err ? err.message : Buffer.from(key).toString('hex') === hex}`);
  });
}

const digests = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256',
                 'sha3-512', 'RSA-SHA256', 'SHA384'];
for (const digest of digests) {
  for (const [iterations, keylen] of [[1, 1], [2, 20], [100, 64], [1000, 129]]) {
    both(`pbkdf2 ${digest} ${iterations} ${keylen}`,
         () => crypto.pbkdf2Sync('pass', 'salt', iterations, keylen, digest),
         (cb) => crypto.pbkdf2('pass', 'salt', iterations, keylen, digest, cb));
  }
}
for (const [password, salt] of [['', ''], ['ünïcode', 'sälz'], [Buffer.alloc(100, 7), 'x'],
                                [new Uint16Array([1, 2, 3]), new ArrayBuffer(9)]]) {
  both(`pbkdf2 inputs ${typeof password}`,
       () => crypto.pbkdf2Sync(password, salt, 10, 32, 'sha256'),
       (cb) => crypto.pbkdf2(password, salt, 10, 32, 'sha256', cb));
}

const scryptCases = [
  [{}, 32], [{ N: 1024 }, 16], [{ N: 2 }, 10], [{ N: 256, r: 1, p: 1 }, 64], [{ cost: 512 }, 8],
  [{ blockSize: 4, parallelization: 3 }, 24], [{ N: 1024, r: 8, p: 2, maxmem: 64 << 20 }, 33],
  [{ N: 4096, maxmem: 16 << 20 }, 16], [{ N: 16384, r: 8, p: 1 }, 1], [undefined, 64], [null, 12],
];
for (const [options, keylen] of scryptCases) {
  both(`scrypt ${JSON.stringify(options)} ${keylen}`,
       () => crypto.scryptSync('password', 'NaCl', keylen, options),
       (cb) => (options === undefined ?
         crypto.scrypt('password', 'NaCl', keylen, cb) :
         crypto.scrypt('password', 'NaCl', keylen, options, cb)));
}

for (const digest of digests) {
  for (const length of [0, 1, 32, 100]) {
    both(`hkdf ${digest} ${length}`,
         () => crypto.hkdfSync(digest, 'input key', 'salt', 'info', length),
         (cb) => crypto.hkdf(digest, 'input key', 'salt', 'info', length, cb));
  }
}
both('hkdf max sha1', () => crypto.hkdfSync('sha1', 'k', '', '', 255 * 20),
     (cb) => crypto.hkdf('sha1', 'k', '', '', 255 * 20, cb));
both('hkdf empty key', () => crypto.hkdfSync('sha256', '', 'salt', 'info', 16),
     (cb) => crypto.hkdf('sha256', '', 'salt', 'info', 16, cb));
both('hkdf views', () => crypto.hkdfSync('sha256', new Uint8Array([1, 2, 3]),
                                         new DataView(new ArrayBuffer(4)), new ArrayBuffer(2), 16),
     (cb) => crypto.hkdf('sha256', new Uint8Array([1, 2, 3]), new DataView(new ArrayBuffer(4)),
                         new ArrayBuffer(2), 16, cb));

process.on('exit', () => {
  results.sort();
  console.log(`async: ${results.length} results, pending ${pending}`);
  for (const line of results) if (!line.endsWith('true')) console.log(line);
  console.log(summary(results));
});
