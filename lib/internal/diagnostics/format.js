'use strict';
// Number formatting shared by the summary, the watch line, leak warnings and the HTML report.

const KiB = 1024;
const MiB = 1024 * 1024;
const GiB = 1024 * 1024 * 1024;

// 1536 → "1.5 KiB"; three significant digits at most, so columns stay narrow.
function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return '-';
  const sign = bytes < 0 ? '-' : '';
  const n = Math.abs(bytes);
  if (n < KiB) return `${sign}${n} B`;
  let value;
  let unit;
  if (n < MiB) [value, unit] = [n / KiB, 'KiB'];
  else if (n < GiB) [value, unit] = [n / MiB, 'MiB'];
  else [value, unit] = [n / GiB, 'GiB'];
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${sign}${value.toFixed(digits)} ${unit}`;
}

function formatMs(ms) {
  if (!Number.isFinite(ms)) return '-';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

function formatCount(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function padStart(text, width) {
  text = String(text);
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

function padEnd(text, width) {
  text = String(text);
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

// "file.js:12:7 (fn)" for one frame of an allocation site.
function formatFrame(frame) {
  const where = `${frame.scriptName || '<anonymous>'}:${frame.line}:${frame.column}`;
  return frame.functionName ? `${frame.functionName} (${where})` : where;
}

function formatSite(site) {
  if (site.frames.length === 0) return '<native code: no JavaScript on the stack>';
  return site.frames.map(formatFrame).join(' ← ');
}

module.exports = {
  KiB,
  MiB,
  formatBytes,
  formatMs,
  formatCount,
  formatFrame,
  formatSite,
  padStart,
  padEnd,
};
