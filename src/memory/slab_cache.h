// A bounded free list of pool slabs (Buffer.poolSize bytes each). When a pool ArrayBuffer dies, V8
// runs its deleter — usually on a sweeper thread — and the slab comes back here instead of going
// to free(); the next pool takes it without a malloc. Thread-safe; never calls into V8.
//
// Two bounds: one GC frees thousands of pools at once while a busy script is creating new ones, so
// up to kBurstSlabs are kept while that happens; at the next safe point (each event-loop
// iteration) the list is trimmed back to max_idle, the long-term bound (--buffer-pool-idle-max).
#ifndef OCTET_SRC_MEMORY_SLAB_CACHE_H_
#define OCTET_SRC_MEMORY_SLAB_CACHE_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

namespace octet {

class SlabCache {
 public:
  // Slabs kept at most between two safe points (32 MiB of 8 KB slabs).
  static constexpr size_t kBurstSlabs = 4096;

  explicit SlabCache(size_t max_idle);
  ~SlabCache();
  SlabCache(const SlabCache&) = delete;
  SlabCache& operator=(const SlabCache&) = delete;

  // A slab of `size` bytes: an idle one when one of that size is cached, else a new malloc.
  // nullptr when malloc fails. `reused` tells which.
  void* Take(size_t size, bool* reused);
  // Called from any thread when a pool ArrayBuffer's backing store is freed.
  void Return(void* slab, size_t size);
  // Frees every idle slab; returns the bytes released.
  size_t Trim();
  // Frees idle slabs beyond max_idle (the oldest first); returns the bytes released.
  size_t TrimToMaxIdle();
  void set_max_idle(size_t max_idle);

  size_t idle_slabs() const { return idle_count_.load(std::memory_order_relaxed); }
  size_t idle_bytes() const { return idle_bytes_.load(std::memory_order_relaxed); }
  size_t live_slabs() const { return live_count_.load(std::memory_order_relaxed); }
  size_t live_bytes() const { return live_bytes_.load(std::memory_order_relaxed); }
  uint64_t slabs_allocated() const { return allocated_.load(std::memory_order_relaxed); }
  uint64_t slabs_reused() const { return reused_.load(std::memory_order_relaxed); }
  uint64_t slabs_freed() const { return freed_.load(std::memory_order_relaxed); }

 private:
  struct Slab {
    void* data;
    size_t size;
  };

  std::mutex mutex_;
  std::vector<Slab> idle_;  // guarded by mutex_; the most recently returned slab is reused first
  size_t max_idle_;         // guarded by mutex_
  std::atomic<size_t> idle_count_{0};
  std::atomic<size_t> idle_bytes_{0};
  std::atomic<size_t> live_count_{0};
  std::atomic<size_t> live_bytes_{0};
  std::atomic<uint64_t> allocated_{0};
  std::atomic<uint64_t> reused_{0};
  std::atomic<uint64_t> freed_{0};
};

}  // namespace octet

#endif  // OCTET_SRC_MEMORY_SLAB_CACHE_H_
