'use strict';
// Wires the memory diagnostics together. The host calls start() after bootstrap when any of
// --memory-summary, --memory-report, --detect-leaks, --track-buffers or --watch-memory is set, and
// the function start() returns once the script and process 'exit' are done (even after
// process.exit()), to print the summary and write the report.

const binding = internalBinding('diagnostics');
const conversions = require('internal/diagnostics/conversions');
const { Recorder } = require('internal/diagnostics/recorder');
const { LeakFinder } = require('internal/diagnostics/leak_finder');
const { WatchLine } = require('internal/diagnostics/watch');
const reportData = require('internal/diagnostics/report_data');
const { formatBytes, formatMs, formatSite } = require('internal/diagnostics/format');

const kWarningSites = 5;

// Collections that free memory end a leak-finder period; the start of incremental marking and
// weak-callback processing do not.
function collects(event) {
  return event.kind === 'scavenge' || event.kind === 'mark-compact' ||
         event.kind === 'minor-mark-compact';
}

function reportKind(file) {
  return /\.json$/i.test(file) ? 'json' : 'html';
}

// The finding as a warning: numbers first, then (with --track-buffers) where the bytes came from.
function describeFinding(finding, options) {
  const name = finding.metric;
  const summary = `${name} kept growing across ${finding.collections} garbage collections, ` +
    `${formatBytes(finding.from)} -> ${formatBytes(finding.to)} (+${formatBytes(finding.growth)} in ` +
    `${formatMs(finding.endTime - finding.startTime)}), while heapUsed stayed at ` +
    `${formatBytes(finding.heapFrom)} -> ${formatBytes(finding.heapTo)}`;
  const lines = [`${summary}: buffers are being kept alive (an array, a cache, a listener...).`];
  if (options.trackBuffersMinBytes >= 0) {
    const sites = binding.bufferSites(kWarningSites);
    if (sites !== null && sites.length > 0) {
      lines.push(`Live ArrayBuffers >= ${formatBytes(options.trackBuffersMinBytes)} by allocation site:`);
      for (const site of sites) {
        lines.push(`  ${formatBytes(site.liveBytes)} in ${site.liveCount} ` +
                   `${site.liveCount === 1 ? 'buffer' : 'buffers'} allocated at ${formatSite(site)}`);
      }
      finding.sites = sites;
    }
  } else {
    lines.push('Run with --track-buffers to see where the live buffers were allocated.');
  }
  finding.summary = summary;
  finding.message = lines.join('\n');
  return finding;
}

function start() {
  const options = binding.options;
  const memory = require('octet/memory');
  const reportFile = options.memoryReport === '' ? null : require('path').resolve(options.memoryReport);
  if (options.memorySummary || reportFile !== null) conversions.enabled = true;

  const recorder = new Recorder({ keepTimeline: reportFile !== null });
  const finder = options.detectLeaks ? new LeakFinder() : null;
  const watch = options.watchMemory ? new WatchLine(recorder.startTime) : null;
  const findings = [];
  let failed = false;

  function warn(finding, sample) {
    if (finding === null) return;
    describeFinding(finding, options);
    finding.kind = 'external-growth';
    finding.time = sample.time - recorder.startTime;
    finding.startTime -= recorder.startTime;
    finding.endTime -= recorder.startTime;
    if (finding.sites === undefined) finding.sites = null;
    findings.push(finding);
    if (watch !== null) watch.clear();
    binding.writeStderr(`(octet:${process.pid}) MemoryLeakWarning: ${finding.message}\n`);
  }

  // A bug here must not take the script down with it: report once and stop sampling.
  function guard(fn) {
    return function guarded() {
      if (failed) return;
      try {
        fn();
      } catch (err) {
        failed = true;
        binding.stopSampling();
        binding.writeStderr(`octet: memory diagnostics stopped: ${err && err.stack || err}\n`);
      }
    };
  }

  function take(trigger, collected = false) {
    const sample = memory.sampleNow();
    recorder.add(sample, trigger);
    if (finder !== null) warn(finder.addSample(sample, collected), sample);
    if (watch !== null) watch.update(sample);
    return sample;
  }

  const onTick = guard(() => take('timer'));
  const onGc = guard(() => {
    const events = recorder.drainGc();
    if (events.length === 0) return;
    if (watch !== null) watch.gcCount += events.length;
    take('gc', events.some(collects));
  });
  take('start');
  binding.startSampling(options.sampleIntervalMs, onTick, onGc);

  return function finish() {
    binding.stopSampling();
    const events = recorder.drainGc();
    if (watch !== null) watch.gcCount += events.length;
    const sample = require('octet/memory').sample();
    recorder.add(sample, 'exit');
    if (finder !== null && !failed) {
      warn(finder.addSample(sample, events.some(collects)), sample);
      warn(finder.finish(), sample);
    }
    if (watch !== null) watch.end(sample);
    if (!options.memorySummary && reportFile === null) return;
    const report = reportData.build({
      recorder, options, findings, finalSample: sample, endTime: sample.time,
    });
    if (options.memorySummary) binding.writeStderr(require('internal/diagnostics/summary').format(report));
    if (reportFile !== null) writeReport(report, reportFile);
  };
}

function writeReport(report, file) {
  const text = reportKind(file) === 'json' ?
    JSON.stringify(report) + '\n' :
    require('internal/diagnostics/report_html').render(report);
  const err = binding.writeFile(file, text);
  if (err < 0) {
    const { getSystemErrorMessage } = require('internal/util');
    binding.writeStderr(`octet: could not write the memory report to ${file}: ${getSystemErrorMessage(err)}\n`);
    return;
  }
  binding.writeStderr(`octet: memory report written to ${file}\n`);
}

module.exports = { start };
