'use strict';
// The memory timeline: samples (rss, heap, external, arrayBuffers, pool slabs, large allocations)
// kept as columns, the log of garbage collections, and the peaks. Samples come from the
// diagnostics' timer, from the first loop turn after each collection, and at start and exit.

const binding = internalBinding('diagnostics');

const kSeries = ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers',
                 'poolSlabsLive', 'poolSlabsIdle', 'largeBytes'];
const kPeakFields = ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'];
// Long runs keep every sample until this many, then every other one (the peaks stay exact).
const kMaxSamples = 20000;
const kMaxGcEvents = 50000;

class Recorder {
  constructor({ keepTimeline }) {
    this.keepTimeline = keepTimeline;
    this.startTime = Date.now();
    this.series = { time: [], trigger: [] };
    for (const name of kSeries) this.series[name] = [];
    this.stride = 1;     // after thinning, one sample kept out of `stride`
    this.skipped = 0;
    this.peak = {};
    for (const name of kPeakFields) this.peak[name] = 0;
    this.peak.largeBytes = 0;
    this.peak.poolSlabsLive = 0;
    this.last = null;
    this.gcEvents = [];
    this.gcEventsOmitted = 0;
    this.gcKinds = binding.gcKinds;
  }

  // Records one reading from octet:memory's sample(); trigger is 'start', 'timer', 'gc' or 'exit'.
  add(sample, trigger) {
    this.last = sample;
    for (const name of kPeakFields) {
      if (sample[name] > this.peak[name]) this.peak[name] = sample[name];
    }
    if (sample.largeBytes > this.peak.largeBytes) this.peak.largeBytes = sample.largeBytes;
    if (sample.poolSlabsLive > this.peak.poolSlabsLive) this.peak.poolSlabsLive = sample.poolSlabsLive;
    if (!this.keepTimeline) return;
    // Thinning keeps GC and boundary samples: they carry the most information per point.
    if (trigger === 'timer' && this.stride > 1 && ++this.skipped % this.stride !== 0) return;
    const { series } = this;
    series.time.push(sample.time - this.startTime);
    series.trigger.push(trigger);
    for (const name of kSeries) series[name].push(sample[name]);
    if (series.time.length >= kMaxSamples) this.thin();
  }

  thin() {
    const { series } = this;
    const keep = [];
    for (let i = 0; i < series.time.length; i++) {
      if (i % 2 === 0 || series.trigger[i] !== 'timer') keep.push(i);
    }
    for (const name of Object.keys(series)) series[name] = keep.map((i) => series[name][i]);
    this.stride *= 2;
  }

  // Moves the collections logged natively into the timeline; returns the new ones.
  drainGc() {
    const raw = binding.takeGcEvents();
    const n = binding.kGcEventFields;
    const events = [];
    for (let i = 0; i + n <= raw.length; i += n) {
      events.push({
        time: raw[i] - this.startTime,
        kind: this.gcKinds[raw[i + 5]],
        pauseMs: raw[i + 1],
        heapUsedBefore: raw[i + 2],
        heapUsedAfter: raw[i + 3],
        externalAfter: raw[i + 4],
        forced: raw[i + 6] === 1,
      });
    }
    if (this.keepTimeline) {
      for (const event of events) {
        if (this.gcEvents.length < kMaxGcEvents) this.gcEvents.push(event);
        else this.gcEventsOmitted++;
      }
    }
    return events;
  }

  // Count, total and longest pause per kind of collection, for kinds that happened.
  gcSummary() {
    const stats = new Float64Array(this.gcKinds.length * 3);
    binding.gcStats(stats);
    const summary = {};
    for (let k = 0; k < this.gcKinds.length; k++) {
      summary[this.gcKinds[k]] = {
        count: stats[k * 3],
        totalPauseMs: stats[k * 3 + 1],
        maxPauseMs: stats[k * 3 + 2],
      };
    }
    return summary;
  }

  // Peaks from samples, raised by what the GC prologue saw and by the process's peak rss.
  peaks() {
    const native = new Float64Array(4);
    binding.heapPeaks(native);
    const peak = { ...this.peak };
    peak.heapTotal = Math.max(peak.heapTotal, native[0]);
    peak.heapUsed = Math.max(peak.heapUsed, native[1]);
    peak.external = Math.max(peak.external, native[2]);
    peak.rss = Math.max(peak.rss, native[3]);
    return peak;
  }
}

module.exports = { Recorder, kSeries };
