// --track-buffers[=MIN_BYTES]: where every live ArrayBuffer of at least MIN_BYTES was allocated.
//
// An observer of octet's allocator, owned by it: frees keep arriving from V8's sweeper threads
// until the isolate is gone, so the tracker lives exactly as long as the allocator. OnAllocate runs
// on the isolate's thread while the JS that asked for the bytes is still on the stack, so the site
// is the current stack trace (capturing it allocates on the V8 heap, which V8 itself may do at that
// point: it collects garbage there when memory is short); off the isolate's thread, or with no JS
// on the stack, the site is "native". OnFree comes from any thread, before the bytes are released,
// and never calls into V8. A site is the first
// frame outside octet's built-in modules plus the next two user frames — the line a person would
// edit. Sites are interned by script id, line and column, so a hot allocation line costs a stack
// walk and a hash look-up, and its strings are built once.
#ifndef OCTET_SRC_DIAGNOSTICS_BUFFER_TRACKER_H_
#define OCTET_SRC_DIAGNOSTICS_BUFFER_TRACKER_H_

#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "memory/allocator.h"

namespace octet {

class BufferTracker final : public Allocator::Observer {
 public:
  struct Frame {
    std::string function;  // "" for top-level code
    std::string script;
    int line;
    int column;
  };
  struct Site {
    std::vector<Frame> frames;  // empty: allocated with no JS on the stack (native code)
    size_t live_bytes = 0;
    size_t live_count = 0;
    uint64_t total_count = 0;
    uint64_t total_bytes = 0;
  };

  BufferTracker(v8::Isolate* isolate, size_t min_bytes);
  BufferTracker(const BufferTracker&) = delete;
  BufferTracker& operator=(const BufferTracker&) = delete;

  void OnAllocate(void* data, size_t length) override;
  void OnFree(void* data, size_t length) override;

  size_t min_bytes() const { return min_bytes_; }
  // The `limit` sites holding the most live bytes (then the most buffers), copied under the lock.
  std::vector<Site> TopSites(size_t limit);
  // Live tracked buffers and their bytes, over all sites.
  void Totals(size_t* live_bytes, size_t* live_count);

 private:
  static constexpr int kCapturedFrames = 12;
  static constexpr size_t kSiteFrames = 3;

  struct Key {
    int parts[kSiteFrames * 3];
    bool operator==(const Key& other) const;
  };
  struct KeyHash {
    size_t operator()(const Key& key) const;
  };
  struct Live {
    size_t length;
    uint32_t site;
  };

  // The interned site of the current stack (isolate thread only).
  uint32_t CurrentSite();
  bool IsBuiltinScript(v8::Local<v8::StackFrame> frame);

  v8::Isolate* isolate_;
  const size_t min_bytes_;
  std::unordered_map<int, bool> builtin_scripts_;  // script id → from octet's lib/ (isolate thread)
  std::unordered_map<Key, uint32_t, KeyHash> site_ids_;  // isolate thread
  std::mutex mutex_;                                      // guards everything below
  std::vector<Site> sites_;
  std::unordered_map<void*, Live> live_;
  size_t live_bytes_ = 0;
};

}  // namespace octet

#endif  // OCTET_SRC_DIAGNOSTICS_BUFFER_TRACKER_H_
