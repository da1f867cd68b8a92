// Flags: --detect-leaks --track-buffers
// The classic Buffer leak: an interval that keeps every buffer it makes. The heap barely moves —
// only small Buffer objects pile up there — while external memory grows without bound.
//   octet --detect-leaks --track-buffers docs/examples/04-leak-detection.js
// octet's leak finder notices the pattern after a few garbage collections and prints a
// MemoryLeakWarning on stderr naming the line that allocates the retained buffers (line 16).
// The fixed version is 04-leak-fixed.js.
'use strict';
const { MiB, mib, claim, section, finish } = require('./support/report');

const received = [];  // meant as a short history, but nothing ever removes old entries
const start = process.memoryUsage();
let ticks = 0;
const timer = setInterval(() => {
  // Each "message" is 1 MiB; the history keeps all of them.
  const message = Buffer.alloc(MiB, ticks & 0xff);
  received.push(message);
  if (++ticks === 200) stop();
}, 10);

function stop() {
  clearInterval(timer);
  const end = process.memoryUsage();
  section(`after ${ticks} messages`);
  console.log(`  heapUsed     ${mib(start.heapUsed)} -> ${mib(end.heapUsed)}`);
  console.log(`  arrayBuffers ${mib(start.arrayBuffers)} -> ${mib(end.arrayBuffers)}`);
  claim('external memory grew by every retained message (~200 MiB)',
        end.arrayBuffers - start.arrayBuffers > 190 * MiB);
  claim('while heapUsed grew by only a few MiB: watching heap figures alone would miss this leak',
        end.heapUsed - start.heapUsed < 8 * MiB);
  finish();
}
