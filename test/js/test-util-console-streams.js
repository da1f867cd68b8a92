'use strict';
// The global console writes whole lines to process.stdout (log/info/debug/dir/table) and
// process.stderr (warn/error/trace/assert); trace carries the stack.
const assert = require('assert');

const written = { stdout: [], stderr: [] };
const originals = {};
for (const name of ['stdout', 'stderr']) {
  const stream = process[name];
  originals[name] = stream.write;
  stream.write = function(chunk) {
    written[name].push(String(chunk));
    return true;
  };
}
function restore() {
  process.stdout.write = originals.stdout;
  process.stderr.write = originals.stderr;
}

try {
  console.log('log %d', 1);
  console.info('info');
  console.debug('debug');
  console.dir({ a: { b: { c: { d: 1 } } } });
  console.warn('warn');
  console.error('error', { e: 1 });
  console.assert(false, 'asserted %s', 'here');
  console.trace('traced %s', 'call');
  console.time('real');
  console.timeEnd('real');
  console.count('n');
  console.table([{ a: 1 }]);
} finally {
  restore();
}

assert.deepStrictEqual(written.stdout.slice(0, 4), [
  'log 1\n', 'info\n', 'debug\n', '{ a: { b: { c: [Object] } } }\n',
]);
assert.strictEqual(written.stderr[0], 'warn\n');
assert.strictEqual(written.stderr[1], 'error { e: 1 }\n');
assert.strictEqual(written.stderr[2], 'Assertion failed: asserted here\n');
assert.match(written.stderr[3], /^Trace: traced call\n {4}at Object\.<anonymous> \(.*test-util-console-streams\.js:\d+:\d+\)\n/);
assert.match(written.stdout[4], /^real: \d+(\.\d+)?ms\n$/);
assert.strictEqual(written.stdout[5], 'n: 1\n');
assert.strictEqual(written.stdout[6],
                   '┌─────────┬───┐\n│ (index) │ a │\n├─────────┼───┤\n│ 0       │ 1 │\n└─────────┴───┘\n');
assert.strictEqual(written.stdout.length, 7);
assert.strictEqual(written.stderr.length, 4);

// Every console method is bound and keeps its name.
for (const key of ['log', 'warn', 'error', 'table', 'group', 'time']) {
  assert.strictEqual(console[key].name, key);
}
assert.strictEqual(require('console'), console);
