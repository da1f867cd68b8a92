// Flags: --expose-internals --expose-gc --memory-summary
'use strict';
// With a diagnostics flag on, every collection is counted by kind with its pause, logged with the
// heap before and after.
const assert = require('assert');
const { Recorder } = require('internal/diagnostics/recorder');

const recorder = new Recorder({ keepTimeline: true });
recorder.drainGc();
const before = recorder.gcSummary();
globalThis.gc();
globalThis.gc();
const after = recorder.gcSummary();
assert.strictEqual(after['mark-compact'].count, before['mark-compact'].count + 2);
assert.ok(after['mark-compact'].totalPauseMs > before['mark-compact'].totalPauseMs);
assert.ok(after['mark-compact'].maxPauseMs > 0);
const events = recorder.drainGc().filter((e) => e.kind === 'mark-compact');
assert.strictEqual(events.length, 2);
for (const event of events) {
  assert.strictEqual(event.forced, true);
  assert.ok(event.pauseMs > 0 && event.pauseMs < 5000);
  assert.ok(event.heapUsedAfter > 0 && event.heapUsedBefore > 0);
  assert.ok(event.time >= 0);
}
