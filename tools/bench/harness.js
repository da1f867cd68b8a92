'use strict';
// Prepended to every tools/bench/buffer-*.js file by run.py. bench(name, fn, opts) times fn and
// prints one JSON line; opts.bytes (bytes processed per call) gives a throughput, opts.ops
// (operations per call) a rate. The same file runs under octet, node, bun and deno.

const benchNow = typeof performance !== 'undefined' && performance.now
  ? () => performance.now()
  : () => Number(process.hrtime.bigint()) / 1e6;
const benchFilter = (typeof process !== 'undefined' && process.env && process.env.BENCH_FILTER) || '';
let benchSink = 0;  // results feed this so no call is dead code

function bench(name, fn, opts = {}) {
  if (benchFilter && !name.includes(benchFilter)) return;
  const minMs = opts.minMs || 200;
  for (let i = 0; i < 20; i++) benchSink ^= consume(fn());
  // Calibrate calls per sample, then keep the best of five samples.
  let calls = 1;
  for (;;) {
    const t0 = benchNow();
    for (let i = 0; i < calls; i++) benchSink ^= consume(fn());
    if (benchNow() - t0 >= minMs / 4) break;
    calls *= 2;
  }
  let best = Infinity;
  for (let sample = 0; sample < 5; sample++) {
    const t0 = benchNow();
    for (let i = 0; i < calls; i++) benchSink ^= consume(fn());
    best = Math.min(best, (benchNow() - t0) / calls);
  }
  const perSecond = 1000 / best;
  console.log(JSON.stringify({
    name,
    opsPerSec: perSecond * (opts.ops || 1),
    bytesPerSec: opts.bytes ? perSecond * opts.bytes : undefined,
  }));
}

function consume(value) {
  if (typeof value === 'number') return value | 0;
  if (typeof value === 'string') return value.length;
  if (value && typeof value.length === 'number') return value.length;
  return value ? 1 : 0;
}
