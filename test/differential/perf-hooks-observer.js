'use strict';
// PerformanceObserver: which entries each observer receives, batched and sorted by start time,
// delivered from an immediate (after nextTicks and microtasks, in line with other immediates);
// takeRecords, disconnect, buffered replay, re-observing, and node's errors.
const { performance, PerformanceObserver, PerformanceObserverEntryList } = require('perf_hooks');
const util = require('util');

const names = (entries) => entries.map((e) => `${e.entryType}:${e.name}@${e.startTime}`);
function attempt(label, fn) {
  try {
    console.log(label, 'ok', util.inspect(fn()));
  } catch (err) {
    console.log(label, err.constructor.name, err.name, err.code, err.message);
  }
}

const steps = [];
function next() {
  const step = steps.shift();
  if (step) step();
}

steps.push(() => {
  console.log('-- delivery order');
  const all = new PerformanceObserver((list, observer) => {
    console.log('all', names(list.getEntries()), observer === all, list instanceof PerformanceObserverEntryList,
                Object.prototype.toString.call(list));
    console.log('all marks', names(list.getEntriesByType('mark')));
    console.log('all by name', names(list.getEntriesByName('m2')), names(list.getEntriesByName('m2', 'measure')));
    console.log('all list inspect', util.inspect(list, { depth: 0 }));
    all.disconnect();
  });
  const measures = new PerformanceObserver((list) => {
    console.log('measures', names(list.getEntries()));
    measures.disconnect();
    next();
  });
  console.log(util.inspect(all));
  all.observe({ entryTypes: ['mark', 'measure', 'not-a-type'] });
  measures.observe({ type: 'measure' });
  console.log(util.inspect(all));
  setImmediate(() => console.log('immediate queued before the entries'));
  performance.mark('m1', { startTime: 3 });
  performance.mark('m2', { startTime: 1 });
  performance.measure('m2', { start: 0, end: 2 });
  console.log(util.inspect(all));
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('microtask'));
  setImmediate(() => console.log('immediate queued after the entries'));
  console.log('sync end');
});

steps.push(() => {
  console.log('-- takeRecords and disconnect');
  const obs = new PerformanceObserver((list) => {
    console.log('callback', names(list.getEntries()));
  });
  obs.observe({ type: 'mark' });
  performance.mark('t1', { startTime: 30 });
  performance.mark('t2', { startTime: 20 });
  const taken = obs.takeRecords();
  console.log('taken', Array.isArray(taken), names(taken), names(obs.takeRecords()));
  performance.mark('t3', { startTime: 10 });
  obs.disconnect();
  console.log(util.inspect(obs));
  performance.mark('t4', { startTime: 40 });
  setImmediate(() => {
    console.log('nothing delivered after disconnect');
    next();
  });
});

steps.push(() => {
  console.log('-- entries enqueued by a callback come in the next batch');
  let round = 0;
  const obs = new PerformanceObserver((list) => {
    round++;
    console.log('round', round, names(list.getEntries()));
    if (round === 1) {
      performance.mark('r2', { startTime: 2 });
      setImmediate(() => console.log('immediate from round 1'));
    } else {
      obs.disconnect();
      next();
    }
  });
  obs.observe({ entryTypes: ['mark'] });
  performance.mark('r1', { startTime: 1 });
});

steps.push(() => {
  console.log('-- buffered');
  const replay = new PerformanceObserver((list) => {
    console.log('replay', names(list.getEntries()).filter((n) => !n.startsWith('mark:t')));
    replay.disconnect();
    next();
  });
  replay.observe({ type: 'mark', buffered: true });
  const multiple = new PerformanceObserver(() => console.log('never: entryTypes ignores buffered'));
  multiple.observe({ entryTypes: ['mark'], buffered: true });
  multiple.disconnect();
});

steps.push(() => {
  console.log('-- re-observing');
  const obs = new PerformanceObserver((list) => {
    console.log('re-observed', names(list.getEntries()));
    obs.disconnect();
    next();
  });
  obs.observe({ type: 'mark' });
  obs.observe({ type: 'measure' });
  console.log(util.inspect(obs));
  attempt('single to multiple', () => obs.observe({ entryTypes: ['mark'] }));
  obs.observe({ type: 'unknown' });
  performance.mark('x1', { startTime: 100 });
  performance.measure('x2', { start: 50, end: 60 });

  const multi = new PerformanceObserver(() => {});
  multi.observe({ entryTypes: ['mark'] });
  attempt('multiple to single', () => multi.observe({ type: 'mark' }));
  multi.observe({ entryTypes: ['unknown'] });
  console.log('empty entryTypes disconnects', util.inspect(multi));
});

steps.push(() => {
  console.log('-- errors');
  attempt('new PerformanceObserver()', () => new PerformanceObserver());
  attempt('callback number', () => new PerformanceObserver(1));
  attempt('new PerformanceObserverEntryList()', () => new PerformanceObserverEntryList());
  const obs = new PerformanceObserver(() => {});
  attempt('observe()', () => obs.observe());
  attempt('observe({})', () => obs.observe({}));
  attempt('observe(1)', () => obs.observe(1));
  attempt('observe(null)', () => obs.observe(null));
  attempt('observe([])', () => obs.observe([]));
  attempt('both forms', () => obs.observe({ entryTypes: ['mark'], type: 'mark' }));
  attempt('entryTypes string', () => obs.observe({ entryTypes: 'mark' }));
  attempt('takeRecords idle', () => obs.takeRecords());
  attempt('disconnect idle', () => obs.disconnect());
  const supported = PerformanceObserver.supportedEntryTypes;
  console.log('supported', ['function', 'mark', 'measure'].every((t) => supported.includes(t)),
              Object.isFrozen(supported), supported === PerformanceObserver.supportedEntryTypes);
  console.log(Object.keys(PerformanceObserver.prototype), Object.keys(PerformanceObserverEntryList.prototype));
  next();
});

next();
