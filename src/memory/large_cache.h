// Recently freed large mappings (>= Allocator::kLargeThreshold), kept for a while for reuse.
//
// Large ArrayBuffers are mapped from the OS so that their memory goes back when they die; but a
// fresh mapping page-faults on every first touch, which makes `Buffer.concat` into 1 MiB or a loop
// of allocUnsafe(1 MiB) several times slower than reusing memory. This cache keeps up to
// kMaxBytes of freed mappings; they are reused by allocations of the same size, and released when
// a loop turn passes without any reuse (a busy allocation loop keeps them; an idle process does
// not), on trim() and on a last-resort GC. Thread-safe: V8 frees on its sweeper threads.
#ifndef OCTET_SRC_MEMORY_LARGE_CACHE_H_
#define OCTET_SRC_MEMORY_LARGE_CACHE_H_

#include <atomic>
#include <cstddef>
#include <mutex>
#include <vector>

namespace octet {

class LargeCache {
 public:
  static constexpr size_t kMaxBytes = 32u << 20;
  static constexpr size_t kMaxEntries = 32;

  LargeCache() = default;
  ~LargeCache();
  LargeCache(const LargeCache&) = delete;
  LargeCache& operator=(const LargeCache&) = delete;

  // A cached mapping of exactly `length` bytes (its old contents intact), or nullptr.
  void* Take(size_t length);
  // Keeps the mapping if there is room, else unmaps it.
  void Put(void* data, size_t length);
  // Unmaps everything cached; returns the bytes released.
  size_t Release();
  // Releases everything if nothing was taken since the previous call (called each loop turn).
  size_t ReleaseIfUnused();

  size_t cached_bytes() const { return bytes_.load(std::memory_order_relaxed); }
  uint64_t reuses() const { return reuses_.load(std::memory_order_relaxed); }

 private:
  struct Mapping {
    void* data;
    size_t length;
  };
  std::mutex mutex_;
  std::vector<Mapping> mappings_;  // guarded by mutex_
  std::atomic<size_t> bytes_{0};
  std::atomic<uint64_t> reuses_{0};
  std::atomic<bool> taken_since_check_{false};
};

}  // namespace octet

#endif  // OCTET_SRC_MEMORY_LARGE_CACHE_H_
