'use strict';
// util.format / util.formatWithOptions: every placeholder, leftover arguments, and %%.
const util = require('util');
const f = (...args) => console.log(JSON.stringify(util.format(...args)));

class WithToString { toString() { return 'custom toString'; } }
class Plain { constructor() { this.field = 1; } }
const circular = { name: 'c' };
circular.self = circular;

f('%s', 'string');
f('%s', 42);
f('%s', -0);
f('%s', 12n);
f('%s', Symbol('sym'));
f('%s', null);
f('%s', undefined);
f('%s', true);
f('%s', { a: { b: { c: 1 } } });
f('%s', [1, [2, [3, [4]]]]);
f('%s', new WithToString());
f('%s', new Plain());
f('%s', { toString() { return 'own toString'; } });
f('%s', Object.create(null));
f('%s', { [Symbol.toPrimitive]() { return 'to primitive'; } });
f('%s', new Date(0));
f('%s', function fn() {});
f('%s', new Map([[1, 2]]));
f('%s', new Set([1]));
f('%s', Object.assign(Object.create({ toString() { return 'inherited'; } }), { x: 1 }));
f('%s', 1234567.891);
f('%d', 42);
f('%d', '42');
f('%d', '0x10');
f('%d', 1.5);
f('%d', -0);
f('%d', 5n);
f('%d', Symbol('s'));
f('%d', {});
f('%d', '');
f('%d', new Number(7));
f('%i', 42.9);
f('%i', '42.9xyz');
f('%i', -0.5);
f('%i', 5n);
f('%i', Symbol('s'));
f('%i', 'abc');
f('%f', '1.5abc');
f('%f', 2);
f('%f', -0);
f('%f', Symbol('s'));
f('%f', 'x');
f('%j', { a: [1, 2], b: 'c' });
f('%j', 'str');
f('%j', undefined);
f('%j', circular);
f('%j', { toJSON() { return 'from toJSON'; } });
f('%o', { a: [1, 2, { b: 3 }] });
f('%o', [1, 2]);
f('%o', function withProps() {});
f('%O', { a: { b: { c: { d: 1 } } } });
f('%O', 'string arg');
f('%c', 'color: red');
f('%c%s', 'css', 'after css');
f('%%');
f('%%', 'extra');
f('%% %s', 'a');
f('100%');
f('%s%', 'a');
f('%x', 1);
f('%s %s', 'only one');
f('%s:%s', 'a', 'b', 'extra', 4, { o: 1 });
f('%', 1);
f('%s');
f('%d%%', 50);
f('no placeholders', 'x', 1);
f('a', 'b', 'c');
f(1, 2, 3);
f({ a: 1 }, 'str', [2]);
f();
f('');
f(null);
f(undefined, undefined);
f('%s', 'a', 'b');
f('%s', circular);
f('%s %d %i %f %j %o %O %c%%', 's', 1, 2, 3.5, [4], 5, 6, 'c');
f(Symbol('first'), 'second');

// formatWithOptions passes the options to inspect.
const fo = (...args) => console.log(JSON.stringify(util.formatWithOptions(...args)));
fo({ colors: true }, 'colored %s and %O', 'string', { n: 1 });
fo({ colors: true }, 1, 'two', [3]);
fo({ depth: 0 }, { a: { b: 1 } });
fo({ compact: false }, '%O', { a: 1 });
fo({ numericSeparator: true }, '%d %i %f %s', 1234567, 7654321, 1234.5678, 98765);
fo({ numericSeparator: true }, 123456789n);
fo({ breakLength: 20 }, { alpha: 'aaaaaaaa', beta: 'bbbbbbbb' });
fo([], 'arrays are accepted %s', 'too');
for (const bad of [null, 1, 'str', undefined, true]) {
  try {
    util.formatWithOptions(bad, 'x');
    console.log('no error');
  } catch (err) {
    console.log(err.code, err.name, err.message);
  }
}
