// The stream module's exports and helpers: legacy Stream, the static
// predicates, default high water marks, addAbortSignal, compose,
// duplexPair, destroy(), and the legacy Stream#pipe.
'use strict';
const assert = require('assert');
const stream = require('stream');
const EventEmitter = require('events');
const { Readable, Writable, Duplex, PassThrough, Stream } = stream;

assert.strictEqual(stream, Stream);
assert.strictEqual(stream.Stream, Stream);
assert.ok(new Readable() instanceof EventEmitter);
assert.ok(new Writable() instanceof Stream);
assert.deepStrictEqual(Object.keys(require('stream/promises')), ['finished', 'pipeline']);
assert.strictEqual(stream.promises, require('stream/promises'));
assert.ok(stream._isUint8Array(new Uint8Array(1)));
assert.ok(stream._isArrayBufferView(new DataView(new ArrayBuffer(1))));
assert.ok(Buffer.isBuffer(stream._uint8ArrayToBuffer(new Uint8Array([1]))));

assert.strictEqual(stream.getDefaultHighWaterMark(false), 16384);
assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
stream.setDefaultHighWaterMark(false, 1024);
assert.strictEqual(new Readable().readableHighWaterMark, 1024);
stream.setDefaultHighWaterMark(false, 16384);
assert.throws(() => stream.setDefaultHighWaterMark(false, -1), { code: 'ERR_OUT_OF_RANGE' });

const r = new Readable({ read() {} });
assert.strictEqual(stream.isReadable(r), true);
assert.strictEqual(stream.isDisturbed(r), false);
assert.strictEqual(stream.isErrored(r), false);
assert.strictEqual(stream.isWritable(new Writable()), true);
let destroyErr;
r.on('error', (err) => { destroyErr = err; });
// An unfinished stream destroyed without an error gets an AbortError.
stream.destroy(r);
assert.strictEqual(stream.isDestroyed(r), true);
assert.strictEqual(stream.isReadable(r), false);

// addAbortSignal destroys the stream with an AbortError.
const ac = new AbortController();
const guarded = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
let abortErr;
guarded.on('error', (err) => { abortErr = err; });
ac.abort('stop');
assert.throws(() => stream.addAbortSignal('x', guarded), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => stream.addAbortSignal(ac.signal, {}), { code: 'ERR_INVALID_ARG_TYPE' });

// compose() chains stages into one Duplex.
const composed = stream.compose(
  new PassThrough(),
  async function* (source) { for await (const c of source) yield String(c).toUpperCase(); },
);
assert.ok(composed instanceof Duplex);
const composedOut = [];
composed.on('data', (c) => composedOut.push(String(c)));
composed.end('abc');

// duplexPair(): what one side writes, the other reads.
const [left, right] = stream.duplexPair();
const pairOut = [];
right.on('data', (c) => pairOut.push(String(c)));
left.write('ping');

// Legacy Stream#pipe relays 'data' and ends the destination.
const legacySrc = new Stream();
legacySrc.readable = true;
const written = [];
const legacyDst = new Writable({ write(c, e, cb) { written.push(String(c)); cb(); } });
legacySrc.pipe(legacyDst);
legacySrc.emit('data', 'old');
legacySrc.emit('end');

setTimeout(() => {
  assert.strictEqual(destroyErr.code, 'ABORT_ERR');
  assert.strictEqual(abortErr.name, 'AbortError');
  assert.strictEqual(abortErr.cause, 'stop');
  assert.deepStrictEqual(composedOut, ['ABC']);
  assert.deepStrictEqual(pairOut, ['ping']);
  assert.deepStrictEqual(written, ['old']);
  assert.strictEqual(legacyDst.writableEnded, true);
}, 20);
