'use strict';
// Every numeric read*/write* method (and the lower-case Uint aliases) at every valid offset and at
// several invalid ones: negative, past the end, fractional, NaN, non-numbers; values in range,
// out of range, non-integers and of the wrong type. One line per call: result bytes or the error.
// All of it on each kind of Buffer: small ones on the V8 heap, pool slices, a slice of a large
// buffer at an odd offset, and a view of a user's ArrayBuffer.

const { rand, int, pick } = require('./support/random')(12345);

function show(value) {
  if (typeof value === 'bigint') return `${value}n`;
  if (Object.is(value, -0)) return '-0';
  return String(value);
}
const { check, count } = require('./support/checks').createChecks(show);

const invalidOffsets = [-1, 1.5, NaN, '0', null, {}, Infinity, -0, 2 ** 53, undefined];

const fixed = [
  ['UInt8', 1], ['Int8', 1], ['UInt16LE', 2], ['UInt16BE', 2], ['Int16LE', 2], ['Int16BE', 2],
  ['UInt32LE', 4], ['UInt32BE', 4], ['Int32LE', 4], ['Int32BE', 4],
  ['FloatLE', 4], ['FloatBE', 4], ['DoubleLE', 8], ['DoubleBE', 8],
  ['BigUInt64LE', 8], ['BigUInt64BE', 8], ['BigInt64LE', 8], ['BigInt64BE', 8],
];

// A Buffer of `length` bytes, all `fill`, of the given kind.
function make(kind, length, fill) {
  let b;
  if (kind === 'heap') b = Buffer.alloc(length);
  else if (kind === 'pool') b = Buffer.allocUnsafe(length);
  else if (kind === 'large') b = Buffer.alloc(8192).subarray(4097, 4097 + length);
  else b = Buffer.from(new ArrayBuffer(length + 5), 5, length);
  return b.fill(fill);
}

for (const kind of ['heap', 'pool', 'large', 'user']) {
  const buf = make(kind, 11, 0);
  for (let i = 0; i < buf.length; i++) buf[i] = int(256);
  console.log(kind, buf.toString('hex'));

  for (const [name, size] of fixed) {
    for (let offset = 0; offset <= buf.length - size; offset++) {
      check(`read${name}(${offset})`, () => buf[`read${name}`](offset));
    }
    for (const offset of [...invalidOffsets, buf.length - size + 1, buf.length]) {
      check(`read${name}(${show(offset)})`, () => buf[`read${name}`](offset));
    }
    check(`read${name}()`, () => buf[`read${name}`]());
  }

  for (const size of [1, 2, 3, 4, 5, 6]) {
    for (const name of ['UIntLE', 'UIntBE', 'IntLE', 'IntBE', 'UintLE', 'UintBE']) {
      for (let offset = 0; offset <= buf.length - size; offset++) {
        check(`read${name}(${offset},${size})`, () => buf[`read${name}`](offset, size));
      }
      for (const offset of [...invalidOffsets, buf.length - size + 1]) {
        check(`read${name}(${show(offset)},${size})`, () => buf[`read${name}`](offset, size));
      }
    }
  }
  for (const byteLength of [0, 7, -1, 1.5, undefined, '2', NaN]) {
    check(`readUIntLE(0,${show(byteLength)})`, () => buf.readUIntLE(0, byteLength));
    check(`writeIntBE(1,0,${show(byteLength)})`,
          () => make(kind, 8, 0).writeIntBE(1, 0, byteLength));
  }

  function valuesFor(name, size) {
    if (name.startsWith('Big')) {
      const unsigned = name.startsWith('BigU');
      const lim = unsigned ? 2n ** 64n : 2n ** 63n;
      return [0n, 1n, -1n, lim - 1n, lim, unsigned ? 0n : -lim, unsigned ? -1n : -lim - 1n,
              BigInt(int(2 ** 31)) * 12345n, 5, '7'];
    }
    if (name.startsWith('Float') || name.startsWith('Double')) {
      return [0, -0, 1.5, -2.25, 1e300, 3.4e38, 1e-45, NaN, Infinity, -Infinity, '12.5', null, {},
              rand() * 1e6];
    }
    const bits = size * 8;
    const unsigned = name.startsWith('U');
    const max = unsigned ? 2 ** bits - 1 : 2 ** (bits - 1) - 1;
    const min = unsigned ? 0 : -(2 ** (bits - 1));
    return [0, max, min, max + 1, min - 1, 1.5, -0.5, NaN, '3', int(max) , true, 10n];
  }

  for (const [name, size] of fixed) {
    for (const value of valuesFor(name, size)) {
      for (const offset of [0, buf.length - size, buf.length - size + 1, -1, 1.5]) {
        check(`write${name}(${show(value)},${show(offset)})`, () => {
          const b = make(kind, buf.length, 0xee);
          const r = b[`write${name}`](value, offset);
          return `${r}:${b.toString('hex')}`;
        });
      }
    }
    check(`write${name}() default offset`, () => {
      const b = make(kind, 8, 0);
      return `${b[`write${name}`](name.startsWith('Big') ? 3n : 3)}:${b.toString('hex')}`;
    });
  }

  for (const size of [1, 2, 3, 4, 5, 6]) {
    for (const name of ['UIntLE', 'UIntBE', 'IntLE', 'IntBE', 'UintLE', 'UintBE']) {
      const base = name.startsWith('U') ? 'U' : '';
      for (const value of valuesFor(base, size)) {
        for (const offset of [0, buf.length - size, buf.length - size + 1, undefined]) {
          check(`write${name}(${show(value)},${show(offset)},${size})`, () => {
            const b = make(kind, buf.length, 0xee);
            const r = b[`write${name}`](value, offset, size);
            return `${r}:${b.toString('hex')}`;
          });
        }
      }
    }
  }

  // Writes then reads agree at random offsets.
  for (let round = 0; round < 2000; round++) {
    const [name, size] = pick(fixed);
    const offset = int(buf.length - size + 1);
    const value = pick(valuesFor(name, size));
    check(`rt ${name} ${show(value)} @${offset}`, () => {
      const b = make(kind, buf.length, 0);
      b[`write${name}`](value, offset);
      return b[`read${name}`](offset);
    });
  }

}

// The methods' names and lengths (node names its float methods Forwards/Backwards).
for (const key of Object.getOwnPropertyNames(Buffer.prototype)) {
  if (/^(read|write)[A-Z]/.test(key) && typeof Buffer.prototype[key] === 'function') {
    const method = Buffer.prototype[key];
    check(`${key} name/length`, () => `${method.name} ${method.length}`);
  }
}

console.log(`checks ${count()}`);
