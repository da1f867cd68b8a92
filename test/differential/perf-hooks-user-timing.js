'use strict';
// performance.mark() and performance.measure() in every argument form node accepts, with explicit
// timestamps so the output is exact; the timeline (getEntries*, clearMarks/clearMeasures) in node's
// order; and node's errors for bad input. Times taken from the clock print as inequalities.
const { performance, PerformanceMark } = require('perf_hooks');
const util = require('util');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', util.inspect(result));
  } catch (err) {
    console.log(label, err.constructor.name, err.name, err.code, err.message);
  }
}
const summary = (entries) => entries.map((e) => `${e.entryType}:${e.name}@${e.startTime}+${e.duration}`);

// Marks at fixed times, out of order, one name used twice.
const a = performance.mark('a', { startTime: 5, detail: { step: 1 } });
console.log(util.inspect(a));
console.log(JSON.stringify(a));
console.log(Object.prototype.toString.call(a), a instanceof PerformanceMark, a.duration, a.detail);
performance.mark('b', { startTime: 12, detail: [1, 2] });
performance.mark('c', { startTime: 1 });
performance.mark('a', { startTime: 8 });
performance.mark('null-detail', { startTime: 20, detail: null });

// The detail is a structured clone, taken at mark time.
const detail = { nested: { list: [1, 2, 3] }, when: new Date(0) };
const cloned = performance.mark('d', { startTime: 15, detail });
detail.nested.list.push(4);
console.log(cloned.detail !== detail, cloned.detail.nested.list, cloned.detail.when instanceof Date);

// A mark taken from the clock lies between two now() readings.
const before = performance.now();
const live = performance.mark('live');
const after = performance.now();
console.log('live mark within now() readings', live.startTime >= before && live.startTime <= after);

// measure(name, startMark, endMark) and friends: the latest mark of a name counts.
console.log(summary([performance.measure('a-to-b', 'a', 'b')]));
console.log(summary([performance.measure('c-to-a', 'c', 'a')]));
console.log(summary([performance.measure('from-zero-to-b', undefined, 'b')]));
console.log(summary([performance.measure('null-to-b', null, 'b')]));
console.log(summary([performance.measure('number-start-ignored', 4, 'b')]));
console.log(summary([performance.measure('opts-start-end', { start: 'c', end: 'b', detail: 'x' })]));
console.log(summary([performance.measure('opts-numbers', { start: 2, end: 9 })]));
console.log(summary([performance.measure('opts-start-duration', { start: 'c', duration: 3 })]));
console.log(summary([performance.measure('opts-end-duration', { end: 'b', duration: 4 })]));
console.log(summary([performance.measure('opts-end-only', { end: 7 })]));
const withDetail = performance.measure('with-detail', { start: 1, end: 2, detail: { k: 'v' } });
console.log(util.inspect(withDetail), JSON.stringify(withDetail));

// Open-ended measures end now().
const t0 = performance.now();
const open = performance.measure('c-to-now', 'c');
const t1 = performance.now();
console.log('c-to-now', open.startTime, open.startTime + open.duration >= t0, open.startTime + open.duration <= t1);
const whole = performance.measure('whole');
console.log('whole', whole.startTime, whole.duration > 0, whole.detail);
const durationOnly = performance.measure('duration-only', { duration: 2 });
console.log('duration-only', durationOnly.startTime, durationOnly.duration > 0);

// A PerformanceMark built directly is a mark for measure() but is not on the timeline.
const direct = new PerformanceMark('direct', { startTime: 3 });
console.log(util.inspect(direct), performance.getEntriesByName('direct').length);
console.log(summary([performance.measure('direct-to-b', 'direct', 'b')]));

// The timeline: start-time order, marks before measures on ties, then insertion order.
const fixed = (entries) => summary(entries.filter((e) => !['live', 'c-to-now', 'whole', 'duration-only'].includes(e.name)));
console.log(fixed(performance.getEntries()));
console.log(summary(performance.getEntriesByName('a')));
console.log(summary(performance.getEntriesByName('a', 'mark')), summary(performance.getEntriesByName('a', 'measure')));
console.log(summary(performance.getEntriesByName('a-to-b', 'measure')));
console.log(fixed(performance.getEntriesByType('mark')));
console.log(performance.getEntriesByType('measure').length, performance.getEntriesByType('function'),
            performance.getEntriesByType('bogus'));
console.log(performance.getEntries() !== performance.getEntries());

// Clearing: by name, then all; a cleared mark can no longer be measured from.
performance.clearMarks('a');
console.log(fixed(performance.getEntriesByType('mark')));
attempt('measure from cleared mark', () => performance.measure('x', 'a'));
performance.clearMeasures('a-to-b');
console.log(performance.getEntriesByName('a-to-b').length, performance.getEntriesByType('measure').length);
performance.clearMeasures();
console.log(performance.getEntriesByType('measure'));
performance.clearMarks();
console.log(performance.getEntries());
attempt('measure after clearMarks', () => performance.measure('x', 'b'));
performance.clearMarks(42);
performance.clearMeasures('nothing-here');

// Errors, as node raises them.
attempt('mark()', () => performance.mark());
attempt('mark reserved', () => performance.mark('nodeStart'));
attempt('mark reserved loopStart', () => performance.mark('loopStart'));
attempt('mark options number', () => performance.mark('x', 1));
attempt('mark options string', () => performance.mark('x', 'opts'));
attempt('mark negative', () => performance.mark('x', { startTime: -1 }));
attempt('mark negative fraction', () => performance.mark('x', { startTime: -0.5 }));
attempt('mark startTime string', () => performance.mark('x', { startTime: '5' }));
attempt('mark startTime NaN', () => performance.mark('nan', { startTime: NaN }));
attempt('mark detail function', () => performance.mark('x', { detail: () => {} }));
attempt('mark name coerced', () => performance.mark(123, { startTime: 4 }).name);
attempt('mark options null', () => performance.mark('null-options', null).detail);
attempt('measure()', () => performance.measure());
attempt('measure name number', () => performance.measure(1));
attempt('measure unknown start', () => performance.measure('m', 'nope'));
attempt('measure unknown end', () => performance.measure('m', undefined, 'nope'));
attempt('measure negative end', () => performance.measure('m', undefined, -2));
attempt('measure options and endMark', () => performance.measure('m', { start: 1 }, 'x'));
attempt('measure start end duration', () => performance.measure('m', { start: 1, end: 2, duration: 3 }));
attempt('measure negative option', () => performance.measure('m', { start: -1, end: 2 }));
attempt('getEntriesByName()', () => performance.getEntriesByName());
attempt('getEntriesByType()', () => performance.getEntriesByType());
attempt('clearMarks reserved', () => performance.clearMarks('v8Start'));
attempt('new PerformanceMark()', () => new PerformanceMark());
attempt('new PerformanceMark reserved', () => new PerformanceMark('environment'));
