// Error name, code and message for argument and state errors raised across the builtin
// modules (Buffer, streams, events, util, string_decoder, timers, process), one line each.
'use strict';
const { Buffer } = require('buffer');
const { Readable, Writable, Transform, PassThrough } = require('stream');
const { EventEmitter } = require('events');
const util = require('util');
const { StringDecoder } = require('string_decoder');

function report(label, fn) {
  try {
    fn();
    console.log(`${label}: no error`);
  } catch (err) {
    console.log(`${label}: ${err.name} ${err.code} ${err.message}`);
  }
}

// Buffer.
report('Buffer.alloc(-1)', () => Buffer.alloc(-1));
report('Buffer.alloc(2 ** 53)', () => Buffer.alloc(2 ** 53));
report("Buffer.alloc('10')", () => Buffer.alloc('10'));
report('Buffer.allocUnsafe(NaN)', () => Buffer.allocUnsafe(NaN));
report('Buffer.from(5)', () => Buffer.from(5));
report('Buffer.from({})', () => Buffer.from({}));
report("Buffer.from('x', 'nope')", () => Buffer.from('x', 'nope'));
report("toString('nope')", () => Buffer.alloc(1).toString('nope'));
report('readUInt32LE(1) on 4 bytes', () => Buffer.alloc(4).readUInt32LE(1));
report('readUInt8(10)', () => Buffer.alloc(4).readUInt8(10));
report('readUInt8(1.5)', () => Buffer.alloc(4).readUInt8(1.5));
report("readUInt8('1')", () => Buffer.alloc(4).readUInt8('1'));
report('writeUInt8(300)', () => Buffer.alloc(4).writeUInt8(300));
report('writeInt8(-200)', () => Buffer.alloc(4).writeInt8(-200));
report('writeUInt32BE(2 ** 40)', () => Buffer.alloc(4).writeUInt32BE(2 ** 40));
report('writeBigInt64LE on 4 bytes', () => Buffer.alloc(4).writeBigInt64LE(1n));
report('writeBigUInt64LE(-1n)', () => Buffer.alloc(8).writeBigUInt64LE(-1n));
report('writeBigInt64LE(2n ** 70n)', () => Buffer.alloc(8).writeBigInt64LE(2n ** 70n));
report('swap16 on 3 bytes', () => Buffer.alloc(3).swap16());
report('swap32 on 3 bytes', () => Buffer.alloc(3).swap32());
report('swap64 on 3 bytes', () => Buffer.alloc(3).swap64());
report("fill('x', 'nope')", () => Buffer.alloc(2).fill('x', 'nope'));
report('fill(1, -1)', () => Buffer.alloc(2).fill(1, -1));
report('copy(null)', () => Buffer.alloc(2).copy(null));
report('compare(1)', () => Buffer.alloc(2).compare(1));
report('Buffer.concat(1)', () => Buffer.concat(1));
report('Buffer.concat([1])', () => Buffer.concat([1]));
report('Buffer.byteLength(5)', () => Buffer.byteLength(5));
report("write('a', 5)", () => Buffer.alloc(2).write('a', 5));
report('indexOf({})', () => Buffer.alloc(2).indexOf({}));

// Streams.
report('push after EOF', () => {
  const r = new Readable({ read() {} });
  r.on('error', (err) => console.log(`  error event: ${err.code} ${err.message}`));
  r.push(null);
  r.push('x');
});
report('Readable without _read', () => {
  const r = new Readable();
  r.on('error', (err) => console.log(`  error event: ${err.code} ${err.message}`));
  r.read();
});
report('write(null)', () => new Writable({ write(c, e, cb) { cb(); } }).write(null));
report('write(5)', () => new Writable({ write(c, e, cb) { cb(); } }).write(5));
report('new Readable({ highWaterMark: -1 })', () => new Readable({ highWaterMark: -1 }));
report("new Writable({ highWaterMark: 'x' })", () => new Writable({ highWaterMark: 'x' }));
report('pipe(null)', () => new PassThrough().pipe(null));
report('Transform without _transform', () => {
  const t = new Transform();
  t.on('error', (err) => console.log(`  error event: ${err.code} ${err.message}`));
  t.write('x');
});

// Events.
report("emit('error') with no listener", () => new EventEmitter().emit('error'));
report("emit('error', 'text')", () => new EventEmitter().emit('error', 'text'));
report('on(x, 1)', () => new EventEmitter().on('x', 1));
report('setMaxListeners(-1)', () => new EventEmitter().setMaxListeners(-1));
report('defaultMaxListeners = NaN', () => { EventEmitter.defaultMaxListeners = NaN; });

// util.
report('util.inherits(1, 2)', () => util.inherits(1, 2));
report('util.promisify(1)', () => util.promisify(1));
report('util.callbackify(1)', () => util.callbackify(1));
report('util.deprecate(1)', () => util.deprecate(1));
report('util.inspect depth string', () => util.inspect({}, { depth: 'x' }));
report('util.getSystemErrorName(1)', () => util.getSystemErrorName(1));
report("util.getSystemErrorName('x')", () => util.getSystemErrorName('x'));
report('util.getSystemErrorName(-2)', () => util.getSystemErrorName(-2));
report('util.types.isDate(1)', () => util.types.isDate(1));

// string_decoder.
report("new StringDecoder('nope')", () => new StringDecoder('nope'));
report('decoder.write(5)', () => new StringDecoder().write(5));

// timers.
report('setTimeout(1)', () => setTimeout(1));
report('setImmediate(null)', () => setImmediate(null));
report('setInterval()', () => setInterval());

// process.
report('process.nextTick(1)', () => process.nextTick(1));
report('process.emitWarning(1)', () => process.emitWarning(1));
report("process.kill(process.pid, 'SIGNOPE')", () => process.kill(process.pid, 'SIGNOPE'));
report("process.kill(process.pid, 'sigterm')", () => process.kill(process.pid, 'sigterm'));
report("process.kill('x')", () => process.kill('x'));
report('process.exitCode = 1.5', () => { process.exitCode = 1.5; });
report("process.exitCode = 'x'", () => { process.exitCode = 'x'; });
report("process.chdir(1)", () => process.chdir(1));
report('process.setUncaughtExceptionCaptureCallback(1)', () => process.setUncaughtExceptionCaptureCallback(1));
report('queueMicrotask(1)', () => queueMicrotask(1));
report('structuredClone()', () => structuredClone());
report('new AbortController().signal.throwIfAborted()', () => new AbortController().signal.throwIfAborted());
report('AbortSignal.timeout(-1)', () => AbortSignal.timeout(-1));
report('AbortSignal.abort().throwIfAborted()', () => AbortSignal.abort().throwIfAborted());
process.exitCode = 0;
