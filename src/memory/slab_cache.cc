#include "memory/slab_cache.h"

#include <algorithm>
#include <cstdlib>

namespace octet {

SlabCache::SlabCache(size_t max_idle) : max_idle_(max_idle) {}

SlabCache::~SlabCache() { Trim(); }

void* SlabCache::Take(size_t size, bool* reused) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    // Most recent first: its pages are the likeliest to still be in cache.
    for (size_t i = idle_.size(); i-- > 0;) {
      if (idle_[i].size != size) continue;
      void* data = idle_[i].data;
      idle_[i] = idle_.back();
      idle_.pop_back();
      idle_count_.fetch_sub(1, std::memory_order_relaxed);
      idle_bytes_.fetch_sub(size, std::memory_order_relaxed);
      live_count_.fetch_add(1, std::memory_order_relaxed);
      live_bytes_.fetch_add(size, std::memory_order_relaxed);
      reused_.fetch_add(1, std::memory_order_relaxed);
      *reused = true;
      return data;
    }
  }
  void* data = malloc(size);
  if (data == nullptr) return nullptr;
  live_count_.fetch_add(1, std::memory_order_relaxed);
  live_bytes_.fetch_add(size, std::memory_order_relaxed);
  allocated_.fetch_add(1, std::memory_order_relaxed);
  *reused = false;
  return data;
}

void SlabCache::Return(void* slab, size_t size) {
  live_count_.fetch_sub(1, std::memory_order_relaxed);
  live_bytes_.fetch_sub(size, std::memory_order_relaxed);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (idle_.size() < std::max(max_idle_, kBurstSlabs)) {
      idle_.push_back({slab, size});
      idle_count_.fetch_add(1, std::memory_order_relaxed);
      idle_bytes_.fetch_add(size, std::memory_order_relaxed);
      return;
    }
  }
  free(slab);
  freed_.fetch_add(1, std::memory_order_relaxed);
}

size_t SlabCache::Trim() {
  std::vector<Slab> victims;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    victims.swap(idle_);
  }
  size_t released = 0;
  for (const Slab& slab : victims) {
    free(slab.data);
    released += slab.size;
  }
  idle_count_.fetch_sub(victims.size(), std::memory_order_relaxed);
  idle_bytes_.fetch_sub(released, std::memory_order_relaxed);
  freed_.fetch_add(victims.size(), std::memory_order_relaxed);
  return released;
}

size_t SlabCache::TrimToMaxIdle() {
  if (idle_count_.load(std::memory_order_relaxed) <= max_idle_) return 0;
  std::vector<Slab> victims;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (idle_.size() <= max_idle_) return 0;
    // The most recently returned slabs (at the back) are the warmest: keep those.
    size_t excess = idle_.size() - max_idle_;
    victims.assign(idle_.begin(), idle_.begin() + excess);
    idle_.erase(idle_.begin(), idle_.begin() + excess);
  }
  size_t released = 0;
  for (const Slab& slab : victims) {
    free(slab.data);
    released += slab.size;
  }
  idle_count_.fetch_sub(victims.size(), std::memory_order_relaxed);
  idle_bytes_.fetch_sub(released, std::memory_order_relaxed);
  freed_.fetch_add(victims.size(), std::memory_order_relaxed);
  return released;
}

void SlabCache::set_max_idle(size_t max_idle) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    max_idle_ = max_idle;
  }
  TrimToMaxIdle();
}

}  // namespace octet
