// Writable: write() returns false at the high water mark and 'drain'
// follows once the buffer empties; callbacks run in order; cork/uncork
// batches into _writev; end() callback, 'finish', and _final ordering.
'use strict';
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
const w = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    log.push(`write:${chunk}`);
    setImmediate(cb);
  },
  final(cb) {
    log.push('final');
    cb();
  },
});
assert.strictEqual(w.writableHighWaterMark, 4);
assert.strictEqual(w.write('ab', () => log.push('cb:ab')), true);
assert.strictEqual(w.write('cd', () => log.push('cb:cd')), false);
assert.strictEqual(w.writableNeedDrain, true);
assert.strictEqual(w.writableLength, 4);
w.on('drain', () => {
  log.push('drain');
  assert.strictEqual(w.writableLength, 0);
  w.end('e', () => log.push('end-cb'));
  assert.strictEqual(w.writableEnded, true);
  assert.strictEqual(w.writable, false);
});
w.on('prefinish', () => log.push('prefinish'));
w.on('finish', () => log.push('finish'));
w.on('close', () => {
  log.push('close');
  assert.deepStrictEqual(log, [
    // The buffered write starts before the first callback runs; 'drain'
    // precedes the second callback because that write completed
    // asynchronously right as the buffer emptied.
    'write:ab', 'write:cd', 'cb:ab', 'drain', 'write:e', 'cb:cd', 'final', 'prefinish',
    'end-cb', 'finish', 'close',
  ]);
  assert.strictEqual(w.writableFinished, true);
  assert.strictEqual(w.destroyed, true);
});

// cork() buffers; uncork() flushes the batch through _writev.
const batches = [];
const c = new Writable({
  write(chunk, enc, cb) { batches.push([String(chunk)]); cb(); },
  writev(chunks, cb) { batches.push(chunks.map((x) => String(x.chunk))); cb(); },
});
c.cork();
c.write('1');
c.write('2');
c.cork();
c.write('3');
assert.strictEqual(c.writableCorked, 2);
assert.strictEqual(c.writableBuffer.length, 3);
c.uncork();
assert.deepStrictEqual(batches, []);
c.uncork();
assert.deepStrictEqual(batches, [['1', '2', '3']]);
c.write('4');
assert.deepStrictEqual(batches, [['1', '2', '3'], ['4']]);

// Strings are decoded to Buffers unless decodeStrings is false.
const encs = [];
const d = new Writable({ decodeStrings: false, write(chunk, enc, cb) { encs.push([typeof chunk, enc]); cb(); } });
d.write('x', 'latin1');
d.write(Buffer.from('y'));
d.write(new Uint8Array([1]));
assert.deepStrictEqual(encs, [['string', 'latin1'], ['object', 'buffer'], ['object', 'buffer']]);

const e = new Writable({ write(chunk, enc, cb) { encs.push([chunk.length, enc]); cb(); } });
e.write('abcd', 'hex');
assert.deepStrictEqual(encs.at(-1), [2, 'buffer']);
assert.strictEqual(e.setDefaultEncoding('HEX'), e);
assert.throws(() => e.setDefaultEncoding('nope'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => e.write(null), { code: 'ERR_STREAM_NULL_VALUES', message: 'May not write null values to stream' });
assert.throws(() => e.write(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => e.write('a', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });

// Object mode counts objects against a default hwm of 16.
const o = new Writable({ objectMode: true, write(x, enc, cb) { setImmediate(cb); } });
let ret;
for (let i = 0; i < 16; i++) ret = o.write({ i });
assert.strictEqual(ret, false);
assert.strictEqual(o.writableLength, 16);
