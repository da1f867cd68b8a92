'use strict';
// util.types: every predicate against a spread of values.
const util = require('util');
const { types } = util;

function* gen() {}
async function asyncFn() {}
const values = {
  object: {},
  array: [],
  args: (function () { return arguments; })(),
  date: new Date(0),
  regexp: /x/,
  error: new Error('e'),
  typeError: new TypeError('t'),
  fakeError: Object.create(Error.prototype),
  fn: function () {},
  arrow: () => {},
  asyncFn,
  asyncArrow: async () => {},
  gen,
  genObj: gen(),
  asyncGen: async function* () {},
  promise: Promise.resolve(),
  thenable: { then() {} },
  map: new Map(),
  set: new Set(),
  mapIter: new Map().keys(),
  setIter: new Set().values(),
  arrayIter: [][Symbol.iterator](),
  weakMap: new WeakMap(),
  weakSet: new WeakSet(),
  arrayBuffer: new ArrayBuffer(1),
  sharedArrayBuffer: new SharedArrayBuffer(1),
  dataView: new DataView(new ArrayBuffer(1)),
  uint8: new Uint8Array(1),
  uint8c: new Uint8ClampedArray(1),
  int8: new Int8Array(1),
  uint16: new Uint16Array(1),
  int16: new Int16Array(1),
  uint32: new Uint32Array(1),
  int32: new Int32Array(1),
  float32: new Float32Array(1),
  float64: new Float64Array(1),
  bigInt64: new BigInt64Array(1),
  bigUint64: new BigUint64Array(1),
  fakeTyped: Object.create(Uint8Array.prototype),
  proxy: new Proxy({}, {}),
  proxiedMap: new Proxy(new Map(), {}),
  numberObj: new Number(1),
  stringObj: new String('s'),
  booleanObj: new Boolean(false),
  bigintObj: Object(1n),
  symbolObj: Object(Symbol('s')),
  number: 1,
  string: 's',
  nul: null,
  undef: undefined,
};

const predicates = Object.keys(types);
console.log(predicates.join(' '));
for (const name of predicates) {
  const hits = Object.keys(values).filter((key) => types[name](values[key]));
  console.log(`${name}: ${hits.join(', ') || '-'}`);
}
console.log(util.isArray([]), util.isArray({}), util.isDate(new Date()), util.isRegExp(/x/),
            util.isError(new Error()), util.isError({ name: 'Error', message: '' }));
console.log(util.isBoolean(false), util.isNull(null), util.isNullOrUndefined(undefined),
            util.isNumber(NaN), util.isString(''), util.isSymbol(Symbol()), util.isUndefined(),
            util.isObject(null), util.isObject([]), util.isFunction(class {}),
            util.isPrimitive(1n), util.isPrimitive({}));
