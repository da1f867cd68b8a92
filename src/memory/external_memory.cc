#include "memory/external_memory.h"

#include "memory/slab_cache.h"
#include "util.h"

namespace octet {

ExternalMemory::ExternalMemory(v8::Isolate* isolate, uv_loop_t* loop, SlabCache* slabs)
    : isolate_(isolate), slabs_(slabs) {
  CHECK_EQ(uv_prepare_init(loop, &prepare_), 0);
  prepare_.data = this;
  CHECK_EQ(uv_prepare_start(&prepare_,
                            [](uv_prepare_t* handle) {
                              auto* self = static_cast<ExternalMemory*>(handle->data);
                              self->slabs_->TrimToMaxIdle();
                              self->Sync();
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
  int64_t wanted = native_bytes_ + static_cast<int64_t>(slabs_->idle_bytes());
  if (wanted == reported_) return;
  isolate_->AdjustAmountOfExternalAllocatedMemory(wanted - reported_);
  reported_ = wanted;
}

}  // namespace octet
