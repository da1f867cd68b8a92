// "toString() is not free": parsing records by converting Buffers to strings versus reading the
// bytes directly. Time, heap growth and garbage collections, measured.
//   octet docs/examples/02-string-conversion.js
'use strict';
const memory = require('octet:memory');
const { mib, claim, section, finish } = require('./support/report');

// 20,000 records of 64 bytes: a 4-byte big-endian id, a 4-byte value, 56 bytes of ASCII text.
const RECORDS = 20000;
const SIZE = 64;
const data = Buffer.alloc(RECORDS * SIZE);
for (let i = 0; i < RECORDS; i++) {
  data.writeUInt32BE(i, i * SIZE);
  data.writeUInt32BE(i * 7, i * SIZE + 4);
  data.write(`record-${i}`.padEnd(56, '.'), i * SIZE + 8, 'latin1');
}

function viaStrings() {
  // The common pattern: decode each record to text, then parse numbers out of it.
  let sum = 0;
  for (let i = 0; i < RECORDS; i++) {
    const hex = data.toString('hex', i * SIZE, i * SIZE + 8);
    sum += parseInt(hex.slice(8, 16), 16);
  }
  return sum;
}

function viaBytes() {
  let sum = 0;
  for (let i = 0; i < RECORDS; i++) sum += data.readUInt32BE(i * SIZE + 4);
  return sum;
}

function run(label, fn, rounds) {
  memory.reclaim();
  const gcBefore = gcCount();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  let result;
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    result = fn();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const gcs = gcCount() - gcBefore;
  console.log(`  ${label.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms  heap peak +${mib(peak - heapBefore).padStart(9)}` +
              (gcBefore >= 0 ? `  GCs ${gcs}` : ''));
  return { ms, result, heap: peak - heapBefore, gcs };
}

// GC count from the v8 module's heap statistics when available (octet counts GCs by kind).
function gcCount() {
  try {
    const stats = require('v8').getHeapStatistics();
    return typeof stats.number_of_gcs === 'number' ? stats.number_of_gcs : -1;
  } catch {
    return -1;
  }
}

section(`summing a field of ${RECORDS} binary records, 20 rounds`);
const strings = run("toString('hex') + parseInt", viaStrings, 20);
const bytes = run('readUInt32BE', viaBytes, 20);
claim('both ways compute the same answer', strings.result === bytes.result);
claim('reading the bytes directly is faster', bytes.ms < strings.ms,
      `${(strings.ms / bytes.ms).toFixed(1)}x`);
claim('converting to strings allocates on the heap; reading bytes allocates almost nothing',
      strings.heap > bytes.heap);

section('what a string costs: one-byte vs two-byte');
// Large strings made from Buffers may be external strings (their characters outside the V8 heap),
// so the cost is measured as heapUsed + external.
function stringCost(make) {
  memory.reclaim();
  const usage = () => { const u = process.memoryUsage(); return u.heapUsed + u.external - u.arrayBuffers; };
  const before = usage();
  const str = make();
  str.charCodeAt(0);
  const cost = usage() - before;
  return { str, cost };
}
const N = 1 << 20;
const latin = stringCost(() => Buffer.alloc(N, 'a').toString('latin1'));
const wide = stringCost(() => Buffer.alloc(2 * N, '\u20ac', 'utf16le').toString('utf16le'));
console.log(`  ${N} ASCII characters: ${mib(latin.cost)}; ${N} '\u20ac' characters: ${mib(wide.cost)}`);
claim('an ASCII/Latin-1 string takes one byte per character, not two',
      latin.str.length === N && latin.cost < 1.25 * N, `${(latin.cost / N).toFixed(2)} bytes/char`);
claim('a string with characters beyond Latin-1 takes two bytes per character',
      wide.str.length === N && wide.cost > 1.75 * N && wide.cost < 2.5 * N,
      `${(wide.cost / N).toFixed(2)} bytes/char`);
finish();
