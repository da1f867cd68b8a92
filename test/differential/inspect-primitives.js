'use strict';
// util.inspect of primitives and strings: numbers (-0, separators), bigints, symbols, and the
// quoting and escaping rules for strings.
const util = require('util');

const values = [
  0, -0, 1, -1, 1.5, NaN, Infinity, -Infinity, 1e21, 1e-7, 2 ** 53, 0.1 + 0.2,
  0n, 10n, -123456789012345678901234567890n,
  true, false, null, undefined,
  Symbol(), Symbol('desc'), Symbol.for('registered'), Symbol.iterator, Symbol('with\nnewline'),
];
for (const v of values) console.log(util.inspect(v));

// Quotes: single by default, double when the string holds a single quote, backticks when it
// holds both, escaped single quotes when it holds all three.
const strings = [
  '', 'plain', "it's", 'say "hi"', 'both \' and "', 'all \' " `', "quote ' and ${x}",
  'tab\there', 'new\nline', 'cr\rlf', '\b\f\v', '\x00\x01\x1f', '\x7f\x80\x9f\xa0',
  'back\\slash', 'lone \ud800 high', 'lone \udc00 low', 'pair 😀', 'accents éàü',
];
for (const s of strings) console.log(util.inspect(s));

// Strings in containers and long strings split at newlines.
console.log(util.inspect({ s: 'x'.repeat(90) }));
console.log(util.inspect(['first line\nsecond line is long enough to force a split in the output']));
console.log(util.inspect('a'.repeat(20) + '\n' + 'b'.repeat(80)));
console.log(util.inspect('x'.repeat(30), { maxStringLength: 10 }));
console.log(util.inspect('xy', { maxStringLength: 1 }));
console.log(util.inspect('x'.repeat(200), { breakLength: Infinity }).length);

// Numeric separators.
for (const n of [0, 1234, -1234567, 1234.5678, -0.0001234, 123456789.123, 1e21, NaN, 1234567n]) {
  console.log(util.inspect(n, { numericSeparator: true }));
}

// Colors.
for (const v of [1, 'str', true, null, undefined, Symbol('c'), 5n, -0]) {
  console.log(JSON.stringify(util.inspect(v, { colors: true })));
}

// The legacy signature: inspect(value, showHidden, depth, colors).
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, false, 0));
console.log(JSON.stringify(util.inspect([1], false, 2, true)));
console.log(util.inspect([1, 2], true));
