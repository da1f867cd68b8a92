#include "memory/slab_cache.h"

#include <algorithm>
#include <cstdlib>

namespace octet {

namespace {

// For counters only one thread writes: a plain load and store, no locked instruction.
void Bump(std::atomic<uint64_t>& counter, uint64_t by) {
  counter.store(counter.load(std::memory_order_relaxed) + by, std::memory_order_relaxed);
}

// a - b for counters read on another thread than the one writing b, which may be ahead.
uint64_t Difference(uint64_t a, uint64_t b) { return a > b ? a - b : 0; }

}  // namespace

SlabCache::SlabCache(size_t max_idle) : max_idle_(max_idle) {}

SlabCache::~SlabCache() { Trim(); }

void* SlabCache::Take(size_t size, bool* reused) {
  for (;;) {
    if (ready_ == nullptr) {
      CollectReturned();
      if (ready_ == nullptr) break;
    }
    IdleSlab* slab = ready_;
    ready_ = slab->next;
    size_t slab_size = slab->size;
    if (slab_size != size) {
      // A slab of a former Buffer.poolSize: no pool will ask for it again.
      free(slab);
      Bump(trimmed_count_, 1);
      Bump(trimmed_bytes_, slab_size);
      continue;
    }
    Bump(reused_bytes_, size);
    Bump(reused_, 1);
    Bump(taken_count_, 1);
    *reused = true;
    return slab;
  }
  void* data = malloc(size);
  if (data == nullptr) return nullptr;
  Bump(allocated_, 1);
  Bump(taken_count_, 1);
  *reused = false;
  return data;
}

void SlabCache::Return(void* slab, size_t size) {
  if (size < sizeof(IdleSlab) ||
      idle_slabs() >= std::max(max_idle_.load(std::memory_order_relaxed), kBurstSlabs)) {
    free(slab);
    discarded_count_.fetch_add(1, std::memory_order_relaxed);
    return;
  }
  IdleSlab* node = static_cast<IdleSlab*>(slab);
  node->size = size;
  // Counted before the push, so whoever pops the slab also sees it counted.
  returned_count_.fetch_add(1, std::memory_order_relaxed);
  returned_bytes_.fetch_add(size, std::memory_order_relaxed);
  IdleSlab* head = returned_.load(std::memory_order_relaxed);
  do {
    node->next = head;
  } while (!returned_.compare_exchange_weak(head, node, std::memory_order_release,
                                            std::memory_order_relaxed));
}

void SlabCache::CollectReturned() {
  // Taking the whole stack at once cannot suffer ABA: nothing is popped from it one by one.
  IdleSlab* returned = returned_.exchange(nullptr, std::memory_order_acquire);
  if (returned == nullptr) return;
  if (ready_ == nullptr) {
    ready_ = returned;
    return;
  }
  IdleSlab* tail = returned;
  while (tail->next != nullptr) tail = tail->next;
  tail->next = ready_;
  ready_ = returned;
}

size_t SlabCache::FreeList(IdleSlab* list) {
  uint64_t count = 0;
  size_t bytes = 0;
  while (list != nullptr) {
    IdleSlab* next = list->next;
    bytes += list->size;
    count++;
    free(list);
    list = next;
  }
  Bump(trimmed_count_, count);
  Bump(trimmed_bytes_, bytes);
  return bytes;
}

size_t SlabCache::Trim() {
  CollectReturned();
  IdleSlab* victims = ready_;
  ready_ = nullptr;
  return FreeList(victims);
}

size_t SlabCache::TrimToMaxIdle() {
  size_t max_idle = max_idle_.load(std::memory_order_relaxed);
  if (idle_slabs() <= max_idle) return 0;
  CollectReturned();
  // The list runs newest first; the newest are the warmest, so keep those.
  IdleSlab** cut = &ready_;
  for (size_t kept = 0; kept < max_idle && *cut != nullptr; kept++) cut = &(*cut)->next;
  IdleSlab* victims = *cut;
  *cut = nullptr;
  return FreeList(victims);
}

void SlabCache::set_max_idle(size_t max_idle) {
  max_idle_.store(max_idle, std::memory_order_relaxed);
  TrimToMaxIdle();
}

size_t SlabCache::idle_slabs() const {
  // The taker's counters first: every slab it counts was returned, and counted, before.
  uint64_t gone = reused_.load(std::memory_order_relaxed) +
                  trimmed_count_.load(std::memory_order_relaxed);
  return Difference(returned_count_.load(std::memory_order_relaxed), gone);
}

size_t SlabCache::idle_bytes() const {
  uint64_t gone = reused_bytes_.load(std::memory_order_relaxed) +
                  trimmed_bytes_.load(std::memory_order_relaxed);
  return Difference(returned_bytes_.load(std::memory_order_relaxed), gone);
}

size_t SlabCache::live_slabs() const {
  uint64_t back = returned_count_.load(std::memory_order_relaxed) +
                  discarded_count_.load(std::memory_order_relaxed);
  return Difference(taken_count_.load(std::memory_order_relaxed), back);
}

uint64_t SlabCache::slabs_freed() const {
  return discarded_count_.load(std::memory_order_relaxed) +
         trimmed_count_.load(std::memory_order_relaxed);
}

}  // namespace octet
