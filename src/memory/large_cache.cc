#include "memory/large_cache.h"

#include <sys/mman.h>

namespace octet {

LargeCache::~LargeCache() { Release(); }

void* LargeCache::Take(size_t length) {
  if (bytes_.load(std::memory_order_relaxed) == 0) return nullptr;
  std::lock_guard<std::mutex> lock(mutex_);
  for (size_t i = mappings_.size(); i-- > 0;) {
    if (mappings_[i].length != length) continue;
    void* data = mappings_[i].data;
    mappings_.erase(mappings_.begin() + static_cast<long>(i));
    bytes_.fetch_sub(length, std::memory_order_relaxed);
    reuses_.fetch_add(1, std::memory_order_relaxed);
    taken_since_check_.store(true, std::memory_order_relaxed);
    return data;
  }
  return nullptr;
}

void LargeCache::Put(void* data, size_t length) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (mappings_.size() < kMaxEntries && bytes_.load(std::memory_order_relaxed) + length <= kMaxBytes) {
      mappings_.push_back({data, length});
      bytes_.fetch_add(length, std::memory_order_relaxed);
      return;
    }
  }
  munmap(data, length);
}

size_t LargeCache::Release() {
  std::vector<Mapping> victims;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    victims.swap(mappings_);
  }
  size_t released = 0;
  for (const Mapping& m : victims) {
    munmap(m.data, m.length);
    released += m.length;
  }
  bytes_.fetch_sub(released, std::memory_order_relaxed);
  return released;
}

size_t LargeCache::ReleaseIfUnused() {
  if (taken_since_check_.exchange(false, std::memory_order_relaxed)) return 0;
  return bytes_.load(std::memory_order_relaxed) ? Release() : 0;
}

}  // namespace octet
