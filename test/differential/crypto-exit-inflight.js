'use strict';
// process.exit() while key derivations and random fills are still on the thread pool: the process
// exits at once with the code given, and no callback of the unfinished work runs.
const crypto = require('crypto');

for (let i = 0; i < 8; i++) {
  crypto.scrypt('pw', `salt${i}`, 32, { N: 16384, r: 8, p: 2 }, () => console.log('scrypt done'));
}
crypto.pbkdf2('pw', 'salt', 2000000, 32, 'sha512', () => console.log('pbkdf2 done'));
crypto.randomFill(Buffer.alloc(64 << 20), () => console.log('fill done'));
process.on('exit', (code) => console.log('exit', code));
setImmediate(() => {
  console.log('exiting');
  process.exit(7);
});
