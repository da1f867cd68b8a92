// Flags: --expose-internals
'use strict';
// The HTML report is one self-contained page: no network references, the data embedded as JSON
// that parses back, hostile strings escaped, and charts that stay small for long runs.
const assert = require('assert');
const { render } = require('internal/diagnostics/report_html');
const { lineChart, niceStep } = require('internal/diagnostics/svg_chart');

const n = 50000;
const samples = { time: [], trigger: [] };
const keys = ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers', 'poolSlabsLive', 'poolSlabsIdle',
              'largeBytes'];
for (const key of keys) samples[key] = [];
for (let i = 0; i < n; i++) {
  samples.time.push(i * 10);
  samples.trigger.push(i % 7 === 0 ? 'gc' : 'timer');
  for (const key of keys) samples[key].push((i % 100) * 1024 * (key.length));
}
const gcTotals = { count: 1, totalPauseMs: 1.5, maxPauseMs: 1.5 };
const hostile = '</script><script>alert(1)</script>';
const report = {
  format: 'octet-memory-report', version: 1, octet: '0.1.0', v8: '10.2', pid: 42,
  argv: ['/usr/bin/octet', `/tmp/${hostile}.js`], execArgv: ['--memory-report=x.html'],
  startTime: 0, durationMs: n * 10,
  options: { memorySummary: false, sampleIntervalMs: 10, detectLeaks: true, trackBuffersMinBytes: 1024,
             watchMemory: false },
  samples,
  gcEvents: [{ time: 5, kind: 'mark-compact', pauseMs: 1.5, heapUsedBefore: 2, heapUsedAfter: 1,
               externalAfter: 3, forced: false }],
  gcEventsOmitted: 0,
  gc: { 'scavenge': { count: 0, totalPauseMs: 0, maxPauseMs: 0 }, 'minor-mark-compact': { count: 0, totalPauseMs: 0, maxPauseMs: 0 },
        'mark-compact': gcTotals, 'incremental': { count: 0, totalPauseMs: 0, maxPauseMs: 0 },
        'weak-callbacks': { count: 0, totalPauseMs: 0, maxPauseMs: 0 } },
  peak: { rss: 1, heapTotal: 1, heapUsed: 1, external: 1, arrayBuffers: 1, largeBytes: 0, poolSlabsLive: 1 },
  final: { rss: 1, heapTotal: 1, heapUsed: 1, external: 1, arrayBuffers: 1 },
  pool: { slabSize: 8192, slabsAllocated: 1, slabsReused: 0, slabsLive: 1, slabsIdle: 0, idleBytes: 0 },
  large: { threshold: 131072, count: 0, bytes: 0 },
  conversions: { toString: { count: 1, bytes: 3, byEncoding: { [hostile]: { count: 1, bytes: 3 } } },
                 fromString: { count: 0, bytes: 0, byEncoding: {} } },
  findings: [{ kind: 'external-growth', time: 100, metric: 'arrayBuffers', from: 0, to: 1, growth: 1,
               collections: 5, heapFrom: 1, heapTo: 1, startTime: 0, endTime: 1, summary: hostile,
               message: hostile, sites: null }],
  bufferSites: { minBytes: 1024, liveBytes: 2048, liveCount: 2, sites: [{
    frames: [{ functionName: hostile, scriptName: '/tmp/a.js', line: 3, column: 9 }],
    liveBytes: 2048, liveCount: 2, totalCount: 5, totalBytes: 5000 }] },
};

const html = render(report);
assert.ok(html.startsWith('<!doctype html>'));
assert.doesNotMatch(html, /(src|href)\s*=\s*["']?(https?:)?\/\//);
assert.doesNotMatch(html, /<script>alert/);
assert.strictEqual(html.split('<script').length - 1, 2, 'the JSON data block and the page script only');
const json = html.match(/<script type="application\/json" id="octet-memory-report">([\s\S]*?)<\/script>/)[1];
assert.deepStrictEqual(JSON.parse(json), report);
for (const id of ['memory-chart', 'heap-chart', 'pool-chart']) assert.match(html, new RegExp(`<svg id="${id}"`));
assert.match(html, /class="flag"/);
assert.match(html, /\/tmp\/a\.js:3:9/);
// 50,000 samples thin to about two points per pixel column: the page stays small.
assert.ok(html.length < 2 * JSON.stringify(report).length, `${html.length} bytes`);

// Ticks land on 1, 2 or 5 times a power of ten.
assert.strictEqual(niceStep(100, 5), 20);
assert.strictEqual(niceStep(7, 5), 2);
assert.strictEqual(niceStep(0.3, 3), 0.1);
const svg = lineChart({ id: 'c', width: 400, height: 100, times: [0, 1000], durationMs: 1000, units: 'bytes',
                        series: [{ key: 'k', label: 'k', color: '#000', values: [0, 3 * 1024 * 1024] }] });
assert.match(svg, /3 MiB/);
assert.match(svg, /<path d="M64\.0 \d+\.\dL384\.0 \d+\.\d"/);
