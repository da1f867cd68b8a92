'use strict';
// --watch-memory: one live status line on stderr. On a terminal it is rewritten in place a few
// times a second; otherwise (a pipe, a file) a new line is written each second.

const binding = internalBinding('diagnostics');
const { formatBytes, formatCount } = require('internal/diagnostics/format');

class WatchLine {
  constructor(startTime) {
    this.startTime = startTime;
    this.columns = binding.stderrTerminal();
    this.interval = this.columns > 0 ? 250 : 1000;
    this.lastWrite = -Infinity;
    this.visible = false;
    this.gcCount = 0;
  }

  text(sample) {
    const seconds = ((sample.time - this.startTime) / 1000).toFixed(1);
    const line = `[octet ${seconds}s] heap ${formatBytes(sample.heapUsed)} / ${formatBytes(sample.heapTotal)} | ` +
      `external ${formatBytes(sample.external)} | arrayBuffers ${formatBytes(sample.arrayBuffers)} | ` +
      `rss ${formatBytes(sample.rss)} | GCs ${formatCount(this.gcCount)}`;
    if (this.columns === 0 || line.length < this.columns) return line;
    // A narrow terminal: the same figures, abbreviated, then cut to fit.
    const short = (n) => formatBytes(n).replace(/ ([KMG])iB$/, '$1').replace(/ B$/, 'B');
    const compact = `[${seconds}s] heap ${short(sample.heapUsed)}/${short(sample.heapTotal)} ` +
      `ext ${short(sample.external)} ab ${short(sample.arrayBuffers)} rss ${short(sample.rss)} ` +
      `gc ${this.gcCount}`;
    return compact.length < this.columns ? compact : compact.slice(0, this.columns - 1);
  }

  update(sample, force = false) {
    if (!force && sample.time - this.lastWrite < this.interval) return;
    this.lastWrite = sample.time;
    if (this.columns > 0) {
      binding.writeStderr(`\r${this.text(sample)}\x1b[K`);
      this.visible = true;
    } else {
      binding.writeStderr(`${this.text(sample)}\n`);
    }
  }

  // Before other output on a terminal: take the line away so the two do not mix.
  clear() {
    if (this.visible) binding.writeStderr('\r\x1b[K');
    this.visible = false;
  }

  end(sample) {
    this.update(sample, true);
    if (this.columns > 0) binding.writeStderr('\n');
    this.visible = false;
  }
}

module.exports = { WatchLine };
