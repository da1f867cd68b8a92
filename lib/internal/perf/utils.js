'use strict';
// The two clocks of the Performance API: now() on the monotonic clock, in milliseconds since the
// process started (the time origin), and that origin on the wall clock.

const { performanceNow, timeOriginTimestamp } = internalBinding('process');

// The native binding reads uv_hrtime (process.hrtime's clock) and subtracts the origin in integer
// nanoseconds, so the result keeps sub-millisecond precision however long the machine has been up.
const now = performanceNow;

// Milliseconds since the epoch, with microseconds as the fraction, as node reports it.
function getTimeOriginTimestamp() {
  return timeOriginTimestamp / 1e3;
}

module.exports = {
  now,
  getTimeOriginTimestamp,
};
