// AssertionError messages and properties for each assertion: the "a !== b" form for short
// primitives, the "+ actual - expected" diff (context lines, skipped runs, trailing commas),
// the loose-operator forms, and the generated/explicit message flags.
'use strict';
const assert = require('assert');

function report(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
    return;
  } catch (err) {
    console.log(`--- ${label}: ${err.name} ${err.code} operator=${err.operator} ` +
                `generated=${err.generatedMessage}`);
    console.log(err.message);
  }
}

const list = Array.from({ length: 30 }, (_, i) => ({ id: i, name: `item${i}` }));
const changed = list.map((entry) => ({ ...entry }));
changed[15].name = 'changed';
changed.push({ id: 99 });

report('strictEqual numbers', () => assert.strictEqual(1, 2));
report('strictEqual strings', () => assert.strictEqual('hello world', 'hello there'));
report('strictEqual long strings', () => assert.strictEqual(`${'a'.repeat(50)}b`, `${'a'.repeat(50)}c`));
report('strictEqual multiline strings', () => assert.strictEqual('a\nb\nc', 'a\nb\nd'));
report('strictEqual caret', () => assert.strictEqual('abcdefghijkl', 'abcdefghijkm'));
report('strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));
report('strictEqual different objects', () => assert.strictEqual({ a: 1 }, { a: 2 }));
report('strictEqual arrays', () => assert.strictEqual([1, 2], [1, 2]));
report('strictEqual 0 and -0', () => assert.strictEqual(0, -0));
report('strictEqual null and undefined', () => assert.strictEqual(null, undefined));
report('strictEqual functions', () => assert.strictEqual(() => {}, () => {}));
report('strictEqual with message', () => assert.strictEqual(1, 2, 'custom'));
report('strictEqual with Error', () => assert.strictEqual(1, 2, new RangeError('given')));
report('strictEqual NaN', () => assert.strictEqual(NaN, NaN));
report('notStrictEqual', () => assert.notStrictEqual(1, 1));
report('notStrictEqual same object', () => {
  const o = { a: 1 };
  assert.notStrictEqual(o, o);
});
report('notStrictEqual long string', () => assert.notStrictEqual('abcdef', 'abcdef'));
report('deepStrictEqual nested', () => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }));
report('deepStrictEqual 30 rows', () => assert.deepStrictEqual(list, changed));
report('deepStrictEqual symbols', () => assert.deepStrictEqual({ a: Symbol('s') }, { a: Symbol('s') }));
report('deepStrictEqual prototypes', () => assert.deepStrictEqual(Object.create(null), {}));
report('deepStrictEqual maps', () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
report('deepStrictEqual sets', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
report('deepStrictEqual long arrays', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]));
report('deepStrictEqual short arrays', () => assert.deepStrictEqual([1], [2]));
report('deepStrictEqual extra actual lines', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7], [1, 2, 3]));
report('deepStrictEqual extra expected lines', () => assert.deepStrictEqual([1, 2], [1, 2, 3, 4, 5, 6, 7, 8]));
report('deepStrictEqual errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
report('deepStrictEqual dates', () => assert.deepStrictEqual(new Date(0), new Date(1)));
report('deepStrictEqual buffers', () => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
report('deepStrictEqual deep', () => assert.deepStrictEqual(
  { a: { b: { c: { d: 1 } } }, x: 1, y: 2, z: 3, w: 4, v: 5 },
  { a: { b: { c: { d: 2 } } }, x: 1, y: 2, z: 3, w: 4, v: 5 }));
report('deepStrictEqual long values', () => assert.deepStrictEqual(
  { key: 1, text: 'x'.repeat(30) }, { key: 1, text: 'y'.repeat(30) }));
report('deepStrictEqual with message', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
report('deepStrictEqual 1 and "1"', () => assert.deepStrictEqual(1, '1'));
report('deepEqual', () => assert.deepEqual({ a: 1 }, { a: '2' }));
report('deepEqual passes loosely', () => assert.deepEqual({ a: 1 }, { a: '1' }));
report('notDeepEqual different', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
report('notDeepEqual same', () => assert.notDeepEqual([1], [1]));
report('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
report('notDeepStrictEqual 30 rows', () => assert.notDeepStrictEqual(list, list));
report('equal', () => assert.equal(1, 2));
report('equal loose', () => assert.equal(1, '1'));
report('equal NaN', () => assert.equal(NaN, NaN));
report('equal objects', () => assert.equal({ a: 1 }, { a: 1 }));
report('notEqual', () => assert.notEqual(1, '1'));
report('ok()', () => assert.ok());
report('ok(false)', () => assert.ok(false));
report('ok with message', () => assert.ok(0, 'custom'));
report('assert(expression)', () => assert(typeof 123 === 'string'));
report('assert multi-line', () => assert.ok(
  1 > 2 &&
    true,
));
report('strict.ok', () => assert.strict.ok(null));
report('fail()', () => assert.fail());
report('fail(message)', () => assert.fail('boom'));
report('ifError', () => assert.ifError(new Error('boom')));
report('ifError string', () => assert.ifError('str'));
report('ifError empty message', () => assert.ifError(new TypeError()));
report('ifError null', () => assert.ifError(null));
report('match', () => assert.match('abc', /x/));
report('match non-string', () => assert.match(5, /x/));
report('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
report('custom AssertionError', () => {
  throw new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
});
report('custom operator', () => {
  throw new assert.AssertionError({ actual: 1, expected: 2, operator: '>>' });
});
report('strict.equal', () => assert.strict.equal(1, '1'));
report('strict.deepEqual', () => assert.strict.deepEqual([1], ['1']));

// Properties kept on the error.
try {
  assert.strictEqual({ a: 1 }, { a: 2 });
} catch (err) {
  console.log(Object.keys(err), err.actual, err.expected, err.operator);
  console.log(String(err).split('\n')[0]);
  console.log(err.stack.split('\n')[0]);
}
console.log(Object.keys(assert).join(' '));
console.log(Object.keys(assert.strict).join(' '));
console.log(assert.strict.strict === assert.strict, require('assert/strict') === assert.strict);
