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
    const line = `[octet ${seconds}s] rss ${formatBytes(sample.rss)} | ` +
      `heap ${formatBytes(sample.heapUsed)} / ${formatBytes(sample.heapTotal)} | ` +
      `external ${formatBytes(sample.external)} | arrayBuffers ${formatBytes(sample.arrayBuffers)} | ` +
      `GCs ${formatCount(this.gcCount)}`;
    return this.columns > 0 && line.length >= this.columns ? line.slice(0, this.columns - 1) : line;
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
