'use strict';
// The remaining Buffer methods with random ranges, including each error they raise: fill,
// copy, compare (both forms), equals, subarray/slice, swap16/32/64, concat, alloc/allocUnsafe/from
// argument errors, toJSON, and util.inspect output.

const { rand, int, pick } = require('./support/random')(4242);
const util = require('util');

const { createChecks } = require('./support/checks');

const { check, count } = createChecks(
  (r) => (Buffer.isBuffer(r) ? `<${r.toString('hex')}>` : util.inspect(r)));

function bytes(n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = int(256);
  return b;
}
const show = (v) => (typeof v === 'string' ? JSON.stringify(v) : typeof v === 'bigint' ? `${v}n` :
  Buffer.isBuffer(v) ? `<${v.toString('hex')}>` : String(v));

const positions = [undefined, 0, 1, 3, 7, -1, 1.5, NaN, '2', 100, null];
const fillValues = [0, 255, 256, -1, 1.5, 'a', 'ab', 'é', '😀', '', 'zz', '0f', 'YQ==', 'x',
                    true, null, Buffer.from('xy'), Buffer.alloc(0), new Uint16Array([0x4142])];
const fillEncodings = [undefined, 'utf8', 'hex', 'base64', 'latin1', 'ucs2', 'ascii', 'nope'];

for (let round = 0; round < 600; round++) {
  const value = pick(fillValues);
  const offset = pick(positions);
  const end = pick(positions);
  const enc = pick(fillEncodings);
  check(`fill ${show(value)} ${show(offset)} ${show(end)} ${enc}`, () => {
    const b = Buffer.alloc(9, 0xee);
    return enc === undefined ? b.fill(value, offset, end) : b.fill(value, offset, end, enc);
  });
  check(`fill2 ${show(value)} ${enc}`, () => Buffer.alloc(7, 0xee).fill(value, enc));
  check(`alloc ${show(value)} ${enc}`, () => Buffer.alloc(int(12), value, enc));
}

for (let round = 0; round < 600; round++) {
  const src = bytes(int(12));
  const dst = Buffer.alloc(int(12), 0xee);
  const a = pick(positions);
  const b = pick(positions);
  const c = pick(positions);
  check(`copy ${a} ${b} ${c}`, () => `${src.copy(dst, a, b, c)}:${dst.toString('hex')}`);
  const overlap = bytes(16);
  check(`copySelf ${a} ${b} ${c}`, () => `${overlap.copy(overlap, a, b, c)}:${overlap.toString('hex')}`);
}

for (let round = 0; round < 600; round++) {
  const x = Buffer.from(bytes(int(6)).toString('hex').slice(0, int(6)) + '00', 'hex');
  const y = int(3) === 0 ? Buffer.from(x) : Buffer.from(bytes(int(6)));
  const args = [pick(positions), pick(positions), pick(positions), pick(positions)];
  check(`compare ${x.toString('hex')} ${y.toString('hex')} ${args.map(show)}`,
        () => x.compare(y, ...args.slice(0, int(5))));
  check(`Buffer.compare ${x.toString('hex')} ${y.toString('hex')}`, () => Buffer.compare(x, y));
  check(`equals ${x.toString('hex')} ${y.toString('hex')}`, () => x.equals(y));
}

for (let round = 0; round < 400; round++) {
  const b = bytes(10);
  const s = pick(positions.concat([-20, 20, Infinity, -Infinity]));
  const e = pick(positions.concat([-20, 20, Infinity]));
  check(`subarray ${show(s)} ${show(e)}`, () => b.subarray(s, e));
  check(`slice ${show(s)} ${show(e)}`, () => b.slice(s, e));
}

for (const n of [0, 2, 3, 4, 8, 12, 126, 128, 190, 192, 256, 258, 1000]) {
  for (const name of ['swap16', 'swap32', 'swap64']) {
    check(`${name} ${n}`, () => {
      const b = Buffer.alloc(n);
      for (let i = 0; i < n; i++) b[i] = i & 255;
      return b[name]();
    });
  }
}

for (const args of [[[]], [[Buffer.from('a'), Buffer.from('bc')]], [[Buffer.from('a')], 5],
  [[Buffer.from('abc')], 2], [[new Uint8Array([1, 2])]], [['x']], ['abc'], [[Buffer.from('a')], -1],
  [[Buffer.from('a')], 1.5], [[Buffer.from('a')], '1'], [[{ length: 2 }]]]) {
  check(`concat ${util.inspect(args)}`, () => Buffer.concat(...args));
}

for (const size of [0, 1, 5, -1, 1.5, NaN, '5', 2 ** 32 + 1, Infinity, null, undefined, 4294967296]) {
  for (const fn of ['alloc', 'allocUnsafe', 'allocUnsafeSlow']) {
    check(`${fn} ${show(size)}`, () => {
      const b = Buffer[fn](size);
      return b.length > 1000 ? b.length : b.fill(0);
    });
  }
}

for (const v of ['abc', [1, 2, 300, -1, 'x'], { length: 3, 0: 5 }, { length: 'x' }, new Uint16Array([1, 258]),
  new ArrayBuffer(4), { type: 'Buffer', data: [7, 8] }, new String('str'), 5, null, undefined,
  { valueOf() { return 'vo'; } }, { [Symbol.toPrimitive]() { return 'tp'; } }, Symbol('s'),
  Buffer.from('copy')]) {
  check(`from ${util.inspect(v)}`, () => Buffer.from(v));
}
const ab = new ArrayBuffer(8);
for (const [o, l] of [[0, 8], [2, undefined], [8, 0], [9, undefined], [2, 7], ['1', '2'], [NaN, -1], [-1, 1]]) {
  check(`from(ab, ${o}, ${l})`, () => {
    const b = Buffer.from(ab, o, l);
    return `${b.byteOffset},${b.length},${b.buffer === ab}`;
  });
}

for (const n of [0, 3, 50, 51, 60]) {
  const b = Buffer.alloc(n, 'q');
  check(`inspect ${n}`, () => util.inspect(b));
}
const props = Buffer.from('hi');
props.extra = { deep: [1] };
check('inspect props', () => util.inspect(props));
check('toJSON', () => JSON.stringify(Buffer.from('hey')));
check('toJSON empty', () => JSON.stringify(Buffer.alloc(0)));
check('isEncoding', () => ['utf8', 'UTF-8', 'hex', 'ucs-2', 'binary', 'nope', '', 5, null]
  .map((e) => Buffer.isEncoding(e)).join());
check('byteLength types', () => [Buffer.byteLength(new ArrayBuffer(3)), Buffer.byteLength(new Uint16Array(2)),
  Buffer.byteLength('abc', 'nope')].join());
check('byteLength bad', () => Buffer.byteLength(5));
check('of', () => Buffer.of(1, 2, 300));
check('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
check('copyBytesFrom bad', () => Buffer.copyBytesFrom([1]));
check('parent/offset', () => { const b = Buffer.alloc(4); return `${b.parent === b.buffer},${b.offset}`; });
check('new Buffer', () => new Buffer('abc'));
check('Buffer num enc', () => Buffer(3, 'utf8'));
check('toString bad enc', () => Buffer.from('a').toString('nope'));
check('write bad enc', () => Buffer.alloc(3).write('a', 'nope'));
check('write non-string', () => Buffer.alloc(3).write(5));
check('keys', () => [...Buffer.from('ab').keys(), ...Buffer.from('ab').values()].join());
check('entries', () => JSON.stringify([...Buffer.from('ab').entries()]));
check('species', () => Buffer.from('abc').map((x) => x + 1).constructor.name);
check('constants', () => JSON.stringify(require('buffer').constants));
check('exports', () => Object.keys(require('buffer')).join());
check('proto names', () => Object.getOwnPropertyNames(Buffer.prototype).join());
check('static names', () => Object.getOwnPropertyNames(Buffer).join());

console.log(`checks ${count()}`);
