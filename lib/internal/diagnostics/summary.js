'use strict';
// --memory-summary: the compact table printed on stderr at exit, made from the report data.

const {
  formatBytes, formatMs, formatCount, formatSite, padStart, padEnd,
} = require('internal/diagnostics/format');

const kRows = ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'];

function table(rows, aligns) {
  const widths = [];
  for (const row of rows) {
    row.forEach((cell, i) => { widths[i] = Math.max(widths[i] || 0, String(cell).length); });
  }
  return rows.map((row) => '  ' + row.map((cell, i) => {
    return aligns[i] === 'left' ? padEnd(cell, widths[i]) : padStart(cell, widths[i]);
  }).join('   ').trimEnd()).join('\n');
}

function conversionLine(label, totals) {
  if (totals.count === 0) return `  ${label}  none`;
  const parts = Object.entries(totals.byEncoding).map(
    ([encoding, { count, bytes }]) => `${encoding} ${formatCount(count)} (${formatBytes(bytes)})`);
  return `  ${label}  ${formatCount(totals.count)} calls, ${formatBytes(totals.bytes)}: ${parts.join(', ')}`;
}

function sitesBlock(sites, indent) {
  const lines = [];
  for (const site of sites) {
    lines.push(`${indent}${padStart(formatBytes(site.liveBytes), 10)} in ${padStart(formatCount(site.liveCount), 6)} ` +
               `${site.liveCount === 1 ? 'buffer ' : 'buffers'}  ${formatSite(site)}`);
  }
  return lines;
}

function format(report) {
  const lines = [];
  const seconds = (report.durationMs / 1000).toFixed(2);
  lines.push(`octet memory summary (pid ${report.pid}, ${seconds} s)`);
  const memoryRows = [['memory', 'peak', 'final']];
  for (const name of kRows) {
    memoryRows.push([name, formatBytes(report.peak[name]), formatBytes(report.final[name])]);
  }
  lines.push(table(memoryRows, ['left', 'right', 'right']));

  const gcRows = [['garbage collection', 'count', 'total pause', 'longest']];
  for (const [kind, stats] of Object.entries(report.gc)) {
    if (stats.count === 0 && kind !== 'scavenge' && kind !== 'mark-compact') continue;
    gcRows.push([kind, formatCount(stats.count), formatMs(stats.totalPauseMs), formatMs(stats.maxPauseMs)]);
  }
  lines.push(table(gcRows, ['left', 'right', 'right', 'right']));

  const { pool, large } = report;
  lines.push(`  Buffer pool (${formatBytes(pool.slabSize)} slabs): ${formatCount(pool.slabsAllocated)} allocated, ` +
             `${formatCount(pool.slabsReused)} reused, ${formatCount(pool.slabsIdle)} idle ` +
             `(${formatBytes(pool.idleBytes)}), ${formatCount(pool.slabsLive)} live`);
  lines.push(`  large allocations (>= ${formatBytes(large.threshold)}): ${formatCount(large.count)} live ` +
             `(${formatBytes(large.bytes)}), peak ${formatBytes(report.peak.largeBytes)}`);
  lines.push(conversionLine('Buffer→string', report.conversions.toString));
  lines.push(conversionLine('string→Buffer', report.conversions.fromString));

  if (report.bufferSites !== null) {
    const { minBytes, liveBytes, liveCount, sites } = report.bufferSites;
    lines.push(`  live ArrayBuffers >= ${formatBytes(minBytes)}: ${formatCount(liveCount)} ` +
               `(${formatBytes(liveBytes)}) by allocation site:`);
    if (sites.length === 0) lines.push('    none');
    lines.push(...sitesBlock(sites, '    '));
  }
  for (const finding of report.findings) lines.push(`  finding: ${finding.summary}`);
  return lines.join('\n') + '\n';
}

module.exports = { format, sitesBlock };
