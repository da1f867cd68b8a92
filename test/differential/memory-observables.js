// What a node script can observe of memory and the pool is the same under octet.
const usage = process.memoryUsage();
console.log(Object.keys(usage).join(), Object.values(usage).every((v) => Number.isInteger(v) && v > 0 || v === 0));
console.log(typeof process.memoryUsage.rss());
console.log(Buffer.poolSize);
const sizes = [1, 7, 8, 9, 100, 4095, 4096, 5000];
for (const size of sizes) {
  const b = Buffer.allocUnsafe(size);
  console.log(size, b.length, b.buffer.byteLength, b.byteOffset % 8);
}
const x = Buffer.allocUnsafe(3);
const y = Buffer.allocUnsafe(3);
console.log('shared', x.buffer === y.buffer, y.byteOffset - x.byteOffset);
console.log('alloc pooled', Buffer.alloc(3).buffer.byteLength);
console.log('from pooled', Buffer.from([1, 2, 3]).buffer.byteLength, Buffer.from('abc').buffer.byteLength);
console.log('slow', Buffer.allocUnsafeSlow(3).buffer.byteLength);
const big = Buffer.from('x'.repeat(5000));
console.log('big from', big.buffer.byteLength);
Buffer.poolSize = 1024;
const p = Buffer.allocUnsafe(100);
console.log('new pool size', p.buffer.byteLength, Buffer.allocUnsafe(600).buffer.byteLength);
