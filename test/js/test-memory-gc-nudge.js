// Dead buffers do not pile up to V8's 64 MiB external trigger: once ArrayBuffer bytes grow 32 MiB
// above their low point, octet starts an incremental GC at the next loop turn (and pumps V8's
// foreground tasks so it finishes while the loop stays busy).
const assert = require('assert');

const MiB = 1024 * 1024;
let peak = 0;
let turns = 0;
function turn() {
  // One 256 KiB buffer per loop turn, dropped at once: 256 MiB of garbage over 1024 turns.
  const chunk = Buffer.alloc(256 * 1024, turns & 0xff);
  assert.strictEqual(chunk[100], turns & 0xff);
  peak = Math.max(peak, process.memoryUsage().arrayBuffers);
  if (++turns < 1024) setImmediate(turn);
  else {
    // Tolerance: the 32 MiB threshold, plus what is allocated while the incremental GC finishes.
    assert.ok(peak < 48 * MiB, `arrayBuffers peaked at ${(peak / MiB).toFixed(1)} MiB`);
  }
}
turn();
