#include "diagnostics/gc_tracker.h"

#include <uv.h>

#include <chrono>

#include "env.h"
#include "memory/external_memory.h"

namespace octet {

using v8::GCCallbackFlags;
using v8::GCType;
using v8::HeapStatistics;
using v8::Isolate;

namespace {

GcKind KindOf(GCType type) {
  switch (type) {
    case v8::kGCTypeScavenge:
      return GcKind::kScavenge;
    case v8::kGCTypeMinorMarkCompact:
      return GcKind::kMinorMarkCompact;
    case v8::kGCTypeMarkSweepCompact:
      return GcKind::kMarkCompact;
    case v8::kGCTypeIncrementalMarking:
      return GcKind::kIncremental;
    default:
      return GcKind::kWeakCallbacks;
  }
}

double WallClockMs() {
  using std::chrono::duration;
  using std::chrono::system_clock;
  return duration<double, std::milli>(system_clock::now().time_since_epoch()).count();
}

}  // namespace

const char* GcKindName(GcKind kind) {
  switch (kind) {
    case GcKind::kScavenge:
      return "scavenge";
    case GcKind::kMinorMarkCompact:
      return "minor-mark-compact";
    case GcKind::kMarkCompact:
      return "mark-compact";
    case GcKind::kIncremental:
      return "incremental";
    case GcKind::kWeakCallbacks:
      return "weak-callbacks";
    case GcKind::kCount:
      break;
  }
  return "unknown";
}

GcTracker::GcTracker(Environment* env, std::function<void()> after_gc)
    : env_(env), after_gc_(std::move(after_gc)) {
  env_->isolate()->AddGCPrologueCallback(OnPrologue, this);
  env_->isolate()->AddGCEpilogueCallback(OnEpilogue, this);
}

GcTracker::~GcTracker() {
  env_->isolate()->RemoveGCPrologueCallback(OnPrologue, this);
  env_->isolate()->RemoveGCEpilogueCallback(OnEpilogue, this);
}

size_t GcTracker::ExternalBytes(HeapStatistics* heap) {
  // The adjusted total is read, not synced: syncing calls into V8, which a GC callback must not.
  int64_t adjusted = env_->external_memory()->adjusted_bytes();
  return heap->external_memory() + static_cast<size_t>(adjusted > 0 ? adjusted : 0);
}

void GcTracker::NotePeaks(size_t heap_total, size_t heap_used, size_t external) {
  if (heap_total > peaks_.heap_total) peaks_.heap_total = heap_total;
  if (heap_used > peaks_.heap_used) peaks_.heap_used = heap_used;
  if (external > peaks_.external) peaks_.external = external;
}

void GcTracker::OnPrologue(Isolate* isolate, GCType type, GCCallbackFlags, void* data) {
  GcTracker* self = static_cast<GcTracker*>(data);
  int k = static_cast<int>(KindOf(type));
  HeapStatistics heap;
  isolate->GetHeapStatistics(&heap);
  self->NotePeaks(heap.total_heap_size(), heap.used_heap_size(), self->ExternalBytes(&heap));
  self->used_before_[k] = static_cast<double>(heap.used_heap_size());
  self->started_ms_[k] = WallClockMs();
  self->started_ns_[k] = uv_hrtime();
}

void GcTracker::OnEpilogue(Isolate* isolate, GCType type, GCCallbackFlags flags, void* data) {
  GcTracker* self = static_cast<GcTracker*>(data);
  GcKind kind = KindOf(type);
  int k = static_cast<int>(kind);
  if (self->started_ns_[k] == 0) return;  // began before the tracker was installed
  uint64_t pause = uv_hrtime() - self->started_ns_[k];
  self->started_ns_[k] = 0;
  GcKindStats& stats = self->stats_[k];
  stats.count++;
  stats.total_ns += pause;
  if (pause > stats.max_ns) stats.max_ns = pause;

  if (self->events_.size() < kMaxPendingEvents) {
    HeapStatistics heap;
    isolate->GetHeapStatistics(&heap);
    bool forced = (flags & (v8::kGCCallbackFlagForced |
                            v8::kGCCallbackFlagCollectAllAvailableGarbage)) != 0;
    self->events_.push_back(GcEvent{self->started_ms_[k], static_cast<double>(pause) / 1e6,
                                    self->used_before_[k],
                                    static_cast<double>(heap.used_heap_size()),
                                    static_cast<double>(self->ExternalBytes(&heap)), kind, forced});
  } else {
    self->dropped_++;
  }
  if (self->after_gc_) self->after_gc_();
}

std::vector<GcEvent> GcTracker::TakeEvents() {
  std::vector<GcEvent> events;
  events.swap(events_);
  return events;
}

}  // namespace octet
