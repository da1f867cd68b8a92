// Garbage collections as the memory diagnostics see them: count and pause time by kind, from V8's
// GC prologue/epilogue callbacks, plus a bounded log of recent collections (the report's GC marks).
// The prologue also reads the heap, because heap use peaks just before a collection.
//
// Everything here runs on the isolate's thread, inside the collection: no JS, no V8 allocation.
#ifndef OCTET_SRC_DIAGNOSTICS_GC_TRACKER_H_
#define OCTET_SRC_DIAGNOSTICS_GC_TRACKER_H_

#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace octet {

class Environment;

enum class GcKind : uint8_t {
  kScavenge,
  kMinorMarkCompact,
  kMarkCompact,
  kIncremental,  // the pause that starts (or finalizes) incremental marking
  kWeakCallbacks,
  kCount
};

const char* GcKindName(GcKind kind);

struct GcKindStats {
  uint64_t count = 0;
  uint64_t total_ns = 0;
  uint64_t max_ns = 0;
};

struct GcEvent {
  double time_ms;        // wall clock, ms since the epoch, at the start of the pause
  double pause_ms;
  double heap_used_before;
  double heap_used_after;
  double external_after;  // V8's external figure + octet's adjusted native bytes
  GcKind kind;
  bool forced;            // a synchronous, all-garbage collection (gc(), LowMemoryNotification)
};

struct HeapPeaks {
  size_t heap_total = 0;
  size_t heap_used = 0;
  size_t external = 0;
};

class GcTracker {
 public:
  // `after_gc` runs at the end of every collection, still inside it (it may only wake the loop).
  GcTracker(Environment* env, std::function<void()> after_gc);
  ~GcTracker();
  GcTracker(const GcTracker&) = delete;
  GcTracker& operator=(const GcTracker&) = delete;

  const GcKindStats& stats(GcKind kind) const { return stats_[static_cast<int>(kind)]; }
  const HeapPeaks& peaks() const { return peaks_; }
  // Folds one more reading into the peaks (samplers call this with what they read).
  void NotePeaks(size_t heap_total, size_t heap_used, size_t external);
  // The collections logged since the last call, oldest first.
  std::vector<GcEvent> TakeEvents();
  // Collections that did not fit in the log (JS did not drain it in time).
  uint64_t dropped_events() const { return dropped_; }

 private:
  static constexpr size_t kMaxPendingEvents = 100000;
  static void OnPrologue(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags flags,
                         void* data);
  static void OnEpilogue(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags flags,
                         void* data);
  size_t ExternalBytes(v8::HeapStatistics* heap);

  Environment* env_;
  std::function<void()> after_gc_;
  GcKindStats stats_[static_cast<int>(GcKind::kCount)];
  uint64_t started_ns_[static_cast<int>(GcKind::kCount)] = {};
  double started_ms_[static_cast<int>(GcKind::kCount)] = {};
  double used_before_[static_cast<int>(GcKind::kCount)] = {};
  HeapPeaks peaks_;
  std::vector<GcEvent> events_;
  uint64_t dropped_ = 0;
};

}  // namespace octet

#endif  // OCTET_SRC_DIAGNOSTICS_GC_TRACKER_H_
