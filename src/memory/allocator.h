// octet's ArrayBuffer allocator: every ArrayBuffer in an isolate gets its bytes here.
//
// Three classes of memory, counted separately:
//  - pool slabs: the Buffer.poolSize ArrayBuffers under small Buffers, recycled by a SlabCache;
//  - large: >= kLargeThreshold bytes, mapped straight from the OS and unmapped on free (after a
//    short stay in a LargeCache for reuse), so a peak of big buffers does not stay in the process
//    after they die;
//  - small: everything else, from malloc; frees of 4 KiB or more are returned to malloc by the
//    allocating thread (DeferredFrees).
// V8 frees backing stores on background sweeper threads, so everything here is thread-safe and
// never calls into V8.
#ifndef OCTET_SRC_MEMORY_ALLOCATOR_H_
#define OCTET_SRC_MEMORY_ALLOCATOR_H_

#include <v8.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>

#include "memory/deferred_frees.h"
#include "memory/large_cache.h"
#include "memory/slab_cache.h"

namespace octet {

struct AllocatorStats {
  size_t live_bytes;  // every class, slabs included
  size_t live_count;
  size_t peak_bytes;
  uint64_t total_allocations;
  uint64_t total_frees;
  size_t large_count;
  size_t large_bytes;
  size_t large_cached_bytes;  // freed mappings kept for reuse
  uint64_t large_reuses;
  uint64_t failed_allocations;  // refused by the cap or by the OS
};

class Allocator final : public v8::ArrayBuffer::Allocator {
 public:
  static constexpr size_t kLargeThreshold = 128 * 1024;
  // Frees of at least this many bytes go through DeferredFrees.
  static constexpr size_t kDeferredFreeThreshold = 4096;

  struct Options {
    bool zero_fill_all = false;  // --zero-fill-buffers
    size_t max_bytes = 0;        // --max-external-memory; 0 = no cap
    size_t max_idle_slabs = 16;  // --buffer-pool-idle-max
  };

  // Sees every allocation and free (the --track-buffers diagnostics). OnAllocate runs on the
  // isolate's thread (V8 allocates there) and may look at the JS stack; OnFree runs on whatever
  // thread frees — usually V8's sweepers — so it must be thread-safe and must not call into V8.
  class Observer {
   public:
    virtual ~Observer() = default;
    virtual void OnAllocate(void* data, size_t length) = 0;
    virtual void OnFree(void* data, size_t length) = 0;
  };

  explicit Allocator(const Options& options);
  ~Allocator() override;

  // Installs the observer (once, on the main thread, before scripts run); the allocator owns it
  // until it is destroyed. With none, each allocation pays one untaken branch.
  void set_observer(std::unique_ptr<Observer> observer);

  // Zeroed, unless JS cleared the zero-fill toggle for an allocUnsafe-style allocation.
  void* Allocate(size_t length) override;
  void* AllocateUninitialized(size_t length) override;
  void Free(void* data, size_t length) override;

  // A pool slab as a backing store whose deleter hands the slab back to the cache.
  // Empty when the cap or the OS refuses.
  std::unique_ptr<v8::BackingStore> NewPoolSlab(size_t size);

  // JS writes 0 here (via a Uint32Array) around allocations that need no zeroing, as node does.
  uint32_t* zero_fill_field() { return &zero_fill_field_; }
  bool zero_fill_all() const { return options_.zero_fill_all; }

  // Hands blocks freed on other threads back to malloc (also done by each small allocation).
  void FlushDeferredFrees() { deferred_frees_.FreeAll(); }

  SlabCache& slab_cache() { return slabs_; }
  LargeCache& large_cache() { return large_; }
  AllocatorStats stats() const;
  size_t live_bytes() const;
  size_t max_bytes() const { return options_.max_bytes; }

 private:
  void* AllocateBytes(size_t length, bool zeroed);
  // Counts an allocation of `length` bytes; false (and nothing counted) when the cap would be
  // passed. Unreserve takes back one whose memory could not be had; Release counts a free.
  bool Reserve(size_t length);
  void Unreserve(size_t length);
  void Release(size_t length);
  static void FreeSlab(void* data, size_t length, void* allocator);

  const Options options_;
  std::unique_ptr<Observer> observer_owner_;
  std::atomic<Observer*> observer_{nullptr};
  uint32_t zero_fill_field_ = 1;
  SlabCache slabs_;
  LargeCache large_;
  DeferredFrees deferred_frees_;
  // Allocations mostly happen on the isolate's thread and frees on V8's sweepers: the two sides
  // count on separate cache lines (live = allocated - freed) so they do not contend.
  alignas(64) std::atomic<size_t> allocated_bytes_{0};
  std::atomic<uint64_t> total_allocations_{0};
  std::atomic<size_t> peak_bytes_{0};
  alignas(64) std::atomic<size_t> freed_bytes_{0};
  std::atomic<uint64_t> total_frees_{0};
  alignas(64) std::atomic<size_t> large_count_{0};
  std::atomic<size_t> large_bytes_{0};
  std::atomic<uint64_t> failed_{0};
};

}  // namespace octet

#endif  // OCTET_SRC_MEMORY_ALLOCATOR_H_
