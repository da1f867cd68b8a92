// DeferredFrees: blocks pushed from several threads while another frees the list; every block is
// freed exactly once (the sanitizer build reports a double free or a leak).
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <thread>
#include <vector>

#include "memory/allocator.h"
#include "memory/deferred_frees.h"

namespace {

TEST(DeferredFrees, FreesEveryBlockOnceUnderConcurrentPushes) {
  octet::DeferredFrees frees;
  EXPECT_TRUE(frees.empty());
  std::atomic<bool> done{false};
  std::thread drainer([&] {
    while (!done.load()) frees.FreeAll();
  });
  std::vector<std::thread> pushers;
  for (int t = 0; t < 3; ++t) {
    pushers.emplace_back([&frees, t] {
      for (int i = 0; i < 20000; ++i) frees.Push(malloc(8 + (i + t) % 200));
    });
  }
  for (std::thread& pusher : pushers) pusher.join();
  done = true;
  drainer.join();
  frees.Push(malloc(16));
  EXPECT_FALSE(frees.empty());
  frees.FreeAll();
  EXPECT_TRUE(frees.empty());
  frees.Push(malloc(sizeof(void*)));  // left for the destructor
}

// Frees of 4 KiB or more from another thread are counted at once, their memory handed back to
// malloc by the allocating thread's next allocation or a flush.
TEST(Allocator, DeferredFreesAreCountedAndFlushed) {
  octet::Allocator allocator({});
  constexpr size_t kSize = 64 * 1024;
  std::vector<void*> blocks;
  for (int i = 0; i < 8; ++i) blocks.push_back(allocator.AllocateUninitialized(kSize));
  std::thread sweeper([&] {
    for (void* block : blocks) allocator.Free(block, kSize);
  });
  sweeper.join();
  EXPECT_EQ(allocator.stats().live_bytes, 0u);
  void* again = allocator.AllocateUninitialized(kSize);  // flushes the list first
  ASSERT_NE(again, nullptr);
  allocator.Free(again, kSize);
  allocator.FlushDeferredFrees();
  EXPECT_EQ(allocator.stats().live_bytes, 0u);
  EXPECT_EQ(allocator.stats().total_frees, 9u);
}

}  // namespace
