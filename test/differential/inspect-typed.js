'use strict';
// util.inspect of typed arrays, ArrayBuffer and DataView.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

show(new Uint8Array([1, 2, 3]));
show(new Uint8Array(0));
show(new Int8Array([-1, 127, -128]));
show(new Uint8ClampedArray([0, 255]));
show(new Int16Array([1000, -1000]));
show(new Uint16Array(3));
show(new Int32Array([2 ** 31 - 1]));
show(new Uint32Array([2 ** 32 - 1]));
show(new Float32Array([1.5, -0, NaN, Infinity]));
show(new Float64Array([0.1, 1e100]));
show(new BigInt64Array([1n, -1n]));
show(new BigUint64Array([2n ** 64n - 1n]));
show(new Uint8Array(200));
show(new Uint8Array(30).map((_, i) => i * 8));
show(new Uint8Array([1, 2, 3]), { showHidden: true });
show(new Float64Array(8), { maxArrayLength: 3 });
const withProps = new Uint8Array(2);
withProps.note = 'extra';
show(withProps);
class MyBytes extends Uint8Array {}
show(new MyBytes(3));
const nullTyped = new Int16Array([5, 6]);
Object.setPrototypeOf(nullTyped, null);
show(nullTyped);
show(new Uint8Array([1, 2, 3]), { numericSeparator: true });
show(new Uint32Array([1234567]), { numericSeparator: true });

show(new ArrayBuffer(0));
show(new ArrayBuffer(4));
show(new Uint8Array([0, 15, 16, 255]).buffer);
show(new ArrayBuffer(60));
show(new ArrayBuffer(10), { maxArrayLength: 4 });
show(Object.assign(new ArrayBuffer(1), { label: 'x' }));
show(new SharedArrayBuffer(2));
show(new DataView(new ArrayBuffer(8), 2, 4));
show(new DataView(new ArrayBuffer(2)), { depth: 0 });
show({ buf: new ArrayBuffer(3), view: new Int8Array(2) });
