#include "memory/external_memory.h"

#include "memory/allocator.h"
#include "memory/slab_cache.h"
#include "util.h"

namespace octet {

ExternalMemory::ExternalMemory(v8::Isolate* isolate, uv_loop_t* loop, Allocator* allocator)
    : isolate_(isolate), allocator_(allocator) {
  CHECK_EQ(uv_prepare_init(loop, &prepare_), 0);
  prepare_.data = this;
  CHECK_EQ(uv_prepare_start(&prepare_,
                            [](uv_prepare_t* handle) {
                              auto* self = static_cast<ExternalMemory*>(handle->data);
                              self->allocator_->slab_cache().TrimToMaxIdle();
                              self->allocator_->large_cache().ReleaseIfUnused();
                              self->allocator_->FlushDeferredFrees();
                              self->Sync();
                              self->NudgeGarbageCollection();
                            }),
           0);
  // Accounting must never keep a process alive.
  uv_unref(reinterpret_cast<uv_handle_t*>(&prepare_));
}

ExternalMemory::~ExternalMemory() { CHECK(closed_); }

void ExternalMemory::Close() {
  if (closed_) return;
  closed_ = true;
  uv_close(reinterpret_cast<uv_handle_t*>(&prepare_), nullptr);
}

void ExternalMemory::AddNativeBytes(int64_t delta) {
  native_bytes_ += delta;
  CHECK_GE(native_bytes_, 0);
  Sync();
}

void ExternalMemory::Sync() {
  int64_t wanted = native_bytes_ +
                   static_cast<int64_t>(allocator_->slab_cache().idle_bytes() +
                                        allocator_->large_cache().cached_bytes());
  if (wanted == reported_) return;
  isolate_->AdjustAmountOfExternalAllocatedMemory(wanted - reported_);
  reported_ = wanted;
}

}  // namespace octet

namespace octet {

void ExternalMemory::NudgeGarbageCollection() {
  size_t live = allocator_->live_bytes();
  if (live < low_water_bytes_) low_water_bytes_ = live;
  if (live - low_water_bytes_ < kGrowthBeforeGC) return;
  // Starts incremental marking if none is running; it finishes in the platform's foreground tasks,
  // which the loop pumps every iteration.
  isolate_->MemoryPressureNotification(v8::MemoryPressureLevel::kModerate);
  low_water_bytes_ = live;
}

}  // namespace octet
