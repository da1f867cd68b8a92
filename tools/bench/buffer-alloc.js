// Allocation paths of the memory core (issue targets: allocUnsafe(200) >= 40M/s, alloc(16) >= node,
// alloc(1 MiB) >= 30 GB/s).
const MiB = 1024 * 1024;
const parts = Array.from({ length: 8 }, () => Buffer.alloc(128 * 1024, 1));

bench('allocUnsafe 200 (pool)', () => Buffer.allocUnsafe(200), { ops: 1 });
bench('alloc 16', () => Buffer.alloc(16), { ops: 1 });
bench('new ArrayBuffer 100', () => new ArrayBuffer(100), { ops: 1 });
bench('allocUnsafeSlow 4096', () => Buffer.allocUnsafeSlow(4096), { ops: 1 });
bench('alloc 1 MiB', () => Buffer.alloc(MiB), { bytes: MiB });
bench('allocUnsafe 1 MiB', () => Buffer.allocUnsafe(MiB), { bytes: MiB });
bench('alloc 1 MiB + write every page', () => {
  const b = Buffer.allocUnsafe(MiB);
  for (let i = 0; i < MiB; i += 4096) b[i] = 1;
  return b;
}, { bytes: MiB });
bench('concat 8 x 128 KiB', () => Buffer.concat(parts), { bytes: MiB });
