// The slab cache and the allocator's counters under concurrency: pool slabs freed on other threads
// (as V8's sweepers free them) while the main thread allocates.
#include <gtest/gtest.h>

#include <sys/mman.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "memory/allocator.h"
#include "memory/slab_cache.h"
#include "shared_platform.h"

namespace {

constexpr size_t kSlab = 8192;

TEST(SlabCache, ReusesReturnedSlabs) {
  octet::SlabCache cache(4);
  bool reused = true;
  void* a = cache.Take(kSlab, &reused);
  EXPECT_FALSE(reused);
  cache.Return(a, kSlab);
  EXPECT_EQ(cache.idle_slabs(), 1u);
  void* b = cache.Take(kSlab, &reused);
  EXPECT_TRUE(reused);
  EXPECT_EQ(a, b);
  EXPECT_EQ(cache.slabs_allocated(), 1u);
  EXPECT_EQ(cache.slabs_reused(), 1u);
  cache.Return(b, kSlab);
}

TEST(SlabCache, IdleListIsBoundedAtSafePoints) {
  octet::SlabCache cache(2);
  bool reused;
  std::vector<void*> slabs;
  for (int i = 0; i < 5; i++) slabs.push_back(cache.Take(kSlab, &reused));
  // A burst of returns (one GC's worth) is kept for reuse...
  for (void* s : slabs) cache.Return(s, kSlab);
  EXPECT_EQ(cache.idle_slabs(), 5u);
  // ...until the next safe point trims it back to the long-term bound, keeping the newest.
  EXPECT_EQ(cache.TrimToMaxIdle(), 3 * kSlab);
  EXPECT_EQ(cache.idle_slabs(), 2u);
  EXPECT_EQ(cache.idle_bytes(), 2 * kSlab);
  EXPECT_EQ(cache.slabs_freed(), 3u);
  EXPECT_EQ(cache.live_slabs(), 0u);
  void* newest = cache.Take(kSlab, &reused);
  EXPECT_TRUE(reused);
  EXPECT_EQ(newest, slabs[4]);
  cache.Return(newest, kSlab);
}

TEST(SlabCache, BurstBoundIsHard) {
  octet::SlabCache cache(1);
  bool reused;
  std::vector<void*> slabs;
  for (size_t i = 0; i < octet::SlabCache::kBurstSlabs + 10; i++)
    slabs.push_back(cache.Take(64, &reused));
  for (void* s : slabs) cache.Return(s, 64);
  EXPECT_EQ(cache.idle_slabs(), octet::SlabCache::kBurstSlabs);
  EXPECT_EQ(cache.slabs_freed(), 10u);
}

TEST(SlabCache, SlabsOfAFormerSizeAreReleased) {
  octet::SlabCache cache(4);
  bool reused;
  void* small = cache.Take(kSlab, &reused);
  cache.Return(small, kSlab);
  // Buffer.poolSize changed: the idle slab of the old size is freed, not handed out.
  void* big = cache.Take(2 * kSlab, &reused);
  EXPECT_FALSE(reused);
  EXPECT_EQ(cache.idle_slabs(), 0u);
  EXPECT_EQ(cache.slabs_freed(), 1u);
  cache.Return(big, 2 * kSlab);
  EXPECT_EQ(cache.idle_slabs(), 1u);
  EXPECT_EQ(cache.idle_bytes(), 2 * kSlab);
  EXPECT_EQ(cache.live_slabs(), 0u);
}

// Slabs too small to hold the free list's link are never kept.
TEST(SlabCache, TinySlabsAreFreedOnReturn) {
  octet::SlabCache cache(4);
  bool reused;
  void* tiny = cache.Take(8, &reused);
  cache.Return(tiny, 8);
  EXPECT_EQ(cache.idle_slabs(), 0u);
  EXPECT_EQ(cache.slabs_freed(), 1u);
  EXPECT_EQ(cache.live_slabs(), 0u);
}

TEST(SlabCache, TrimReleasesEveryIdleSlab) {
  octet::SlabCache cache(8);
  bool reused;
  std::vector<void*> slabs;
  for (int i = 0; i < 6; i++) slabs.push_back(cache.Take(kSlab, &reused));
  for (void* s : slabs) cache.Return(s, kSlab);
  EXPECT_EQ(cache.Trim(), 6 * kSlab);
  EXPECT_EQ(cache.idle_slabs(), 0u);
  EXPECT_EQ(cache.idle_bytes(), 0u);
  void* s = cache.Take(kSlab, &reused);
  EXPECT_FALSE(reused);
  cache.Return(s, kSlab);
  EXPECT_EQ(cache.idle_slabs(), 1u);
  cache.set_max_idle(0);
  EXPECT_EQ(cache.idle_slabs(), 0u);
}

// Two threads free slabs and buffers (as sweeper threads do) while this thread allocates; at the end
// every counter must balance exactly.
TEST(Allocator, CountersExactUnderConcurrentFrees) {
  SharedPlatform();  // backing stores need V8 initialized
  octet::Allocator allocator({.zero_fill_all = false, .max_bytes = 0, .max_idle_slabs = 32});
  constexpr int kOps = 1'000'000;
  std::mutex mutex;
  std::vector<std::pair<void*, size_t>> to_free;
  std::vector<std::unique_ptr<v8::BackingStore>> slabs_to_free;
  std::atomic<bool> done{false};
  auto worker = [&] {
    for (;;) {
      std::vector<std::pair<void*, size_t>> batch;
      std::vector<std::unique_ptr<v8::BackingStore>> slab_batch;
      {
        std::lock_guard<std::mutex> lock(mutex);
        batch.swap(to_free);
        slab_batch.swap(slabs_to_free);
      }
      for (auto& [data, length] : batch) allocator.Free(data, length);
      slab_batch.clear();  // the deleter returns each slab to the cache
      if (batch.empty() && slab_batch.empty() && done.load()) return;
      if (batch.empty()) std::this_thread::yield();
    }
  };
  std::thread a(worker), b(worker);
  for (int i = 0; i < kOps; i++) {
    size_t length = 16 + (i % 64) * 8;
    void* data = (i & 1) ? allocator.Allocate(length) : allocator.AllocateUninitialized(length);
    ASSERT_NE(data, nullptr);
    std::unique_ptr<v8::BackingStore> slab;
    if (i % 50 == 0) slab = allocator.NewPoolSlab(kSlab);
    std::lock_guard<std::mutex> lock(mutex);
    to_free.emplace_back(data, length);
    if (slab) slabs_to_free.push_back(std::move(slab));
  }
  done = true;
  a.join();
  b.join();
  octet::AllocatorStats stats = allocator.stats();
  EXPECT_EQ(stats.live_bytes, 0u);
  EXPECT_EQ(stats.live_count, 0u);
  EXPECT_EQ(stats.total_allocations, stats.total_frees);
  EXPECT_EQ(stats.total_allocations, static_cast<uint64_t>(kOps + kOps / 50));
  octet::SlabCache& cache = allocator.slab_cache();
  EXPECT_EQ(cache.live_slabs(), 0u);
  EXPECT_EQ(cache.slabs_allocated() + cache.slabs_reused(), static_cast<uint64_t>(kOps / 50));
  // Slabs were returned while others were taken, so some pools got a recycled slab.
  EXPECT_GT(cache.slabs_reused(), 0u);
  cache.TrimToMaxIdle();
  EXPECT_LE(cache.idle_slabs(), 32u);
}

TEST(Allocator, LargeAllocationsAreMappedAndCounted) {
  octet::Allocator allocator({});
  size_t length = octet::Allocator::kLargeThreshold * 4;
  void* data = allocator.Allocate(length);
  ASSERT_NE(data, nullptr);
  EXPECT_EQ(static_cast<unsigned char*>(data)[length - 1], 0);
  EXPECT_EQ(allocator.stats().large_count, 1u);
  EXPECT_EQ(allocator.stats().large_bytes, length);
  allocator.Free(data, length);
  EXPECT_EQ(allocator.stats().large_count, 0u);
  EXPECT_EQ(allocator.stats().live_bytes, 0u);
}

TEST(Allocator, CapRefusesAndRecovers) {
  SharedPlatform();
  octet::Allocator allocator({.zero_fill_all = false, .max_bytes = 1 << 20, .max_idle_slabs = 4});
  void* a = allocator.Allocate(700 * 1024);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(allocator.Allocate(400 * 1024), nullptr);
  EXPECT_EQ(allocator.NewPoolSlab(400 * 1024), nullptr);
  EXPECT_EQ(allocator.stats().failed_allocations, 2u);
  EXPECT_EQ(allocator.stats().live_bytes, 700u * 1024);
  allocator.Free(a, 700 * 1024);
  void* b = allocator.Allocate(400 * 1024);
  EXPECT_NE(b, nullptr);
  allocator.Free(b, 400 * 1024);
}

TEST(Allocator, ZeroFillToggle) {
  octet::Allocator allocator({});
  // Dirty a small block, free it, and take it back uninitialized: only the toggle decides zeroing.
  for (int round = 0; round < 2; round++) {
    *allocator.zero_fill_field() = round == 0 ? 1 : 0;
    unsigned char* p = static_cast<unsigned char*>(allocator.Allocate(256));
    ASSERT_NE(p, nullptr);
    if (round == 0) {
      for (int i = 0; i < 256; i++) EXPECT_EQ(p[i], 0);
    }
    allocator.Free(p, 256);
  }
  *allocator.zero_fill_field() = 1;
  octet::Allocator zeroing({.zero_fill_all = true});
  *zeroing.zero_fill_field() = 0;
  unsigned char* q = static_cast<unsigned char*>(zeroing.AllocateUninitialized(512));
  for (int i = 0; i < 512; i++) EXPECT_EQ(q[i], 0);
  zeroing.Free(q, 512);
}

}  // namespace

namespace {

TEST(LargeCache, ReusesFreedMappingsOfTheSameSize) {
  octet::Allocator allocator({});
  size_t length = octet::Allocator::kLargeThreshold * 2;
  auto* a = static_cast<unsigned char*>(allocator.AllocateUninitialized(length));
  ASSERT_NE(a, nullptr);
  a[0] = 0xab;
  allocator.Free(a, length);
  EXPECT_EQ(allocator.large_cache().cached_bytes(), length);
  // Uninitialized: the same mapping comes back as it was left.
  auto* b = static_cast<unsigned char*>(allocator.AllocateUninitialized(length));
  EXPECT_EQ(b, a);
  EXPECT_EQ(b[0], 0xab);
  EXPECT_EQ(allocator.large_cache().reuses(), 1u);
  allocator.Free(b, length);
  // Zeroed: a recycled mapping is cleared.
  auto* c = static_cast<unsigned char*>(allocator.Allocate(length));
  EXPECT_EQ(c, a);
  EXPECT_EQ(c[0], 0);
  allocator.Free(c, length);
  // A different size does not match.
  void* d = allocator.Allocate(length * 2);
  EXPECT_NE(d, a);
  allocator.Free(d, length * 2);
}

TEST(LargeCache, BoundedAndReleasedWhenUnused) {
  octet::LargeCache cache;
  size_t length = 4u << 20;
  std::vector<void*> mappings;
  octet::Allocator allocator({});
  for (int i = 0; i < 10; i++) mappings.push_back(allocator.AllocateUninitialized(length));
  for (void* m : mappings) cache.Put(m, length);
  EXPECT_EQ(cache.cached_bytes(), octet::LargeCache::kMaxBytes);  // 8 of 10 kept, 2 unmapped
  void* taken = cache.Take(length);  // a reuse: the next check keeps the rest
  ASSERT_NE(taken, nullptr);
  munmap(taken, length);
  EXPECT_EQ(cache.ReleaseIfUnused(), 0u);
  EXPECT_EQ(cache.ReleaseIfUnused(), octet::LargeCache::kMaxBytes - length);
  EXPECT_EQ(cache.cached_bytes(), 0u);
}

}  // namespace
