'use strict';
// Errors with real stack frames: the frames follow the message, are indented with their
// container, and frames shared with the `cause` are collapsed.
const assert = require('assert');
const util = require('util');

function makeError() {
  return new Error('with frames');
}
const err = makeError();
const text = util.inspect(err);
assert.strictEqual(text, err.stack);
assert.match(text, /^Error: with frames\n {4}at makeError \(/);

const nested = util.inspect({ key: err });
const lines = nested.split('\n');
assert.strictEqual(lines[0], '{');
assert.strictEqual(lines[1], '  key: Error: with frames');
for (const line of lines.slice(2, -1)) assert.match(line, /^ {6}at /);
assert.strictEqual(lines[lines.length - 1], '}');

// Properties follow the frames inside braces.
const withCode = Object.assign(new TypeError('coded'), { code: 'E_CODED' });
assert.match(util.inspect(withCode), /^TypeError: coded\n {4}at [^]*\n {4}at [^]* \{\n {2}code: 'E_CODED'\n\}$/);

// A subclass is named after its constructor.
class ParseError extends SyntaxError {}
assert.match(util.inspect(new ParseError('bad')), /^ParseError \[SyntaxError\]: bad\n {4}at /);

// Frames the cause shares with the error are summarised.
function inner() {
  return new Error('inner');
}
function outer() {
  const cause = inner();
  return new Error('outer', { cause });
}
const chained = util.inspect(outer());
assert.match(chained, /^Error: outer\n {4}at outer \(/);
assert.match(chained, / {4}\.\.\. \d+ lines matching cause stack trace \.\.\./);
assert.match(chained, /\[cause\]: Error: inner\n {6}at inner \(/);

// Without a stack the error is bracketed.
const bare = new RangeError('no frames');
bare.stack = 'RangeError: no frames';
assert.strictEqual(util.inspect(bare), '[RangeError: no frames]');

// Errors inside util.format and console share the format.
assert.strictEqual(util.format(err), err.stack);
assert.strictEqual(util.format('%s', bare), '[RangeError: no frames]');

// A stack overflow while inspecting is reported in place of the value, not thrown.
const deep = {};
let cursor = deep;
for (let i = 0; i < 30000; i++) {
  cursor.next = {};
  cursor = cursor.next;
}
const overflow = util.inspect(deep, { depth: Infinity, compact: true });
assert.ok(overflow.startsWith('{ next:'));
assert.match(overflow,
             /\[Object: Inspection interrupted prematurely\. Maximum call stack size exceeded\.\]/);
