'use strict';
// The v8 module's statistics have node's shape, and its functions validate arguments as node does.
const v8 = require('v8');

const stats = v8.getHeapStatistics();
console.log(Object.keys(stats).join(' '));
console.log(Object.values(stats).every((n) => typeof n === 'number' && n >= 0));
console.log(stats.used_heap_size <= stats.total_heap_size, stats.total_heap_size < stats.heap_size_limit);
console.log(stats.number_of_native_contexts, stats.does_zap_garbage);

const spaces = v8.getHeapSpaceStatistics();
console.log(Array.isArray(spaces), spaces.length > 5);
console.log([...new Set(spaces.map((s) => Object.keys(s).join(' ')))].join('\n'));
console.log(spaces.every((s) => typeof s.space_name === 'string' && s.space_used_size <= s.space_size));
console.log(spaces.some((s) => s.space_name === 'old_space'), spaces.some((s) => s.space_name === 'new_space'));

console.log(Object.keys(v8.getHeapCodeStatistics()).join(' '));
console.log(typeof v8.cachedDataVersionTag(), v8.cachedDataVersionTag() === v8.cachedDataVersionTag());

v8.setFlagsFromString('--allow-natives-syntax');
console.log(eval('%IsSmi(42)'), eval('%IsSmi(4.5)'));

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
attempt('setFlagsFromString(5)', () => v8.setFlagsFromString(5));
attempt('setHeapSnapshotNearHeapLimit(0)', () => v8.setHeapSnapshotNearHeapLimit(0));
attempt('setHeapSnapshotNearHeapLimit(1.5)', () => v8.setHeapSnapshotNearHeapLimit(1.5));
attempt('setHeapSnapshotNearHeapLimit("1")', () => v8.setHeapSnapshotNearHeapLimit('1'));
attempt('getHeapSnapshot(5)', () => v8.getHeapSnapshot(5));
attempt('getHeapSnapshot(null)', () => v8.getHeapSnapshot(null));
attempt('getHeapSnapshot({ exposeInternals: 1 })', () => v8.getHeapSnapshot({ exposeInternals: 1 }));
attempt('getHeapSnapshot({ exposeNumericValues: "yes" })', () => v8.getHeapSnapshot({ exposeNumericValues: 'yes' }));
attempt('writeHeapSnapshot(5)', () => v8.writeHeapSnapshot(5));
attempt('writeHeapSnapshot("a\\0b")', () => v8.writeHeapSnapshot('a\0b'));
attempt('writeHeapSnapshot(missing dir)', () => v8.writeHeapSnapshot('/nonexistent-dir/x.heapsnapshot'));
attempt('writeHeapSnapshot(file, 5)', () => v8.writeHeapSnapshot('/nonexistent-dir/x.heapsnapshot', 5));
