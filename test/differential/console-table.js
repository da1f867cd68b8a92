'use strict';
// console.table: rows and columns for arrays, objects, Maps, Sets and iterators, the
// `properties` filter, and cell formatting.

console.table([{ a: 1, b: 'xyz' }, { a: 22, c: [1, 2, 3, 4] }]);
console.table([1, 'two', { three: 3 }]);
console.table({ row1: { col: 1 }, row2: { col: 2, other: true } });
console.table({ r1: { c: 1 }, r2: 5 }, ['c']);
console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['b']);
console.table([{ a: 1 }], []);
console.table([]);
console.table({});
console.table(new Map([['key', { x: 1 }], [{ k: 1 }, 'value']]));
console.table(new Set(['a', { b: 1 }, [2]]));
console.table(new Map([[1, 2], [3, 4]]).entries());
console.table(new Map([[1, 2], [3, 4]]).keys());
console.table(new Set([5, 6]).values());
console.table([[1, 2], [3, 4, 5]]);
console.table([{ nested: { deep: { deeper: 1 } } }, { nested: { a: 1, b: 2, c: 3 } }]);
console.table([{ s: 'ünïcödé' }, { s: '中文' }, { s: '😀' }]);
console.table([{ 'long column name': 1, x: 'a somewhat longer cell value' }]);
console.table([null, undefined, 1n, Symbol('s'), true]);
console.table([{ fn: function named() {}, arrow: () => {} }]);
console.table([{ a: 1 }, { b: 2 }, 'primitive']);
console.table('not tabular');
console.table(42);
console.table(null);
console.table(undefined);
try {
  console.table([], 'bad');
} catch (err) {
  console.log(err.code, err.message);
}
