'use strict';
// Line charts as inline SVG for the HTML memory report: time on x, bytes (or counts) on y, nice
// ticks, series thinned to a min/max pair per pixel column so a long run stays light, and marks
// (garbage collections, findings) along the time axis. Pure string building; no DOM.

const { KiB, MiB } = require('internal/diagnostics/format');

function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// A step of 1, 2 or 5 × 10^k that puts about `count` ticks between 0 and max.
function niceStep(max, count) {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) {
    if (m * power >= raw) return m * power;
  }
  return 10 * power;
}

function byteUnit(max) {
  if (max >= 1024 * MiB) return { div: 1024 * MiB, name: 'GiB' };
  if (max >= MiB) return { div: MiB, name: 'MiB' };
  if (max >= KiB) return { div: KiB, name: 'KiB' };
  return { div: 1, name: 'B' };
}

function trimNumber(n) {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(3)));
}

// Point list for one series: every point when few, else the first/min/max/last of each column.
function points(times, values, x, y, width) {
  const n = times.length;
  const out = [];
  if (n <= width * 2) {
    for (let i = 0; i < n; i++) out.push([x(times[i]), y(values[i])]);
    return out;
  }
  let column = -1;
  let lo;
  let hi;
  const flush = () => {
    if (column < 0) return;
    const first = lo.i < hi.i ? lo : hi;
    const second = lo.i < hi.i ? hi : lo;
    out.push([column, y(first.v)]);
    if (second !== first) out.push([column, y(second.v)]);
  };
  for (let i = 0; i < n; i++) {
    const px = Math.round(x(times[i]));
    const v = values[i];
    if (px !== column) {
      flush();
      column = px;
      lo = { i, v };
      hi = { i, v };
    } else {
      if (v < lo.v) lo = { i, v };
      if (v > hi.v) hi = { i, v };
    }
  }
  flush();
  return out;
}

function pathData(list) {
  let d = '';
  for (let i = 0; i < list.length; i++) {
    d += `${i === 0 ? 'M' : 'L'}${list[i][0].toFixed(1)} ${list[i][1].toFixed(1)}`;
  }
  return d;
}

// options: { id, width, height, times, durationMs, series: [{ key, label, color, values, dash }],
//            units: 'bytes' | 'count', marks: [{ time, color, height, title }],
//            flags: [{ time, label }], laneLabel }
function lineChart(options) {
  const { id, width, height, times, durationMs, series, units } = options;
  const marks = options.marks || [];
  const flags = options.flags || [];
  const left = 64;
  const right = width - 16;
  const top = 12;
  const laneHeight = marks.length > 0 || options.laneLabel ? 22 : 0;
  const bottom = height - 26 - laneHeight;
  const plotWidth = right - left;
  const span = Math.max(durationMs, 1);
  let max = 0;
  for (const s of series) for (const v of s.values) if (v > max) max = v;
  const unit = units === 'bytes' ? byteUnit(max) : { div: 1, name: '' };
  // Counts step by whole numbers.
  const step = units === 'bytes' ? niceStep(max / unit.div, 5) * unit.div : Math.max(1, niceStep(max, 4));
  const yMax = Math.max(step, Math.ceil(max / step) * step);
  const x = (t) => left + (t / span) * plotWidth;
  const y = (v) => bottom - (v / yMax) * (bottom - top);

  const parts = [];
  parts.push(`<svg id="${id}" class="chart" viewBox="0 0 ${width} ${height}" width="100%" ` +
             `role="img" aria-label="${escapeXml(options.title || id)}" ` +
             `data-left="${left}" data-right="${right}" data-span="${span}" preserveAspectRatio="xMidYMid meet">`);
  // Horizontal grid and y labels.
  for (let v = 0; v <= yMax + step / 2; v += step) {
    const py = y(v).toFixed(1);
    parts.push(`<line x1="${left}" x2="${right}" y1="${py}" y2="${py}" class="grid"/>`);
    const label = units === 'bytes' ? `${trimNumber(v / unit.div)} ${unit.name}` : trimNumber(v);
    parts.push(`<text x="${left - 6}" y="${py}" text-anchor="end" dominant-baseline="middle">${label}</text>`);
  }
  // Time axis.
  const tStep = niceStep(span / 1000, 8) * 1000;
  const axisY = height - 8;
  for (let t = 0; t <= span + 1e-9; t += tStep) {
    const px = x(t).toFixed(1);
    parts.push(`<line x1="${px}" x2="${px}" y1="${top}" y2="${bottom}" class="grid faint"/>`);
    parts.push(`<text x="${px}" y="${axisY}" text-anchor="middle">${trimNumber(t / 1000)} s</text>`);
  }
  parts.push(`<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" class="axis"/>`);
  // GC lane.
  if (laneHeight > 0) {
    const laneTop = bottom + 4;
    const laneBottom = laneTop + laneHeight - 6;
    parts.push(`<text x="${left - 6}" y="${(laneTop + laneBottom) / 2}" text-anchor="end" ` +
               `dominant-baseline="middle">${escapeXml(options.laneLabel || '')}</text>`);
    let lastColumn = -1;
    let lastColor = '';
    for (const mark of marks) {
      const px = Math.round(x(mark.time));
      if (px === lastColumn && mark.color === lastColor) continue;  // one tick per pixel and kind
      lastColumn = px;
      lastColor = mark.color;
      const y1 = laneBottom - (laneBottom - laneTop) * mark.height;
      parts.push(`<line x1="${px}" x2="${px}" y1="${y1.toFixed(1)}" y2="${laneBottom}" ` +
                 `stroke="${mark.color}" class="mark"><title>${escapeXml(mark.title)}</title></line>`);
    }
  }
  // Series.
  for (const s of series) {
    const d = pathData(points(times, s.values, x, y, plotWidth));
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${s.width || 1.8}"` +
               `${dash} class="series" data-key="${s.key}"/>`);
  }
  // Findings.
  for (const flag of flags) {
    const px = x(flag.time).toFixed(1);
    parts.push(`<line x1="${px}" x2="${px}" y1="${top}" y2="${bottom}" class="flag"/>`);
    parts.push(`<text x="${(+px + 4).toFixed(1)}" y="${top + 12}" class="flag-label">${escapeXml(flag.label)}</text>`);
  }
  // Hover cursor, moved by the page's script.
  parts.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${bottom}" class="cursor" visibility="hidden"/>`);
  parts.push(`<rect x="${left}" y="${top}" width="${plotWidth}" height="${bottom - top}" class="hit"/>`);
  parts.push('</svg>');
  return parts.join('\n');
}

module.exports = { lineChart, escapeXml, niceStep };
