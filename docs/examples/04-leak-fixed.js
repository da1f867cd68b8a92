// Flags: --detect-leaks --track-buffers
// 04-leak-detection.js fixed: the history keeps only the last 8 messages. External memory now goes
// up and down with each garbage collection instead of growing, and the leak finder stays quiet.
//   octet --detect-leaks --track-buffers docs/examples/04-leak-fixed.js
'use strict';
const { MiB, mib, claim, section, finish } = require('./support/report');

const HISTORY = 8;
const received = [];
let peak = 0;
let ticks = 0;
const timer = setInterval(() => {
  received.push(Buffer.alloc(MiB, ticks & 0xff));
  if (received.length > HISTORY) received.shift();  // the fix: old messages are let go
  peak = Math.max(peak, process.memoryUsage().arrayBuffers);
  if (++ticks === 200) stop();
}, 10);

function stop() {
  clearInterval(timer);
  section(`after ${ticks} messages`);
  console.log(`  peak arrayBuffers ${mib(peak)}; now ${mib(process.memoryUsage().arrayBuffers)}`);
  claim('the history holds exactly the last 8 messages', received.length === HISTORY &&
        received[HISTORY - 1][0] === ((ticks - 1) & 0xff));
  claim('external memory stayed bounded (well under the 200 MiB the leaky version reaches)',
        peak < 80 * MiB, mib(peak));
  finish();
}
