// structuredClone's options: how `transfer` is read and validated, what transferring does to the
// original and the clone, which buffers are copied instead (Buffer's pool, WebAssembly memory), and
// how SharedArrayBuffers and WebAssembly modules clone (shared, as new objects).
'use strict';

function describeError(err) {
  const kind = err instanceof DOMException ? 'DOMException' :
    Object.getPrototypeOf(err) === TypeError.prototype ? 'plain TypeError' : err.constructor.name;
  return `${kind} ${err.name} code=${err.code} keys=${JSON.stringify(Object.keys(err))} ` +
    JSON.stringify(err.message);
}

function report(label, fn) {
  let line;
  try {
    line = `ok ${fn()}`;
  } catch (err) {
    line = `throws ${describeError(err)}`;
  }
  console.log(`${label}: ${line}`);
}

function bytes(buffer) {
  return `[${new Uint8Array(buffer).join(',')}]`;
}

function abOf(...values) {
  return new Uint8Array(values).buffer;
}

function detached(size) {
  const ab = new ArrayBuffer(size);
  structuredClone(ab, { transfer: [ab] });
  return ab;
}

console.log('-- options');
console.log(`structuredClone.length ${structuredClone.length}`);
for (const [label, options] of [
  ['5', 5], ['string', 'x'], ['true', true], ['symbol', Symbol('s')], ['bigint', 1n],
  ['null', null], ['undefined', undefined], ['array', []], ['function', () => {}], ['object', {}],
]) {
  report(`options ${label}`, () => structuredClone(1, options));
}
report('options checked before the value', () => structuredClone(() => {}, 5));
report('missing value first', () => structuredClone());
report('options.transfer read once', () => {
  let reads = 0;
  structuredClone(1, { get transfer() { reads++; return []; } });
  return reads;
});
report('options.transfer from the prototype', () => {
  const ab = new ArrayBuffer(3);
  structuredClone(1, Object.create({ transfer: [ab] }));
  return ab.byteLength;
});
report('options.transfer on an array', () => {
  const ab = new ArrayBuffer(3);
  const options = [];
  options.transfer = [ab];
  structuredClone(1, options);
  return ab.byteLength;
});
report('options.transfer on a function', () => {
  const ab = new ArrayBuffer(3);
  const options = function options() {};
  options.transfer = [ab];
  structuredClone(1, options);
  return ab.byteLength;
});
report('options getter throws', () => structuredClone(1, {
  get transfer() { throw new RangeError('from the getter'); },
}));

console.log('-- reading the transfer list');
for (const [label, transfer] of [
  ['5', 5], ['string', 'ab'], ['true', true], ['symbol', Symbol('t')], ['bigint', 2n],
]) {
  report(`transfer ${label}`, () => structuredClone(1, { transfer }));
}
report('transfer checked before the value', () => structuredClone(() => {}, { transfer: 5 }));
{
  const ab = new ArrayBuffer(4);
  for (const [label, transfer] of [
    ['undefined', undefined], ['null', null], ['empty array', []], ['{}', {}],
    ['array-like', { length: 1, 0: ab }], ['function', Object.assign(() => {}, { 0: ab })],
    ['iterator not callable', { [Symbol.iterator]: 5 }],
    ['iterator null', { [Symbol.iterator]: null }],
    ['iterator returns a number', { [Symbol.iterator]() { return 5; } }],
    ['next not callable', { [Symbol.iterator]() { return { next: 5 }; } }],
    ['step not an object', { [Symbol.iterator]() { return { next() { return 5; } }; } }],
    ['done at once', { [Symbol.iterator]() { return { next() { return { done: true }; } }; } }],
  ]) {
    report(`transfer ${label}`, () => `${structuredClone(1, { transfer })} ab=${ab.byteLength}`);
  }
}
report('transfer Set', () => {
  const ab = new ArrayBuffer(2);
  structuredClone(1, { transfer: new Set([ab]) });
  return ab.byteLength;
});
report('transfer generator', () => {
  const ab = new ArrayBuffer(2);
  structuredClone(1, { transfer: (function* list() { yield ab; })() });
  return ab.byteLength;
});
report('array read by index, not its iterator', () => {
  const ab = new ArrayBuffer(3);
  const list = [ab];
  list[Symbol.iterator] = function* other() { yield {}; };
  structuredClone(1, { transfer: list });
  return ab.byteLength;
});
report('proxy of an array read through its iterator', () => {
  const ab = new ArrayBuffer(3);
  const traps = [];
  const list = new Proxy([ab], {
    get(target, key) {
      if (typeof key === 'string') traps.push(key);
      return target[key];
    },
  });
  structuredClone(1, { transfer: list });
  return `${ab.byteLength} ${traps.join(',')}`;
});
report('array hole', () => structuredClone(1, { transfer: [, ] }));
report('array element getter throws', () => {
  const list = [1];
  Object.defineProperty(list, 0, { get() { throw new EvalError('from the element'); } });
  return structuredClone(1, { transfer: list });
});
report('iterator method throws', () => structuredClone(1, {
  transfer: { [Symbol.iterator]() { throw new RangeError('from the iterator'); } },
}));
report('next throws', () => structuredClone(1, {
  transfer: { [Symbol.iterator]() { return { next() { throw new SyntaxError('from next'); } }; } },
}));
report('every entry read before any is checked', () => {
  const calls = [];
  const ab = new ArrayBuffer(1);
  const entries = [{}, ab, ab];
  const list = {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() {
          calls.push(i);
          return i < entries.length ? { value: entries[i++], done: false } : { done: true };
        },
        return() { calls.push('return'); return {}; },
      };
    },
  };
  try {
    structuredClone(1, { transfer: list });
  } catch (err) {
    return `${err.code} calls=${calls.join(',')} ab=${ab.byteLength}`;
  }
});
report('a non-list read as options: its transfer', () => {
  const ab = new ArrayBuffer(3);
  structuredClone(1, { transfer: { transfer: [ab] } });
  return ab.byteLength;
});
report('a step that is not an object falls back to transfer', () => {
  const ab = new ArrayBuffer(3);
  structuredClone(1, {
    transfer: { [Symbol.iterator]() { return { next() { return 5; } }; }, transfer: [ab] },
  });
  return ab.byteLength;
});
for (const [label, inner] of [['5', 5], ['null', null], ['{}', {}], ['string', 'ab']]) {
  report(`nested transfer ${label}`, () => structuredClone(1, { transfer: { transfer: inner } }));
}

console.log('-- entries');
{
  const ab = new ArrayBuffer(2);
  for (const [label, entry] of [
    ['null', null], ['undefined', undefined], ['number', 1], ['plain object', {}],
    ['SharedArrayBuffer', new SharedArrayBuffer(4)], ['Uint8Array', new Uint8Array(2)],
    ['DataView', new DataView(new ArrayBuffer(2))], ['Buffer', Buffer.alloc(2)],
    ['ArrayBuffer.prototype object', Object.create(ArrayBuffer.prototype)],
  ]) {
    report(`entry ${label}`, () => `${structuredClone(1, { transfer: [entry] })}`);
    report(`entry ${label} after a good one`, () => {
      const good = new ArrayBuffer(2);
      structuredClone(1, { transfer: [good, entry] });
      return good.byteLength;
    });
  }
  report('untouched by failed checks', () => ab.byteLength);
}
report('duplicate', () => {
  const ab = new ArrayBuffer(1);
  return structuredClone(1, { transfer: [ab, ab] });
});
report('duplicate leaves the buffer attached', () => {
  const ab = new ArrayBuffer(1);
  try { structuredClone(ab, { transfer: [ab, ab] }); } catch {}
  return ab.byteLength;
});
report('invalid before duplicate', () => {
  const ab = new ArrayBuffer(1);
  return structuredClone(1, { transfer: [{}, ab, ab] });
});
report('duplicate before invalid', () => {
  const ab = new ArrayBuffer(1);
  return structuredClone(1, { transfer: [ab, ab, {}] });
});
report('duplicate checked before the value', () => {
  const ab = new ArrayBuffer(1);
  return structuredClone(() => {}, { transfer: [ab, ab] });
});
report('invalid checked before the value', () => structuredClone(() => {}, { transfer: [{}] }));

console.log('-- transferring');
report('ArrayBuffer', () => {
  const ab = abOf(9, 8, 7);
  const copy = structuredClone(ab, { transfer: [ab] });
  return `${ab.byteLength} ${copy.byteLength} ${bytes(copy)} ${copy !== ab}`;
});
report('inside an object', () => {
  const ab = abOf(1, 2);
  const copy = structuredClone({ ab, n: 1 }, { transfer: [ab] });
  return `${ab.byteLength} ${bytes(copy.ab)} ${copy.n}`;
});
report('DataView keeps its window', () => {
  const ab = abOf(1, 2, 3, 4);
  const view = structuredClone(new DataView(ab, 1), { transfer: [ab] });
  return `${view.byteOffset} ${view.byteLength} ${view.buffer.byteLength} ${view.getUint8(0)} ` +
    `${ab.byteLength}`;
});
report('typed array detached in the original', () => {
  const u16 = new Uint16Array([1, 2, 3]);
  const copy = structuredClone(u16, { transfer: [u16.buffer] });
  return `${copy.join(',')} ${copy.constructor.name} original=${u16.length},${u16.byteLength}`;
});
report('small typed array', () => {
  const u8 = new Uint8Array([5, 6]);
  const copy = structuredClone(u8, { transfer: [u8.buffer] });
  return `${copy.join(',')} original=${u8.length}`;
});
report('buffer and views keep their identity', () => {
  const ab = abOf(1, 2);
  const copy = structuredClone([ab, new Uint8Array(ab), ab], { transfer: [ab] });
  return `${copy[0] === copy[2]} ${copy[1].buffer === copy[0]} ${ab.byteLength}`;
});
report('the clone owns the memory', () => {
  const ab = abOf(1, 2, 3);
  const copy = structuredClone(ab, { transfer: [ab] });
  new Uint8Array(copy)[0] = 42;
  return bytes(copy);
});
report('listed but not in the value is detached too', () => {
  const ab = new ArrayBuffer(5);
  const copy = structuredClone({ x: 1 }, { transfer: [ab] });
  return `${JSON.stringify(copy)} ${ab.byteLength}`;
});
report('several buffers', () => {
  const a = abOf(1);
  const b = abOf(2, 2);
  const copy = structuredClone({ b, a }, { transfer: [a, b] });
  return `${bytes(copy.a)} ${bytes(copy.b)} ${a.byteLength} ${b.byteLength}`;
});
report('nothing detached when cloning fails', () => {
  const ab = new ArrayBuffer(2);
  try {
    structuredClone({ ab, f() {} }, { transfer: [ab] });
  } catch (err) {
    return `${describeError(err)} ab=${ab.byteLength}`;
  }
});
report('an already detached buffer in the list', () => {
  const ab = detached(3);
  const copy = structuredClone(ab, { transfer: [ab] });
  return `${Object.prototype.toString.call(copy)} ${copy.byteLength}`;
});
report('an already detached buffer listed, not in the value', () => {
  return structuredClone(1, { transfer: [detached(3)] });
});
report('cloning a detached buffer', () => structuredClone(detached(3)));
report('cloning a detached buffer leaves the listed ones', () => {
  const ab = new ArrayBuffer(1);
  try {
    structuredClone([ab, detached(2)], { transfer: [ab] });
  } catch (err) {
    return `${describeError(err)} ab=${ab.byteLength}`;
  }
});
report('a subclass instance', () => {
  class MyBuffer extends ArrayBuffer {}
  const ab = new MyBuffer(2);
  const copy = structuredClone(ab, { transfer: [ab] });
  return `${ab.byteLength} ${Object.getPrototypeOf(copy) === ArrayBuffer.prototype}`;
});

console.log('-- copied rather than transferred');
report('Buffer pool', () => {
  const b = Buffer.from('hi');
  const copy = structuredClone(b, { transfer: [b.buffer] });
  const after = Buffer.from('yo');
  return `${Object.prototype.toString.call(copy)} ${copy.join(',')} pool=${b.buffer.byteLength} ` +
    `${b.toString()} ${after.toString()} ${after.buffer === b.buffer}`;
});
report('Buffer pool listed twice', () => {
  const b = Buffer.from('hi');
  return `${structuredClone(1, { transfer: [b.buffer, b.buffer] })} ${b.buffer.byteLength}`;
});
report('Buffer pool with its buffer in the value', () => {
  const b = Buffer.from('abc');
  const copy = structuredClone({ b, ab: b.buffer }, { transfer: [b.buffer] });
  return `${copy.b.join(',')} ${copy.ab.byteLength} ${copy.b.buffer === copy.ab} ${b.toString()}`;
});
report('Buffer.allocUnsafeSlow is transferred', () => {
  const b = Buffer.allocUnsafeSlow(4).fill(1);
  const copy = structuredClone(b, { transfer: [b.buffer] });
  return `${copy.join(',')} ${b.length} ${b.buffer.byteLength}`;
});
report('Buffer.alloc is transferred', () => {
  const b = Buffer.alloc(4, 2);
  const copy = structuredClone(b, { transfer: [b.buffer] });
  return `${copy.join(',')} ${b.length}`;
});
report('large Buffer.from is transferred', () => {
  const b = Buffer.from('x'.repeat(5000));
  const copy = structuredClone(b, { transfer: [b.buffer] });
  return `${copy.length} ${b.length}`;
});
report('WebAssembly.Memory buffer', () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  new Uint8Array(memory.buffer)[0] = 7;
  const copy = structuredClone(memory.buffer, { transfer: [memory.buffer] });
  new Uint8Array(copy)[0] = 8;
  return `${copy.byteLength} ${memory.buffer.byteLength} ${new Uint8Array(memory.buffer)[0]}`;
});
report('WebAssembly.Memory buffer listed twice', () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  return structuredClone(1, { transfer: [memory.buffer, memory.buffer] });
});

console.log('-- SharedArrayBuffer');
report('a new object over the same memory', () => {
  const sab = new SharedArrayBuffer(4);
  const copy = structuredClone(sab);
  new Uint8Array(sab)[0] = 7;
  new Uint8Array(copy)[1] = 9;
  return `${copy !== sab} ${copy instanceof SharedArrayBuffer} ${copy.byteLength} ` +
    `${bytes(copy)} ${bytes(sab)}`;
});
report('twice in one value', () => {
  const sab = new SharedArrayBuffer(8);
  const copy = structuredClone({ a: sab, b: sab, view: new Int32Array(sab, 4, 1) });
  copy.view[0] = 42;
  return `${copy.a === copy.b} ${copy.a !== sab} ${copy.view.buffer === copy.a} ` +
    `${copy.view.byteOffset} ${new Int32Array(sab)[1]}`;
});
report('two objects over one memory stay two', () => {
  const sab = new SharedArrayBuffer(4);
  const other = structuredClone(sab);
  const copy = structuredClone([sab, other]);
  new Uint8Array(copy[0])[3] = 5;
  return `${copy[0] === copy[1]} ${new Uint8Array(copy[1])[3]}`;
});
report('Atomics across the clone', () => {
  const shared = new Int32Array(new SharedArrayBuffer(4));
  const copy = structuredClone(shared);
  Atomics.add(copy, 0, 3);
  Atomics.add(shared, 0, 4);
  return `${Atomics.load(shared, 0)} ${Atomics.load(copy, 0)}`;
});
report('with a transferred buffer', () => {
  const sab = new SharedArrayBuffer(2);
  const ab = abOf(1, 2);
  const copy = structuredClone({ sab, ab }, { transfer: [ab] });
  new Uint8Array(copy.sab)[0] = 3;
  return `${bytes(sab)} ${bytes(copy.ab)} ${ab.byteLength}`;
});
report('shared WebAssembly.Memory buffer', () => {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 2, shared: true });
  const copy = structuredClone(memory.buffer);
  new Uint8Array(copy)[10] = 1;
  return `${copy instanceof SharedArrayBuffer} ${copy.byteLength} ` +
    `${new Uint8Array(memory.buffer)[10]}`;
});

console.log('-- WebAssembly');
report('Module clones to a working module', () => {
  // (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
  const wasm = new Uint8Array([
    0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0,
    7, 7, 1, 3, 97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11,
  ]);
  const module = new WebAssembly.Module(wasm);
  const copy = structuredClone({ module, again: module });
  const { add } = new WebAssembly.Instance(copy.module).exports;
  return `${copy.module !== module} ${copy.module === copy.again} ` +
    `${copy.module instanceof WebAssembly.Module} ${add(2, 3)}`;
});
report('Memory', () => structuredClone(new WebAssembly.Memory({ initial: 1 })));

console.log('-- views left over a transferred buffer');
function detachedView(size) {
  const view = new Uint8Array(size);
  structuredClone(view, { transfer: [view.buffer] });
  return view;
}
report('Buffer.concat([detached])', () => Buffer.concat([detachedView(4)]).length);
report('Buffer.concat after a Buffer', () => Buffer.concat([Buffer.from('ab'), detachedView(4)]));
report('Buffer.concat with a length', () => Buffer.concat([detachedView(4)], 0));
report('Buffer.concat large', () => Buffer.concat([Buffer.alloc(5000), detachedView(4)], 6000));
report('Buffer.from(detached view)', () => Buffer.from(detachedView(4)).length);
report('Buffer.byteLength(detached view)', () => Buffer.byteLength(detachedView(4)));
report('structuredClone(detached view)', () => structuredClone(detachedView(4)));
