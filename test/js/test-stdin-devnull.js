'use strict';
// process.stdin over /dev/null (how the test runner starts octet): a paused Readable that ends at
// once when read, with no data; merely touching it does not keep the process alive.
const assert = require('assert');
const { Readable } = require('stream');

const stdin = process.stdin;
assert.strictEqual(process.stdin, stdin, 'the same object every time');
assert(stdin instanceof Readable);
assert.strictEqual(stdin.fd, 0);
assert.strictEqual(stdin.readableFlowing, null, 'starts paused, not flowing');

const events = [];
setImmediate(() => {
  // Nothing happens before someone reads.
  assert.deepStrictEqual(events, []);
  stdin.on('data', (chunk) => events.push(`data ${chunk.length}`));
  stdin.on('end', () => events.push('end'));
});

process.on('exit', () => {
  assert.deepStrictEqual(events, ['end']);
});
