'use strict';
// atob/btoa (forgiving-base64 and its two error messages), transcode, and Blob/File.
const assert = require('assert');
const { atob, btoa, transcode, Blob, File, Buffer } = require('buffer');

assert.strictEqual(atob(' YW Jj\n'), 'abc');
assert.strictEqual(atob('YQ'), 'a');
assert.strictEqual(atob('YQ=='), 'a');
assert.strictEqual(atob('Y Q = ='), 'a');
assert.strictEqual(atob(''), '');
assert.strictEqual(btoa('\u00ff'), '/w==');
assert.strictEqual(btoa(null), 'bnVsbA==');
const invalid = { name: 'InvalidCharacterError', code: 5, message: 'Invalid character' };
const notEncoded = {
  name: 'InvalidCharacterError',
  message: 'The string to be decoded is not correctly encoded.',
};
assert.throws(() => atob('YQ=x'), invalid);
assert.throws(() => atob('YQ='), invalid);
assert.throws(() => atob('YWJj===='), invalid);
assert.throws(() => atob('Y\u00ffQ'), invalid);
assert.throws(() => atob('-_'), invalid);
assert.throws(() => atob('Y'), notEncoded);
assert.throws(() => atob('Z='), notEncoded);
assert.throws(() => btoa('\u0100'), invalid);
assert.throws(() => atob(), { code: 'ERR_MISSING_ARGS', message: 'The "input" argument must be specified' });
assert.throws(() => btoa(), { code: 'ERR_MISSING_ARGS' });

const hex = (b) => b.toString('hex');
assert.strictEqual(hex(transcode(Buffer.from('héllo€'), 'utf8', 'latin1')), '68e96c6c6f3f');
assert.strictEqual(hex(transcode(Buffer.from('héllo€'), 'utf8', 'ascii')), '683f6c6c6f3f');
assert.strictEqual(hex(transcode(Buffer.from('a😀b'), 'utf8', 'latin1')), '613f62');
assert.strictEqual(hex(transcode(Buffer.from('h\xffllo', 'latin1'), 'latin1', 'ucs2')),
                   '6800ff006c006c006f00');
assert.strictEqual(hex(transcode(Buffer.from('\ufeffa', 'ucs2'), 'ucs2', 'latin1')), '61');
assert.strictEqual(hex(transcode(Buffer.from([0xe9]), 'ascii', 'utf8')), 'efbfbd');
assert.strictEqual(hex(transcode(Buffer.from('ab', 'ucs2'), 'UCS2', 'UTF8')), '6162');
assert.strictEqual(transcode(Buffer.alloc(0), 'hex', 'nope').length, 0);
assert.throws(() => transcode(Buffer.from([0xff]), 'utf8', 'ucs2'), {
  name: 'Error',
  code: 'U_INVALID_CHAR_FOUND',
  errno: 10,
  message: 'Unable to transcode Buffer [U_INVALID_CHAR_FOUND]',
});
assert.throws(() => transcode(Buffer.from('a'), 'hex', 'utf8'), {
  code: 'U_ILLEGAL_ARGUMENT_ERROR',
  errno: 1,
});
assert.throws(() => transcode('abc', 'utf8', 'ucs2'), { code: 'ERR_INVALID_ARG_TYPE' });

const blob = new Blob(['ab', new Uint8Array([99]), 'é'], { type: 'Text/Plain' });
assert.strictEqual(blob.size, 5);
assert.strictEqual(blob.type, 'text/plain');
const part = blob.slice(1, -1, 'X/Y');
assert.strictEqual(part.size, 3);
assert.strictEqual(part.type, 'x/y');
assert.strictEqual(require('util').inspect(blob), "Blob { size: 5, type: 'text/plain' }");
assert.strictEqual(new Blob([], { type: 'a\u00e9' }).type, '');
assert.strictEqual(new Blob(['a\r\nb\n'], { endings: 'native' }).size, 4);
assert.throws(() => new Blob('abc'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new Blob([], { endings: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
const file = new File(['x'], 'f.txt', { lastModified: 5 });
assert.strictEqual(file.name, 'f.txt');
assert.strictEqual(file.lastModified, 5);
assert.ok(file instanceof Blob);
assert.throws(() => new File(['x']), { code: 'ERR_MISSING_ARGS' });

Promise.all([blob.text(), blob.arrayBuffer(), part.text()]).then(([text, ab, sub]) => {
  assert.strictEqual(text, 'abcé');
  assert.strictEqual(Buffer.from(ab).toString(), 'abcé');
  assert.strictEqual(sub, 'bc\ufffd');
  process.exitCode = 0;
});
process.exitCode = 1;  // cleared once the promises have been checked
