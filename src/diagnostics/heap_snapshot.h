// Heap snapshots as .heapsnapshot JSON (the format Chrome DevTools' Memory panel loads), taken
// with V8's HeapProfiler and serialized through an OutputStream; and the near-heap-limit snapshot
// (v8.setHeapSnapshotNearHeapLimit).
#ifndef OCTET_SRC_DIAGNOSTICS_HEAP_SNAPSHOT_H_
#define OCTET_SRC_DIAGNOSTICS_HEAP_SNAPSHOT_H_

#include <v8.h>

#include <cstddef>
#include <functional>
#include <string>

namespace octet {

struct HeapSnapshotOptions {
  bool expose_numeric_values = false;  // record numbers held in objects (V8's capture_numeric_value)
};

// Takes a snapshot and hands its JSON to `sink` chunk by chunk; false if the sink refused a chunk.
bool SerializeHeapSnapshot(v8::Isolate* isolate, const HeapSnapshotOptions& options,
                           const std::function<bool(const char* data, size_t length)>& sink);

// Takes a snapshot into `path`; 0, or a negative errno.
int WriteHeapSnapshotFile(v8::Isolate* isolate, const std::string& path,
                          const HeapSnapshotOptions& options);

// Node's default snapshot name: Heap.YYYYMMDD.HHMMSS.PID.0.SEQ.heapsnapshot (SEQ counts up per process).
std::string DefaultHeapSnapshotName();

// Writes up to `limit` snapshots (default names, in the working directory) as the heap nears its
// limit, raising the limit each time so that the snapshot itself can be taken.
void EnableNearHeapLimitSnapshots(v8::Isolate* isolate, uint32_t limit);

}  // namespace octet

#endif  // OCTET_SRC_DIAGNOSTICS_HEAP_SNAPSHOT_H_
