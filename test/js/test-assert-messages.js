// AssertionError messages: the short "a !== b" form, the line diff, the not-equal forms, the
// quoted source of a failing assert.ok() call, and explicit messages and Error messages.
'use strict';
const assert = require('assert');

function message(fn) {
  try {
    fn();
  } catch (err) {
    return err.message;
  }
  throw new Error('expected a throw');
}

assert.strictEqual(message(() => assert.strictEqual(1, 2)),
                   'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(message(() => assert.strictEqual({ a: 1 }, { a: 1 })),
                   'Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n');
assert.strictEqual(message(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] })),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   '  {\n    a: 1,\n    b: [\n      1,\n+     2\n-     3\n    ]\n  }');
assert.strictEqual(message(() => assert.strictEqual('hello world', 'hello there')),
                   "Expected values to be strictly equal:\n+ actual - expected\n\n" +
                   "+ 'hello world'\n- 'hello there'\n         ^");
assert.strictEqual(message(() => assert.notStrictEqual(1, 1)),
                   'Expected "actual" to be strictly unequal to: 1');
assert.strictEqual(message(() => assert.notDeepStrictEqual([1], [1])),
                   'Expected "actual" not to be strictly deep-equal to:\n\n[\n  1\n]\n');
assert.strictEqual(message(() => assert.equal(1, 2)), '1 == 2');
assert.strictEqual(message(() => assert.notEqual(1, '1')), "1 != '1'");
assert.strictEqual(message(() => assert.deepEqual({ a: 1 }, { a: 2 })),
                   'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\n' +
                   'should loosely deep-equal\n\n{\n  a: 2\n}');

// The failing call's source is quoted; continuation lines lose the blanks up to the call's
// column.
assert.strictEqual(message(() => assert.ok(typeof 1 === 'string')),
                   "The expression evaluated to a falsy value:\n\n  assert.ok(typeof 1 === 'string')\n");
assert.strictEqual(message(() => assert(
  1 > 2,
)), 'The expression evaluated to a falsy value:\n\n  assert(\n  1 > 2,\n  )\n');
assert.strictEqual(message(() => assert.ok()), 'No value argument passed to `assert.ok()`');

// Explicit messages replace the generated one (strictEqual keeps its value line).
assert.strictEqual(message(() => assert.equal(1, 2, 'custom')), 'custom');
assert.strictEqual(message(() => assert.strictEqual(1, 2, 'custom')), 'custom\n\n1 !== 2\n');
const given = new RangeError('given');
assert.throws(() => assert.strictEqual(1, 2, given), (err) => err === given);
assert.throws(() => assert.ok(false, given), (err) => err === given);

// fail() and ifError().
assert.strictEqual(message(() => assert.fail()), 'Failed');
assert.strictEqual(message(() => assert.fail('boom')), 'boom');
assert.strictEqual(message(() => assert.ifError(new Error('cause'))),
                   'ifError got unwanted exception: cause');
assert.strictEqual(message(() => assert.ifError('text')),
                   "ifError got unwanted exception: 'text'");
assert.ifError(null);
assert.ifError(undefined);

// Properties of an AssertionError.
try {
  assert.strictEqual(1, 2);
} catch (err) {
  assert.deepStrictEqual(Object.keys(err),
                         ['generatedMessage', 'code', 'actual', 'expected', 'operator']);
  assert.strictEqual(err.name, 'AssertionError');
  assert.strictEqual(err.stack.split('\n')[0],
                     'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:');
  assert.ok(err instanceof assert.AssertionError);
}
