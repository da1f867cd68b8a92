// The observable object shapes: util.inspect of emitters, event targets,
// stream instances and their internal states (field order, state bits,
// pre-shaped _events) as Node prints them.
'use strict';
const EventEmitter = require('events');
const util = require('util');
const { Readable, Writable, Transform, PassThrough, Duplex } = require('stream');

console.log(new EventEmitter());
const e = new EventEmitter();
e.on('a', () => {});
e.once('b', function named() {});
console.log(e);
class Sub extends EventEmitter {}
console.log(new Sub({ captureRejections: true }));
console.log(util.inspect(new EventTarget(), { depth: 0 }), util.inspect(new Event('x'), { depth: -1 }));

const r = new Readable({ read() {} });
r.push('abc');
r.on('data', () => {});
console.log(r);
const w = new Writable({ write(c, enc, cb) {} });
w.write('x');
w.write('y');
console.log(w);
console.log(new Transform());
const d = new Duplex({ objectMode: true, allowHalfOpen: false, readable: false });
console.log(d._readableState, d._writableState);
console.log(Object.keys(new PassThrough()), Object.getOwnPropertySymbols(new PassThrough()));
const ended = new Readable({ read() {} });
ended.setEncoding('hex');
ended.push(null);
ended.resume();
setImmediate(() => console.log(ended._readableState));
