#include "memory/allocator.h"

#include <sys/mman.h>

#include <cstdlib>
#include <cstring>

#include "util.h"

namespace octet {

Allocator::Allocator(const Options& options) : options_(options), slabs_(options.max_idle_slabs) {}

Allocator::~Allocator() = default;

void Allocator::set_observer(std::unique_ptr<Observer> observer) {
  CHECK(!observer_owner_);
  observer_owner_ = std::move(observer);
  observer_.store(observer_owner_.get(), std::memory_order_release);
}

size_t Allocator::live_bytes() const {
  // Freed first: a free is counted after its allocation, so on a CPU that keeps loads in order
  // this never goes below zero; the guard covers one that does not.
  size_t freed = freed_bytes_.load(std::memory_order_relaxed);
  size_t allocated = allocated_bytes_.load(std::memory_order_relaxed);
  return allocated > freed ? allocated - freed : 0;
}

bool Allocator::Reserve(size_t length) {
  size_t freed = freed_bytes_.load(std::memory_order_relaxed);
  size_t live = allocated_bytes_.fetch_add(length, std::memory_order_relaxed) + length - freed;
  if (options_.max_bytes != 0 && live > options_.max_bytes) {
    allocated_bytes_.fetch_sub(length, std::memory_order_relaxed);
    failed_.fetch_add(1, std::memory_order_relaxed);
    return false;
  }
  total_allocations_.fetch_add(1, std::memory_order_relaxed);
  size_t peak = peak_bytes_.load(std::memory_order_relaxed);
  while (live > peak &&
         !peak_bytes_.compare_exchange_weak(peak, live, std::memory_order_relaxed)) {
  }
  return true;
}

void Allocator::Unreserve(size_t length) {
  allocated_bytes_.fetch_sub(length, std::memory_order_relaxed);
  total_allocations_.fetch_sub(1, std::memory_order_relaxed);
  failed_.fetch_add(1, std::memory_order_relaxed);
}

void Allocator::Release(size_t length) {
  freed_bytes_.fetch_add(length, std::memory_order_relaxed);
  total_frees_.fetch_add(1, std::memory_order_relaxed);
}

void* Allocator::AllocateBytes(size_t length, bool zeroed) {
  // Over the cap, refuse: V8 then collects garbage and retries before throwing node's RangeError.
  if (!Reserve(length)) return nullptr;
  void* data;
  if (length >= kLargeThreshold) {
    // A recycled mapping skips the page faults of fresh memory; fresh anonymous pages are already
    // zero, so only a recycled one needs clearing.
    data = large_.Take(length);
    if (data != nullptr) {
      if (zeroed) memset(data, 0, length);
    } else {
      data = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (data == MAP_FAILED) data = nullptr;
    }
    if (data != nullptr) {
      large_count_.fetch_add(1, std::memory_order_relaxed);
      large_bytes_.fetch_add(length, std::memory_order_relaxed);
    }
  } else {
    if (!deferred_frees_.empty()) deferred_frees_.FreeAll();
    data = zeroed ? calloc(length ? length : 1, 1) : malloc(length ? length : 1);
  }
  if (data == nullptr) {
    Unreserve(length);
  } else if (Observer* observer = observer_.load(std::memory_order_acquire)) {
    observer->OnAllocate(data, length);
  }
  return data;
}

void* Allocator::Allocate(size_t length) {
  return AllocateBytes(length, zero_fill_field_ != 0 || options_.zero_fill_all);
}

void* Allocator::AllocateUninitialized(size_t length) {
  return AllocateBytes(length, options_.zero_fill_all);
}

void Allocator::Free(void* data, size_t length) {
  if (data == nullptr) return;
  if (Observer* observer = observer_.load(std::memory_order_acquire)) observer->OnFree(data, length);
  if (length >= kLargeThreshold) {
    large_.Put(data, length);
    large_count_.fetch_sub(1, std::memory_order_relaxed);
    large_bytes_.fetch_sub(length, std::memory_order_relaxed);
  } else if (length >= kDeferredFreeThreshold) {
    deferred_frees_.Push(data);
  } else {
    free(data);
  }
  Release(length);
}

std::unique_ptr<v8::BackingStore> Allocator::NewPoolSlab(size_t size) {
  if (!Reserve(size)) return nullptr;
  bool reused = false;
  void* data = slabs_.Take(size, &reused);
  if (data == nullptr) {
    Unreserve(size);
    return nullptr;
  }
  // A recycled slab holds an old pool's bytes; that is what allocUnsafe promises, unless every
  // allocation must be zeroed.
  if (options_.zero_fill_all) memset(data, 0, size);
  if (Observer* observer = observer_.load(std::memory_order_acquire)) observer->OnAllocate(data, size);
  return v8::ArrayBuffer::NewBackingStore(data, size, FreeSlab, this);
}

void Allocator::FreeSlab(void* data, size_t length, void* allocator) {
  Allocator* self = static_cast<Allocator*>(allocator);
  if (Observer* observer = self->observer_.load(std::memory_order_acquire))
    observer->OnFree(data, length);
  self->slabs_.Return(data, length);
  self->Release(length);
}

AllocatorStats Allocator::stats() const {
  uint64_t frees = total_frees_.load(std::memory_order_relaxed);
  uint64_t allocations = total_allocations_.load(std::memory_order_relaxed);
  return AllocatorStats{
      live_bytes(),
      static_cast<size_t>(allocations > frees ? allocations - frees : 0),
      peak_bytes_.load(std::memory_order_relaxed),
      allocations,
      frees,
      large_count_.load(std::memory_order_relaxed),
      large_bytes_.load(std::memory_order_relaxed),
      large_.cached_bytes(),
      large_.reuses(),
      failed_.load(std::memory_order_relaxed),
  };
}

}  // namespace octet
