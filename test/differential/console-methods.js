'use strict';
// console methods: which stream each writes to, formatting, groups, counters, assert, dir,
// timers, and Console instances over custom streams.
const EventEmitter = require('events');

// A stream that labels what it receives and forwards it to stdout, where the test compares it.
function labelled(label) {
  const stream = new EventEmitter();
  stream.write = (chunk) => {
    process.stdout.write(`[${label}] ${chunk}`);
    return true;
  };
  return stream;
}
const c = new console.Console(labelled('out'), labelled('err'));

c.log('log %s', 'formatted', { a: 1 });
c.info('info', 1, true);
c.debug('debug');
c.dirxml('dirxml', [1]);
c.warn('warn %d', 5);
c.error('error', new Map([[1, 2]]));
c.log();
c.log('');
c.log('multi\nline');
c.dir({ a: { b: { c: { d: 1 } } } });
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.dir({ [require('util').inspect.custom]() { return 'custom ignored by dir'; } });
c.dir('string', { colors: false });

c.assert(true, 'not printed');
c.assert(false);
c.assert(false, 'with message');
c.assert(false, 'with %s', 'format', 'and extra');
c.assert(0, { an: 'object' });
c.assert(null, 42);

c.count();
c.count();
c.count('label');
c.count('default');
c.countReset();
c.count();
c.count(undefined);
c.count(null);
c.count(1);

c.group();
c.log('in unnamed group');
c.group('Named', 'group', 1);
c.log('nested\nmultiline');
c.error('error in group');
c.groupCollapsed('collapsed');
c.log({ a: 1, b: { c: [1, 2] } });
c.groupEnd();
c.groupEnd();
c.log('one level');
c.groupEnd();
c.groupEnd();
c.log('no indent');

// Durations come from process.hrtime, replaced here by fixed readings.
const realHrtime = process.hrtime;
let elapsed = [0, 0];
process.hrtime = (start) => (start ? elapsed : [0, 0]);
for (const reading of [[0, 1234567], [0, 0], [1, 500000000], [59, 999999999],
                       [62, 500000000], [3725, 123456789]]) {
  elapsed = reading;
  c.time('timer');
  c.timeLog('timer', 'with', { data: 1 });
  c.timeEnd('timer');
}
c.time();
c.timeEnd();
c.time(42);
c.timeEnd(42);
process.hrtime = realHrtime;
c.timeEnd('never started');

c.trace === c.error;
console.log(typeof c.trace, c.log.name, c.error.name, c.groupCollapsed.name, c.log.length);

const indented = new console.Console({ stdout: labelled('wide'), groupIndentation: 4 });
indented.group('four');
indented.log('spaces');
indented.warn('stderr defaults to stdout');

// Methods stay bound when detached.
const { log } = c;
log('detached log');
[1, 2].forEach((x) => c.log('each', x));

// Console is callable without new; instances and the global console pass instanceof.
const noNew = console.Console(labelled('nonew'));
noNew.log('works');
console.log(c instanceof console.Console, console instanceof console.Console, noNew instanceof console.Console);
console.log({} instanceof console.Console);
console.log(Object.keys(c).join(' '));
console.log(Object.keys(console).join(' '));
console.log(Object.keys(console.Console.prototype).join(' '));
console.log(String(Object.prototype.toString.call(c)), Object.prototype.toString.call(console));

for (const bad of [undefined, {}, { stdout: {} }, { stdout: labelled('x'), stderr: 5 }]) {
  try {
    new console.Console(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
for (const options of [
  { stdout: labelled('x'), colorMode: 'maybe' },
  { stdout: labelled('x'), groupIndentation: -1 },
  { stdout: labelled('x'), groupIndentation: 1001 },
  { stdout: labelled('x'), groupIndentation: 1.5 },
  { stdout: labelled('x'), inspectOptions: 'no' },
  { stdout: labelled('x'), inspectOptions: { colors: true }, colorMode: true },
]) {
  try {
    new console.Console(options);
    console.log('accepted');
  } catch (err) {
    console.log(err.code, err.message);
  }
}

// Colour modes and inspect options.
const colored = new console.Console({ stdout: labelled('color'), colorMode: true });
colored.log(JSON.stringify('as is'), 5, 'str', { s: 'x' });
const opts = new console.Console({ stdout: labelled('opts'), inspectOptions: { depth: 0, compact: false } });
opts.log({ a: { b: 1 } });
opts.log('%o', [1]);
