'use strict';
// The leak finder behind --detect-leaks: memory outside the V8 heap (ArrayBuffer bytes, or all of
// `external`) that keeps growing from one garbage collection to the next while the heap stays flat
// — a few small objects retaining large buffers, the classic Buffer leak.
//
// Each collection starts a period; a period's floor is the lowest reading taken in it (samples
// right after a collection may still count buffers the sweeper is about to free; the floor does
// not). The finder fires when `steps` consecutive floors each rose, by `minGrowth` in all, and
// the heap's floor grew by at most a tenth of that (and at most `flatHeapSlack`).

const kDefaults = {
  steps: 4,                       // consecutive rises, so steps + 1 periods
  minStep: 64 * 1024,             // a rise smaller than this is noise
  minGrowth: 8 * 1024 * 1024,     // total growth across the window
  flatHeapSlack: 1024 * 1024,     // the heap may grow this much (or a tenth of the growth)
};

class LeakFinder {
  constructor(options = {}) {
    this.options = { ...kDefaults, ...options };
    this.floors = [];
    this.period = null;
    this.fired = false;
  }

  // Every sample; `afterGc` when it is the first one taken after a collection.
  addSample(sample, afterGc) {
    if (this.fired) return null;
    let finding = null;
    if (afterGc && this.period !== null) finding = this.closePeriod();
    if (this.period === null) {
      this.period = {
        time: sample.time,
        arrayBuffers: sample.arrayBuffers,
        external: sample.external,
        heapUsed: sample.heapUsed,
      };
    } else {
      const p = this.period;
      if (sample.arrayBuffers < p.arrayBuffers) p.arrayBuffers = sample.arrayBuffers;
      if (sample.external < p.external) p.external = sample.external;
      if (sample.heapUsed < p.heapUsed) p.heapUsed = sample.heapUsed;
    }
    return finding;
  }

  // The end of the run counts as one more period boundary.
  finish() {
    if (this.fired || this.period === null) return null;
    return this.closePeriod();
  }

  closePeriod() {
    this.floors.push(this.period);
    this.period = null;
    const { steps } = this.options;
    if (this.floors.length > steps + 1) this.floors.shift();
    if (this.floors.length < steps + 1) return null;
    const finding = this.check('arrayBuffers') || this.check('external');
    if (finding !== null) this.fired = true;
    return finding;
  }

  check(metric) {
    const { minStep, minGrowth, flatHeapSlack } = this.options;
    const floors = this.floors;
    for (let i = 1; i < floors.length; i++) {
      if (floors[i][metric] - floors[i - 1][metric] < minStep) return null;
    }
    const first = floors[0];
    const last = floors[floors.length - 1];
    const growth = last[metric] - first[metric];
    if (growth < minGrowth) return null;
    const heapGrowth = last.heapUsed - first.heapUsed;
    if (heapGrowth > Math.min(flatHeapSlack, growth / 10) && heapGrowth > 0) return null;
    return {
      metric,
      from: first[metric],
      to: last[metric],
      growth,
      collections: floors.length,
      heapFrom: first.heapUsed,
      heapTo: last.heapUsed,
      startTime: first.time,
      endTime: last.time,
    };
  }
}

module.exports = { LeakFinder, kDefaults };
