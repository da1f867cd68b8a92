'use strict';
// v8.serialize writes V8's wire format as node does: the bytes, then what deserialize rebuilds.
const v8 = require('v8');
const { inspect } = require('util');

const values = [
  1, -0, 1.5, 2 ** 40, 123n, -(2n ** 70n), 'ascii', 'ünïcödé', '😀', true, false, null, undefined,
  [1, , 3], { a: 1, b: 'x', nested: { deep: [null] } }, new Date(0), /re+/gi,
  new Map([[1, 'one'], ['two', 2]]), new Set([1, 'x']), Object(5), Object('boxed'),
  Buffer.from('buffer bytes'), new Uint8Array([1, 2, 3]), new Uint16Array([1, 65535]),
  new Int32Array([-1, 7]), new Float64Array([0.5, -2]), new BigInt64Array([-5n]),
  new DataView(new ArrayBuffer(4)), new ArrayBuffer(3), Buffer.alloc(0),
];
for (const value of values) {
  const bytes = v8.serialize(value);
  console.log(bytes.toString('hex'), inspect(v8.deserialize(bytes)));
}

// A Buffer carved from the pool serializes only its own bytes.
const pooled = Buffer.from('pooled');
console.log(pooled.buffer.byteLength > pooled.length, v8.serialize(pooled).length);

// Shared references and cycles survive.
const shared = { name: 'shared' };
const cyclic = { a: shared, b: shared };
cyclic.self = cyclic;
const back = v8.deserialize(v8.serialize(cyclic));
console.log(back.a === back.b, back.self === back);

// A typed array at an odd offset is copied so its elements stay aligned.
const odd = v8.serialize([Buffer.from([1]), new Uint32Array([0xdeadbeef])]);
console.log(inspect(v8.deserialize(odd)));

for (const bad of [() => 1, Symbol('s'), new SharedArrayBuffer(4), new WeakMap()]) {
  try {
    v8.serialize(bad);
  } catch (err) {
    console.log(err.name, err.message);
  }
}
for (const bad of [Buffer.from([1, 2, 3]), Buffer.alloc(0), Buffer.from([0xff, 0x0f, 0x5c])]) {
  try {
    console.log(inspect(v8.deserialize(bad)));
  } catch (err) {
    console.log(err.name, err.message);
  }
}
