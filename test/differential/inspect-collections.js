'use strict';
// util.inspect of Map, Set, their iterators, weak collections, promises and proxies.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

const map = new Map([[1, 'one'], ['two', { n: 2 }], [{ key: true }, [3]]]);
show(map);
show(new Map());
show(new Map([[map, map]]));
show(new Set([1, 'a', { b: 2 }, [3], null]));
show(new Set());
show(new Map(Array.from({ length: 120 }, (_, i) => [i, i])));
show(new Set(Array.from({ length: 5 }, (_, i) => i)), { maxArrayLength: 2 });
show(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 });
const mapWithProps = new Map([[1, 2]]);
mapWithProps.extra = 'prop';
show(mapWithProps);
class MyMap extends Map {}
class MySet extends Set {}
show(new MyMap([['k', 'v']]));
show(new MySet([1]));
const nullMap = new Map([[1, 2]]);
Object.setPrototypeOf(nullMap, null);
show(nullMap);
const nullSet = new Set([1, 2]);
Object.setPrototypeOf(nullSet, null);
show(nullSet);

// Iterators are previewed without being consumed.
const m = new Map([['a', 1], ['b', 2]]);
const keys = m.keys();
show(keys);
show(m.values());
show(m.entries());
show(m[Symbol.iterator]());
keys.next();
show(keys);
console.log([...keys]);
const s = new Set(['x', 'y']);
show(s.values());
show(s.entries());
show(new Map().keys());
show(new Map([[1, { deep: { deeper: {} } }]]).entries());
show([1, 2][Symbol.iterator]());
show('str'[Symbol.iterator]());
show((function* () { yield 1; })());

// Weak collections list nothing unless showHidden asks (and then only what V8 still holds).
const key = {};
show(new WeakMap([[key, 1]]));
show(new WeakSet([key]));
show(new WeakMap([[key, 'value']]), { showHidden: true });
show(new WeakSet([key]), { showHidden: true });

// Promises.
show(Promise.resolve(42));
show(Promise.resolve({ nested: [1, 2] }));
show(new Promise(() => {}));
const rejectedValue = Promise.reject(7);
rejectedValue.catch(() => {});
show(rejectedValue);
show(Object.assign(Promise.resolve(1), { tag: 'extra' }));
show([Promise.resolve('in array')]);

// Proxies show their target, or themselves with showProxy; no trap runs.
const target = { secret: 1 };
const handler = { get() { throw new Error('trap ran'); }, ownKeys() { throw new Error('trap ran'); } };
const proxy = new Proxy(target, handler);
show(proxy);
show(proxy, { showProxy: true });
show(new Proxy([1, 2, 3], {}));
show(new Proxy(function fn() {}, {}));
show(new Proxy(new Map([[1, 2]]), {}));
const revocable = Proxy.revocable({}, {});
revocable.revoke();
show(revocable.proxy);
show({ nested: new Proxy({ a: 1 }, {}) }, { showProxy: true, depth: 0 });

// Circular collections.
const cm = new Map();
cm.set('self', cm);
show(cm);
const cs = new Set();
cs.add(cs);
show(cs);

// Depth limits on collections.
show({ a: { b: new Map([[1, new Set([1])]]) } });
show(new Map([[{ a: { b: { c: 1 } } }, new Set([[[[1]]]])]]), { depth: 1 });
show([new Map([[1, 2]]), new Set([1])], { compact: false });
show(new Map([[1, 2]]), { showHidden: true });
show(new Set(['sorted', 'are', 'these']), { sorted: true });
