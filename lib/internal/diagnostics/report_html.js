'use strict';
// --memory-report=FILE.html: one self-contained page (no network, no external files) that answers
// "where is my memory: heap or external?" at a glance — headline numbers, a timeline of rss, heap
// and external memory with garbage collections and findings marked on it, the Buffer pool's
// slabs, and the tables behind them. The report data is embedded as JSON for anyone who wants it.

const { lineChart, escapeXml } = require('internal/diagnostics/svg_chart');
const {
  formatBytes, formatMs, formatCount, formatFrame,
} = require('internal/diagnostics/format');

const kMemorySeries = [
  { key: 'rss', label: 'rss', color: '#9ca3af', width: 1.5 },
  { key: 'heapTotal', label: 'heapTotal', color: '#93c5fd', dash: '5 3', width: 1.5 },
  { key: 'heapUsed', label: 'heapUsed', color: '#2563eb' },
  { key: 'external', label: 'external', color: '#f59e0b', width: 4 },
  { key: 'arrayBuffers', label: 'arrayBuffers', color: '#dc2626' },
];
const kHeapSeries = [
  { key: 'heapTotal', label: 'heapTotal', color: '#93c5fd', dash: '5 3', width: 1.5 },
  { key: 'heapUsed', label: 'heapUsed', color: '#2563eb' },
];
const kPoolSeries = [
  { key: 'poolSlabsLive', label: 'slabs in use', color: '#7c3aed' },
  { key: 'poolSlabsIdle', label: 'idle slabs (kept for reuse)', color: '#10b981', dash: '4 3' },
];
const kGcColors = {
  'scavenge': '#a3a3a3',
  'minor-mark-compact': '#737373',
  'mark-compact': '#111827',
  'incremental': '#60a5fa',
  'weak-callbacks': '#d4d4d4',
};
const kGcHeights = { 'mark-compact': 1, 'minor-mark-compact': 0.75, 'incremental': 0.6 };

const kStyle = `
:root { --fg:#111827; --muted:#6b7280; --line:#e5e7eb; --card:#f9fafb; --bad:#b91c1c; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
       background: #fff; margin: 0 auto; max-width: 1200px; padding: 20px 24px 40px; }
h1 { font-size: 21px; margin: 0 0 2px; }
h2 { font-size: 15px; margin: 26px 0 6px; }
.sub { color: var(--muted); font-size: 12.5px; word-break: break-all; }
.headline { font-size: 15px; margin: 14px 0 4px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(165px, 1fr)); gap: 10px; margin: 14px 0; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 9px 12px; }
.card .l { color: var(--muted); font-size: 12px; }
.card .v { font-size: 20px; font-weight: 650; }
.card .f { color: var(--muted); font-size: 12px; }
.card.bad { border-color: #fca5a5; background: #fef2f2; }
.finding { border-left: 4px solid var(--bad); background: #fef2f2; padding: 10px 14px; margin: 10px 0;
           white-space: pre-wrap; font: 12.5px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace; }
.clean { border-left: 4px solid #15803d; background: #f0fdf4; padding: 8px 14px; margin: 10px 0; }
.legend { font-size: 12.5px; margin: 2px 0 4px; }
.legend button { font: inherit; border: 0; background: none; padding: 2px 6px; margin-right: 6px; cursor: pointer; color: var(--fg); }
.legend button.off { opacity: .35; }
.legend i { display: inline-block; width: 16px; height: 3px; vertical-align: middle; margin-right: 5px; border-radius: 2px; }
.legend .gc i { width: 2px; height: 11px; margin-left: 4px; }
.chart-box { position: relative; }
svg.chart { display: block; }
svg text { font: 11px system-ui, sans-serif; fill: var(--muted); }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .grid.faint { stroke: #f3f4f6; }
svg .axis { stroke: #9ca3af; }
svg .mark { stroke-width: 1; }
svg .flag { stroke: var(--bad); stroke-dasharray: 4 3; stroke-width: 1.5; }
svg text.flag-label { fill: var(--bad); font-weight: 600; }
svg .cursor { stroke: #374151; stroke-width: 1; }
svg .hit { fill: transparent; }
svg .hidden { display: none; }
#tip { position: absolute; pointer-events: none; background: rgba(17,24,39,.93); color: #fff; padding: 7px 9px;
       border-radius: 6px; font: 12px/1.5 ui-monospace, Menlo, monospace; display: none; white-space: pre; z-index: 2; }
table { border-collapse: collapse; margin: 4px 0 8px; font-size: 13px; }
th, td { padding: 4px 12px 4px 0; text-align: right; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
th:first-child, td:first-child, th.l, td.l { text-align: left; }
td.site { text-align: left; font: 12px ui-monospace, Menlo, monospace; word-break: break-all; }
.note { color: var(--muted); font-size: 12.5px; }
footer { margin-top: 30px; color: var(--muted); font-size: 12px; }
`;

// Draws nothing; adds hover read-outs and legend toggles to the static charts.
const kScript = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('octet-memory-report').textContent);
  var samples = data.samples;
  var tip = document.getElementById('tip');
  function fmt(n) {
    if (!isFinite(n)) return '-';
    var a = Math.abs(n), u = ['B', 'KiB', 'MiB', 'GiB'], i = 0;
    while (a >= 1024 && i < 3) { a /= 1024; i++; }
    return (n < 0 ? '-' : '') + (i === 0 ? a : a.toFixed(a >= 100 ? 0 : a >= 10 ? 1 : 2)) + ' ' + u[i];
  }
  function nearest(t) {
    var times = samples.time, lo = 0, hi = times.length - 1;
    if (hi < 0) return -1;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (times[mid] < t) lo = mid + 1; else hi = mid; }
    if (lo > 0 && t - times[lo - 1] < times[lo] - t) lo--;
    return lo;
  }
  function attach(svg, rows) {
    var box = svg.parentNode, cursor = svg.querySelector('.cursor'), hit = svg.querySelector('.hit');
    var left = +svg.getAttribute('data-left'), right = +svg.getAttribute('data-right');
    var span = +svg.getAttribute('data-span');
    hit.addEventListener('mousemove', function (ev) {
      var rect = svg.getBoundingClientRect();
      var scale = svg.viewBox.baseVal.width / rect.width;
      var vx = (ev.clientX - rect.left) * scale;
      var i = nearest((vx - left) / (right - left) * span);
      if (i < 0) return;
      var px = left + samples.time[i] / span * (right - left);
      cursor.setAttribute('x1', px); cursor.setAttribute('x2', px);
      cursor.setAttribute('visibility', 'visible');
      var lines = [(samples.time[i] / 1000).toFixed(3) + ' s  (' + samples.trigger[i] + ')'];
      rows.forEach(function (r) { lines.push(r[1] + ' ' + r[2](samples[r[0]][i])); });
      tip.textContent = lines.join('\\n');
      tip.style.display = 'block';
      var br = box.getBoundingClientRect();
      var x = ev.clientX - br.left + 14, y = ev.clientY - br.top + 10;
      if (x + tip.offsetWidth > br.width) x = ev.clientX - br.left - tip.offsetWidth - 14;
      tip.style.left = x + 'px'; tip.style.top = y + 'px';
      box.appendChild(tip);
    });
    hit.addEventListener('mouseleave', function () {
      cursor.setAttribute('visibility', 'hidden');
      tip.style.display = 'none';
    });
  }
  function pad(s) { return (s + '            ').slice(0, 13); }
  attach(document.getElementById('memory-chart'), [
    ['rss', pad('rss'), fmt], ['heapTotal', pad('heapTotal'), fmt], ['heapUsed', pad('heapUsed'), fmt],
    ['external', pad('external'), fmt], ['arrayBuffers', pad('arrayBuffers'), fmt]]);
  attach(document.getElementById('heap-chart'), [
    ['heapTotal', pad('heapTotal'), fmt], ['heapUsed', pad('heapUsed'), fmt]]);
  attach(document.getElementById('pool-chart'), [
    ['poolSlabsLive', pad('slabs in use'), String], ['poolSlabsIdle', pad('idle slabs'), String],
    ['largeBytes', pad('large live'), fmt]]);
  Array.prototype.forEach.call(document.querySelectorAll('.legend button[data-key]'), function (b) {
    b.addEventListener('click', function () {
      var off = b.classList.toggle('off');
      var path = document.querySelector(b.getAttribute('data-chart') + ' path[data-key="' + b.getAttribute('data-key') + '"]');
      if (path) path.classList.toggle('hidden', off);
    });
  });
  document.documentElement.setAttribute('data-rendered', 'true');
})();
`;

function legend(series, chart, extra = '') {
  return `<div class="legend">${series.map((s) => `<button type="button" data-chart="#${chart}" ` +
    `data-key="${s.key}"><i style="background:${s.color}"></i>${escapeXml(s.label)}</button>`).join('')}${extra}</div>`;
}

function card(label, value, foot, bad = false) {
  return `<div class="card${bad ? ' bad' : ''}"><div class="l">${escapeXml(label)}</div>` +
    `<div class="v">${escapeXml(value)}</div><div class="f">${escapeXml(foot)}</div></div>`;
}

function headline(report) {
  const { peak } = report;
  const outside = peak.external;
  const inside = peak.heapUsed;
  const where = outside > inside * 2 ? 'mostly outside the V8 heap (external: ArrayBuffers and native memory)' :
    inside > outside * 2 ? 'mostly on the V8 heap (JS objects and strings)' :
      'split between the V8 heap and external memory';
  return `At its peak this run's memory was ${where}: heapUsed ${formatBytes(inside)}, ` +
    `external ${formatBytes(outside)} (of which arrayBuffers ${formatBytes(peak.arrayBuffers)}), ` +
    `rss ${formatBytes(peak.rss)}.`;
}

function gcTotals(report) {
  let count = 0;
  let pause = 0;
  for (const stats of Object.values(report.gc)) {
    count += stats.count;
    pause += stats.totalPauseMs;
  }
  return { count, pause };
}

function memoryTable(report) {
  const rows = ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'].map((name) =>
    `<tr><td>${name}</td><td>${formatBytes(report.peak[name])}</td><td>${formatBytes(report.final[name])}</td></tr>`);
  return `<table><tr><th></th><th>peak</th><th>final</th></tr>${rows.join('')}</table>`;
}

function gcTable(report) {
  const rows = Object.entries(report.gc).filter(([, s]) => s.count > 0).map(([kind, s]) =>
    `<tr><td><i style="display:inline-block;width:3px;height:11px;background:${kGcColors[kind]};margin-right:6px"></i>` +
    `${kind}</td><td>${formatCount(s.count)}</td><td>${formatMs(s.totalPauseMs)}</td><td>${formatMs(s.maxPauseMs)}</td></tr>`);
  if (rows.length === 0) return '<p class="note">No garbage collection ran.</p>';
  return `<table><tr><th>kind</th><th>count</th><th>total pause</th><th>longest</th></tr>${rows.join('')}</table>`;
}

function conversionsTable(report) {
  const rows = [];
  for (const [label, totals] of [['Buffer → string', report.conversions.toString],
    ['string → Buffer', report.conversions.fromString]]) {
    rows.push(`<tr><td>${label}</td><td class="l">all</td><td>${formatCount(totals.count)}</td>` +
              `<td>${formatBytes(totals.bytes)}</td></tr>`);
    for (const [encoding, e] of Object.entries(totals.byEncoding)) {
      rows.push(`<tr><td></td><td class="l">${escapeXml(encoding)}</td><td>${formatCount(e.count)}</td>` +
                `<td>${formatBytes(e.bytes)}</td></tr>`);
    }
  }
  return `<table><tr><th>direction</th><th class="l">encoding</th><th>calls</th><th>bytes</th></tr>${rows.join('')}</table>`;
}

function sitesTable(sites) {
  const rows = sites.map((site) => `<tr><td>${formatBytes(site.liveBytes)}</td><td>${formatCount(site.liveCount)}</td>` +
    `<td>${formatCount(site.totalCount)}</td><td class="site">${site.frames.length === 0 ?
      'native code (no JavaScript on the stack)' : site.frames.map((f) => escapeXml(formatFrame(f))).join('<br>')}</td></tr>`);
  return `<table><tr><th>live bytes</th><th>live</th><th>ever</th><th class="l">allocated at</th></tr>${rows.join('')}</table>`;
}

function render(report) {
  const { samples } = report;
  const script = report.argv.length > 1 ? report.argv[1] : '(eval)';
  const title = `octet memory report: ${script.split('/').pop()}`;
  const started = new Date(report.startTime).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  const { count: gcCount, pause: gcPause } = gcTotals(report);
  const gcMarks = report.gcEvents.map((e) => ({
    time: e.time,
    color: kGcColors[e.kind] || '#999',
    height: kGcHeights[e.kind] || 0.45,
    title: `${e.kind} at ${(e.time / 1000).toFixed(3)} s: ${formatMs(e.pauseMs)}, heapUsed ` +
      `${formatBytes(e.heapUsedBefore)} -> ${formatBytes(e.heapUsedAfter)}`,
  }));
  const memoryChart = lineChart({
    id: 'memory-chart',
    title: 'memory over time',
    width: 1150,
    height: 400,
    times: samples.time,
    durationMs: report.durationMs,
    units: 'bytes',
    series: kMemorySeries.map((s) => ({ ...s, values: samples[s.key] })),
    laneLabel: 'GC',
    marks: gcMarks,
    flags: report.findings.map((f) => ({ time: f.time, label: 'leak warning' })),
  });
  const heapChart = lineChart({
    id: 'heap-chart',
    title: 'V8 heap over time',
    width: 1150,
    height: 230,
    times: samples.time,
    durationMs: report.durationMs,
    units: 'bytes',
    series: kHeapSeries.map((s) => ({ ...s, values: samples[s.key] })),
    laneLabel: 'GC',
    marks: gcMarks,
  });
  const poolChart = lineChart({
    id: 'pool-chart',
    title: 'Buffer pool slabs over time',
    width: 1150,
    height: 170,
    times: samples.time,
    durationMs: report.durationMs,
    units: 'count',
    series: kPoolSeries.map((s) => ({ ...s, values: samples[s.key] })),
  });
  const gcLegend = Object.entries(report.gc).filter(([, s]) => s.count > 0).map(([kind]) =>
    `<span class="gc"><i style="background:${kGcColors[kind]}"></i> ${kind}</span>`).join(' ');
  const findings = report.findings.length === 0 ?
    (report.options.detectLeaks ?
      '<div class="clean">The leak finder found no pattern of external memory growing while the heap stays flat.</div>' :
      '<p class="note">Run with --detect-leaks (and --track-buffers) to look for retained buffers.</p>') :
    report.findings.map((f) => `<div class="finding">${escapeXml(f.message)}</div>`).join('');
  const sites = report.bufferSites === null ?
    '<p class="note">Run with --track-buffers[=MIN_BYTES] to list live ArrayBuffers by allocation site.</p>' :
    `<p class="note">${formatCount(report.bufferSites.liveCount)} live ArrayBuffers of at least ` +
    `${formatBytes(report.bufferSites.minBytes)} hold ${formatBytes(report.bufferSites.liveBytes)}.</p>` +
    (report.bufferSites.sites.length > 0 ? sitesTable(report.bufferSites.sites) : '');
  const json = JSON.stringify(report).replace(/</g, '\\u003c');
  const pool = report.pool;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>${kStyle}</style>
</head>
<body>
<header>
<h1>${escapeXml(title)}</h1>
<div class="sub">${escapeXml(['octet', ...report.execArgv, ...report.argv.slice(1)].join(' '))}</div>
<div class="sub">started ${started} · ran ${formatMs(report.durationMs)} · pid ${report.pid} · octet ${escapeXml(report.octet)} · V8 ${escapeXml(report.v8)} · ${formatCount(samples.time.length)} samples every ${report.options.sampleIntervalMs} ms and after each GC</div>
</header>
<p class="headline">${escapeXml(headline(report))}</p>
<section class="cards">
${card('peak heapUsed', formatBytes(report.peak.heapUsed), `final ${formatBytes(report.final.heapUsed)}`)}
${card('peak external', formatBytes(report.peak.external), `final ${formatBytes(report.final.external)}`)}
${card('peak arrayBuffers', formatBytes(report.peak.arrayBuffers), `final ${formatBytes(report.final.arrayBuffers)}`)}
${card('peak rss', formatBytes(report.peak.rss), `final ${formatBytes(report.final.rss)}`)}
${card('garbage collections', formatCount(gcCount), `${formatMs(gcPause)} paused in all`)}
${card('findings', String(report.findings.length), report.findings.length ? 'see below' : 'none', report.findings.length > 0)}
</section>
${findings}
<h2>Memory over time</h2>
${legend(kMemorySeries, 'memory-chart', gcLegend ? ` &nbsp; GC: ${gcLegend}` : '')}
<div class="chart-box">
${memoryChart}
</div>
<p class="note">external includes arrayBuffers (every ArrayBuffer's bytes) plus native memory octet reports to V8. Hover for values; click a legend entry to hide a line.</p>
<h2>V8 heap, on its own scale</h2>
${legend(kHeapSeries, 'heap-chart')}
<div class="chart-box">
${heapChart}
</div>
<h2>Buffer pool slabs</h2>
${legend(kPoolSeries, 'pool-chart')}
<div class="chart-box">
${poolChart}
</div>
<p class="note">${formatBytes(pool.slabSize)} slabs: ${formatCount(pool.slabsAllocated)} allocated, ${formatCount(pool.slabsReused)} reused from the idle list, ${formatCount(pool.slabsIdle)} idle at exit (${formatBytes(pool.idleBytes)}). Large allocations (&ge; ${formatBytes(report.large.threshold)}): ${formatCount(report.large.count)} live at exit (${formatBytes(report.large.bytes)}), peak ${formatBytes(report.peak.largeBytes)}.</p>
<h2>Peak and final</h2>
${memoryTable(report)}
<h2>Garbage collection</h2>
${gcTable(report)}
<h2>Buffer ↔ string conversions</h2>
${conversionsTable(report)}
<h2>Live ArrayBuffers by allocation site</h2>
${sites}
<footer>Generated by octet ${escapeXml(report.octet)}. The same data, as JSON, is embedded in this page (script#octet-memory-report) and written by --memory-report=FILE.json.</footer>
<div id="tip"></div>
<script type="application/json" id="octet-memory-report">${json}</script>
<script>${kScript}</script>
</body>
</html>
`;
}

module.exports = { render };
