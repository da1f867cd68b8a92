// structuredClone copies typed arrays, Buffers (as Uint8Array), ArrayBuffers, Maps, Sets, Dates,
// RegExps, errors and cycles; it refuses functions and symbols with DataCloneError.
const buf = Buffer.from('buffer bytes');
const cases = {
  buffer: buf,
  typed: new Float64Array([1.5, -0, NaN]),
  view: new Uint8Array(new ArrayBuffer(16), 4, 8),
  arrayBuffer: new Uint8Array([1, 2, 3]).buffer,
  map: new Map([['k', { nested: [1, 2] }]]),
  set: new Set([1, 'two']),
  date: new Date(86400000),
  regexp: /a+b/gi,
  error: new RangeError('bad range'),
  bigint: 10n ** 20n,
  sparse: [1, , 3],
};
for (const [name, value] of Object.entries(cases)) {
  const copy = structuredClone(value);
  console.log(name, copy !== value || typeof value !== 'object', Object.prototype.toString.call(copy));
  console.log(copy instanceof Error ? `${copy.name}: ${copy.message}` : copy);
}
const cloneOfBuf = structuredClone(buf);
cloneOfBuf[0] = 0;
console.log('independent copy', buf[0], cloneOfBuf[0], Buffer.isBuffer(cloneOfBuf));
const view = structuredClone(cases.view);
console.log('view keeps offset', view.byteOffset, view.length, view.buffer.byteLength);
const cyclic = { name: 'cycle' };
cyclic.self = cyclic;
const c = structuredClone(cyclic);
console.log('cycle', c.self === c, c !== cyclic);
for (const bad of [() => 1, Symbol('s'), { f() {} }]) {
  try {
    structuredClone(bad);
    console.log('cloned?');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  structuredClone();
} catch (err) {
  console.log(err.name);
}
