// Connects a BufferTracker to octet's ArrayBuffer allocator through the allocator's observer hook
// (Allocator::Observer / Allocator::set_observer in src/memory/allocator.h). With no observer set,
// the allocator pays one never-taken branch per allocation and nothing else.
//
// The hook is looked up at compile time so that diagnostics build against an allocator that does
// not offer it; --track-buffers then says that allocation sites are unavailable.
#ifndef OCTET_SRC_DIAGNOSTICS_ALLOCATOR_HOOK_H_
#define OCTET_SRC_DIAGNOSTICS_ALLOCATOR_HOOK_H_

#include <memory>
#include <type_traits>
#include <utility>

#include "diagnostics/buffer_tracker.h"

namespace octet {

template <typename A, typename = void>
struct AllocatorHook {
  static BufferTracker* Attach(A*, std::unique_ptr<BufferTracker>) { return nullptr; }
};

template <typename A>
struct AllocatorHook<A, std::void_t<typename A::Observer>> {
  // Owned by the allocator: frees arrive from sweeper threads until the isolate is gone, so the
  // tracker lives exactly as long as the allocator.
  class Adapter final : public A::Observer {
   public:
    explicit Adapter(std::unique_ptr<BufferTracker> tracker) : tracker_(std::move(tracker)) {}
    void OnAllocate(void* data, size_t length) override { tracker_->OnAllocate(data, length); }
    void OnFree(void* data, size_t length) override { tracker_->OnFree(data, length); }

   private:
    std::unique_ptr<BufferTracker> tracker_;
  };

  static BufferTracker* Attach(A* allocator, std::unique_ptr<BufferTracker> tracker) {
    BufferTracker* raw = tracker.get();
    allocator->set_observer(std::make_unique<Adapter>(std::move(tracker)));
    return raw;
  }
};

// The attached tracker (owned by the allocator), or nullptr when the allocator has no hook.
template <typename A>
BufferTracker* AttachBufferTracker(A* allocator, std::unique_ptr<BufferTracker> tracker) {
  return AllocatorHook<A>::Attach(allocator, std::move(tracker));
}

}  // namespace octet

#endif  // OCTET_SRC_DIAGNOSTICS_ALLOCATOR_HOOK_H_
