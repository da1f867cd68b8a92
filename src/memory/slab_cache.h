// A bounded free list of pool slabs (Buffer.poolSize bytes each). When a pool ArrayBuffer dies, V8
// runs its deleter — usually on a sweeper thread — and the slab comes back here instead of going
// to free(); the next pool takes it without a malloc.
//
// Two bounds: one GC frees thousands of pools at once while a busy script is creating new ones, so
// up to kBurstSlabs are kept while that happens; at the next safe point (each event-loop
// iteration) the list is trimmed back to max_idle, the long-term bound (--buffer-pool-idle-max).
//
// Threads: Return may run on any thread; everything else runs on the isolate's thread only (the
// one that creates pools and reaches safe points). Sweepers return slabs while the main thread
// takes them, so the two sides share no lock: returns push onto a lock-free stack, and the taking
// side empties that stack into a list of its own. Each side writes only its own counters (kept on
// separate cache lines); the figures below are derived from both.
#ifndef OCTET_SRC_MEMORY_SLAB_CACHE_H_
#define OCTET_SRC_MEMORY_SLAB_CACHE_H_

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace octet {

class SlabCache {
 public:
  // Slabs kept at most between two safe points (32 MiB of 8 KB slabs).
  static constexpr size_t kBurstSlabs = 4096;

  explicit SlabCache(size_t max_idle);
  ~SlabCache();
  SlabCache(const SlabCache&) = delete;
  SlabCache& operator=(const SlabCache&) = delete;

  // A slab of `size` bytes: an idle one when one is cached, else a new malloc; nullptr when malloc
  // fails. `reused` tells which. Idle slabs of another size (Buffer.poolSize changed) are freed.
  void* Take(size_t size, bool* reused);
  // Any thread: called when a pool ArrayBuffer's backing store is freed.
  void Return(void* slab, size_t size);
  // Frees every idle slab; returns the bytes released.
  size_t Trim();
  // Frees idle slabs beyond max_idle (the oldest first); returns the bytes released.
  size_t TrimToMaxIdle();
  void set_max_idle(size_t max_idle);

  size_t idle_slabs() const;
  size_t idle_bytes() const;
  size_t live_slabs() const;
  uint64_t slabs_allocated() const { return allocated_.load(std::memory_order_relaxed); }
  uint64_t slabs_reused() const { return reused_.load(std::memory_order_relaxed); }
  uint64_t slabs_freed() const;

 private:
  // An idle slab's first bytes hold its list link, so the lists need no memory of their own.
  // Slabs smaller than this are never cached.
  struct IdleSlab {
    IdleSlab* next;
    size_t size;
  };

  // Moves the returned stack (newest first) in front of the taker's list (older slabs).
  void CollectReturned();
  // Frees the slabs of a list; returns their bytes, adding them to the trimmed counters.
  size_t FreeList(IdleSlab* list);

  // Written by any thread that returns a slab.
  alignas(64) std::atomic<IdleSlab*> returned_{nullptr};
  std::atomic<uint64_t> returned_count_{0};
  std::atomic<uint64_t> returned_bytes_{0};
  std::atomic<uint64_t> discarded_count_{0};  // freed on return: the burst bound was reached

  // Written only by the isolate's thread (atomic so that other threads may read them).
  alignas(64) IdleSlab* ready_ = nullptr;  // newest first
  std::atomic<size_t> max_idle_;
  std::atomic<uint64_t> taken_count_{0};
  std::atomic<uint64_t> allocated_{0};
  std::atomic<uint64_t> reused_{0};
  std::atomic<uint64_t> reused_bytes_{0};
  std::atomic<uint64_t> trimmed_count_{0};
  std::atomic<uint64_t> trimmed_bytes_{0};
};

}  // namespace octet

#endif  // OCTET_SRC_MEMORY_SLAB_CACHE_H_
