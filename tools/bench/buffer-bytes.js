// Byte work at 1 MiB: search, copy, fill, compare; and the read/write loops over a 64 KiB buffer.
const MiB = 1024 * 1024;
const big = Buffer.alloc(MiB, 'abcdefghijklmnopqrstuvwxyz');
const needle = Buffer.from('0123456789ABCDEF');
needle.copy(big, MiB - 16);
const target = Buffer.alloc(MiB);
const needle0 = Buffer.from('0123456789abcdef');
needle0.copy(big, 0);
const twin = Buffer.from(big);

bench('indexOf 16B needle at end of 1M', () => big.indexOf(needle), { bytes: MiB });
bench('indexOf string at end of 1M', () => big.indexOf('0123456789ABCDEF'), { bytes: MiB });
bench('lastIndexOf 16B needle at start of 1M', () => big.lastIndexOf(needle0),
      { bytes: MiB });
bench('indexOf byte at end of 1M', () => big.indexOf(0x46), { bytes: MiB });
bench('copy 1M', () => big.copy(target), { bytes: MiB });
bench('fill byte 1M', () => target.fill(7), { bytes: MiB });
bench('fill string 1M', () => target.fill('xyz'), { bytes: MiB });
bench('equals 1M', () => big.equals(twin), { bytes: MiB });
bench('compare 1M', () => big.compare(twin), { bytes: MiB });
bench('concat 8x128K', () => Buffer.concat([big.subarray(0, 131072), big.subarray(131072, 262144),
  big.subarray(0, 131072), big.subarray(0, 131072), big.subarray(0, 131072),
  big.subarray(0, 131072), big.subarray(0, 131072), big.subarray(0, 131072)]), { bytes: MiB });

const KiB64 = 65536;
const words = Buffer.alloc(KiB64);
for (let i = 0; i < KiB64; i++) words[i] = i & 255;
bench('readUInt32BE loop', () => {
  let sum = 0;
  for (let i = 0; i < KiB64; i += 4) sum += words.readUInt32BE(i);
  return sum;
}, { ops: KiB64 / 4 });
bench('readUInt8 loop', () => {
  let sum = 0;
  for (let i = 0; i < KiB64; i++) sum += words.readUInt8(i);
  return sum;
}, { ops: KiB64 });
bench('writeUInt32LE loop', () => {
  for (let i = 0; i < KiB64; i += 4) words.writeUInt32LE(i, i);
  return words[5];
}, { ops: KiB64 / 4 });
bench('readFloatBE loop', () => {
  let sum = 0;
  for (let i = 0; i < KiB64; i += 4) sum += words.readFloatBE(i);
  return sum;
}, { ops: KiB64 / 4 });
bench('readBigUInt64LE loop', () => {
  let nonZero = 0;
  for (let i = 0; i < KiB64; i += 8) if (words.readBigUInt64LE(i) !== 0n) nonZero++;
  return nonZero;
}, { ops: KiB64 / 8 });
// Doubles as data usually holds them, then subnormal ones (a zero exponent), the decoders' slow
// path, on their own.
const doubles = Buffer.alloc(KiB64);
const subnormals = Buffer.alloc(KiB64);
for (let i = 0; i < KiB64; i += 8) {
  doubles.writeDoubleLE(i * 1.25 - 3000.5, i);
  subnormals.writeUInt32LE(i + 1, i);
  subnormals.writeUInt32LE(i & 0xfffff, i + 4);
}
bench('readDoubleLE loop', () => {
  let sum = 0;
  for (let i = 0; i < KiB64; i += 8) sum += doubles.readDoubleLE(i);
  return sum;
}, { ops: KiB64 / 8 });
bench('readDoubleLE loop, subnormals', () => {
  let sum = 0;
  for (let i = 0; i < KiB64; i += 8) sum += subnormals.readDoubleLE(i);
  return sum;
}, { ops: KiB64 / 8 });
bench('allocUnsafe 100', () => Buffer.allocUnsafe(100), { ops: 1 });
bench('alloc 100', () => Buffer.alloc(100), { ops: 1 });
bench('slice', () => big.subarray(10, 100), { ops: 1 });
const smallParts = Array.from({ length: 8 }, (_, i) => big.subarray(i * 100, i * 100 + 64));
bench('concat 8 x 64 B', () => Buffer.concat(smallParts), { ops: 1 });
const small = big.subarray(0, 64);
const smallTarget = Buffer.alloc(128);
bench('copy 64 B', () => small.copy(smallTarget, 8), { ops: 1 });

// Binary-protocol code as it is usually written: a small function reading one record, called
// once per record, so the optimizing compiler sees it as a hot function rather than a hot loop.
const records = Buffer.alloc(4096 * 16);
for (let i = 0; i < records.length; i++) records[i] = (i * 13) & 255;
function parseRecord(b, off) {
  return b.readUInt32LE(off) + b.readUInt16BE(off + 4) + b.readUInt8(off + 6) +
    b.readInt32LE(off + 8) + b.length;
}
bench('record parser, 4 reads per call', () => {
  let sum = 0;
  for (let r = 0; r < 4096; r++) sum += parseRecord(records, r * 16);
  return sum;
}, { ops: 4096 });
