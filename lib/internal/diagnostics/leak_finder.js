'use strict';
// The leak finder behind --detect-leaks: memory outside the V8 heap (ArrayBuffer bytes, or all of
// `external`) that keeps growing from one garbage collection to the next while the heap stays flat
// — a few small objects retaining large buffers, the classic Buffer leak.
//
// Each collection (a scavenge or a full mark-compact) starts a period; a period's floor is the
// lowest reading taken in it (a sample right after a collection may still count buffers the
// sweeper is about to free; the floor does not). Floors are compared in a run: a rise of at least
// `minStep` counts, a drop of more than `minStep` starts the run again, anything in between (two
// collections back to back) changes nothing. The finder fires once a run has `steps` rises and
// `minGrowth` bytes of growth over at least `minDuration` while the heap's floor grew by no more
// than a tenth of that (or `flatHeapSlack`).

const kDefaults = {
  steps: 5,                       // rises needed in one run
  minStep: 64 * 1024,             // a smaller change is noise
  minGrowth: 16 * 1024 * 1024,    // growth over the run
  flatHeapSlack: 1024 * 1024,     // the heap may grow this much (or a tenth of the growth)
  minDuration: 1000,              // ms: a burst (reading a file into memory) is not a leak
};

const kMetrics = ['arrayBuffers', 'external'];

class LeakFinder {
  constructor(options = {}) {
    this.options = { ...kDefaults, ...options };
    this.period = null;
    this.runs = {};
    for (const metric of kMetrics) this.runs[metric] = null;
    this.fired = false;
  }

  // Every sample; `afterGc` when it is the first one taken after a scavenge or mark-compact.
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
    const floor = this.period;
    this.period = null;
    for (const metric of kMetrics) {
      const finding = this.extend(metric, floor);
      if (finding !== null) {
        this.fired = true;
        return finding;
      }
    }
    return null;
  }

  extend(metric, floor) {
    const { steps, minStep, minGrowth, flatHeapSlack, minDuration } = this.options;
    const run = this.runs[metric];
    if (run === null || floor[metric] < run.last[metric] - minStep) {
      this.runs[metric] = { first: floor, last: floor, rises: 0, collections: 1 };
      return null;
    }
    run.collections++;
    if (floor[metric] >= run.last[metric] + minStep) {
      run.rises++;
      run.last = floor;
    }
    if (run.rises < steps) return null;
    const growth = run.last[metric] - run.first[metric];
    const heapGrowth = run.last.heapUsed - run.first.heapUsed;
    if (growth < minGrowth || heapGrowth > Math.max(flatHeapSlack, growth / 10) ||
        run.last.time - run.first.time < minDuration) {
      return null;
    }
    return {
      metric,
      from: run.first[metric],
      to: run.last[metric],
      growth,
      collections: run.collections,
      heapFrom: run.first.heapUsed,
      heapTo: run.last.heapUsed,
      startTime: run.first.time,
      endTime: run.last.time,
    };
  }
}

module.exports = { LeakFinder, kDefaults };
