'use strict';
// util.inspect of plain objects, arrays, class instances, functions, getters and keys.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

show({});
show({ a: 1, b: 'two', c: [3], d: { e: null } });
show({ 'needs-quotes': 1, valid_id: 2, $dollar: 3, 0: 'zero', '': 'empty', ' ': 'space', 'it\'s': 4 });
show({ [Symbol('sym')]: 1, [Symbol()]: 2, [Symbol.for('reg')]: 3 });
show(Object.defineProperty({}, '__proto__', { value: 1, enumerable: true }));
const hidden = { visible: 1 };
Object.defineProperty(hidden, 'hidden', { value: 2, enumerable: false });
show(hidden);
show(hidden, { showHidden: true });

// Nesting and depth.
const deep = { l1: { l2: { l3: { l4: { l5: 1 } } } }, arr: [[[[['deep']]]]] };
show(deep);
show(deep, { depth: 0 });
show(deep, { depth: 1 });
show(deep, { depth: Infinity });
show(deep, { depth: null });

// Arrays: holes, extra properties, long arrays.
show([]);
show([1, 2, 3]);
show([1, , 3]);
show([, , ,]);
show(new Array(5));
const extra = [1, 2];
extra.key = 'value';
extra[-1] = 'negative';
show(extra);
const sparse = [];
sparse[2] = 'two';
sparse[10] = 'ten';
show(sparse);
show(Array.from({ length: 101 }, (_, i) => i));
show(Array.from({ length: 150 }, (_, i) => i), { maxArrayLength: 10 });
show([1, 2, 3], { maxArrayLength: 0 });
show(Array.from({ length: 30 }, (_, i) => `item-${i}`));
show(Array.from({ length: 26 }, (_, i) => (i * 7919) % 1000));
show([-1, 10, -100, 1000, 1.5, -2.25, 3, 4, 5, 6, 7, 8]);
show([1n, 22n, 333n, 4444n, 55555n, 6n, 7n]);
show(['a', 1, 'bb', 2, 'ccc', 3, 'dddd', 4]);

// Class instances, null prototypes, prototypes without constructors.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Point3 extends Point { constructor() { super(1, 2); this.z = 3; } }
show(new Point(1, 2));
show(new Point3());
show(new (class {})());
show(Object.create(null));
const np = Object.create(null);
np.key = 'v';
show(np);
show(Object.create({}));
show(Object.create(Object.create(null)));
show(Object.create(Array.prototype));
show({ constructor: 'not a function' });
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
show(new Tagged());
show({ [Symbol.toStringTag]: 'Own', a: 1 });
show(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'NullTag' }));

// Functions and classes.
function named() {}
show(named);
show(function () {});
show(() => {});
show(async function af() {});
show(async () => {});
show(function* gen() {});
show(async function* agen() {});
show(class A {});
show(class extends Point {});
show(class B extends Point3 {});
show(Math.max);
show(named.bind(null));
show(Object.assign(function withProps() {}, { a: 1, b: 'x' }));
show(Object.defineProperty(function () {}, 'name', { value: 'renamed' }));
show([named, Point, () => {}]);

// Getters and setters.
const accessors = {
  get g() { return 'got'; },
  set s(v) {},
  get gs() { return { nested: true }; },
  set gs(v) {},
  get nul() { return null; },
  get boom() { throw new Error('nope'); },
};
show(accessors);
show(accessors, { getters: true });
show(accessors, { getters: 'get' });
show(accessors, { getters: 'set' });

// Circular references.
const circ = { name: 'root' };
circ.self = circ;
circ.list = [circ, { parent: circ }];
show(circ);
const a = {};
const b = { a };
a.b = b;
show([a, b]);
const arr = [1];
arr.push(arr);
show(arr);

// Arguments, boxed primitives, dates, regexps.
show((function () { return arguments; })(1, 'two'));
show([new Number(3), new Number(-0), new String('str'), new Boolean(true), Object(7n), Object(Symbol('b'))]);
show(Object.assign(new String('ab'), { extra: 1 }));
show([new Date(0), new Date(1e12), new Date(NaN)]);
show(Object.assign(new Date(0), { note: 'x' }));
show([/abc/, /a\/b/gimsuy, new RegExp('x+', 'g')]);
show(Object.assign(/re/, { prop: 1 }));
class MyDate extends Date {}
show(new MyDate(0));
class MyRegExp extends RegExp {}
show(new MyRegExp('q'));

// Sorting and custom layout options.
show({ c: 3, a: 1, b: 2 }, { sorted: true });
show({ c: 3, a: 1, b: 2 }, { sorted: (x, y) => (x < y ? 1 : -1) });
show({ a: [1, 2, 3], b: { c: { d: 'e' } } }, { compact: false });
show({ a: [1, 2, 3], b: { c: { d: 'e' } } }, { compact: true });
show({ a: [1, 2, 3], b: { c: { d: 'e' } } }, { compact: 1 });
show({ alpha: 'aaaaaaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbbbbbbbbb', gamma: 'ccccccccccccccccc' });
show({ alpha: 'aaaaaaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbbbbbbbbb' }, { breakLength: 20 });
show({ x: { y: { z: 'long value here that is long' } } }, { breakLength: Infinity });
show(Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`key${i}`, i])));
