// Backing stores freed on V8's sweeper threads, handed back to malloc by the thread that
// allocates.
//
// V8 frees most ArrayBuffers on a background sweeper while the isolate's thread allocates new
// ones. glibc then serializes the two threads on the same arena lock (futex waits were 12% of a
// loop of Buffer.from(64 KiB string)), and chunks freed on the sweeper are not the ones the
// allocating thread gets back next. Here a free only links the block into a lock-free list (the
// link is written into the dead block itself); the allocating side takes the whole list with one
// exchange and frees it, so both sides stay lock-free.
#ifndef OCTET_SRC_MEMORY_DEFERRED_FREES_H_
#define OCTET_SRC_MEMORY_DEFERRED_FREES_H_

#include <atomic>
#include <cstdlib>

namespace octet {

class DeferredFrees {
 public:
  DeferredFrees() = default;
  ~DeferredFrees() { FreeAll(); }
  DeferredFrees(const DeferredFrees&) = delete;
  DeferredFrees& operator=(const DeferredFrees&) = delete;

  // Any thread. `data` came from malloc and holds at least a pointer (the link).
  void Push(void* data) {
    Node* node = static_cast<Node*>(data);
    node->next = head_.load(std::memory_order_relaxed);
    while (!head_.compare_exchange_weak(node->next, node, std::memory_order_release,
                                        std::memory_order_relaxed)) {
    }
  }

  // Any thread: frees everything pushed so far. Taking the whole list at once, never one node,
  // leaves no ABA window however many threads push or take.
  void FreeAll() {
    Node* node = head_.exchange(nullptr, std::memory_order_acquire);
    while (node != nullptr) {
      Node* next = node->next;
      free(node);
      node = next;
    }
  }

  bool empty() const { return head_.load(std::memory_order_relaxed) == nullptr; }

 private:
  struct Node {
    Node* next;
  };
  std::atomic<Node*> head_{nullptr};
};

}  // namespace octet

#endif  // OCTET_SRC_MEMORY_DEFERRED_FREES_H_
