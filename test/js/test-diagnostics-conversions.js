// Flags: --expose-internals
'use strict';
// Conversion counters: off by default (and then Buffer conversions record nothing), and when on
// they count calls and bytes per normalized encoding.
const assert = require('assert');
const conversions = require('internal/diagnostics/conversions');

assert.strictEqual(conversions.enabled, false);
Buffer.from('not counted').toString('hex');
assert.deepStrictEqual(conversions.snapshot(), {
  toString: { count: 0, bytes: 0, byEncoding: {} },
  fromString: { count: 0, bytes: 0, byEncoding: {} },
});

conversions.recordToString('UTF-8', 10);
conversions.recordToString('utf8', 5);
conversions.recordToString('binary', 2);
conversions.recordFromString(undefined, 7);
conversions.recordFromString('UCS-2', 4);
assert.deepStrictEqual(conversions.snapshot(), {
  toString: { count: 3, bytes: 17, byEncoding: { latin1: { count: 1, bytes: 2 }, utf8: { count: 2, bytes: 15 } } },
  fromString: { count: 2, bytes: 11, byEncoding: { utf16le: { count: 1, bytes: 4 }, utf8: { count: 1, bytes: 7 } } },
});
