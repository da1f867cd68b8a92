// Native memory V8 cannot see, reported to it with AdjustAmountOfExternalAllocatedMemory so that
// GC pressure reflects it: idle pool slabs, cached large mappings, and native side buffers other bindings hold (read
// buffers before they become ArrayBuffers, crypto contexts). ArrayBuffer bytes are never reported
// here: V8 already counts them.
//
// Adjust may run only on the isolate's thread at a safe point; slabs go idle on sweeper threads, so
// their total is re-read and reported at safe points: each loop iteration (a prepare handle, which
// also trims a burst of idle slabs back to the long-term bound), pool creation, and every read of
// the statistics.
#ifndef OCTET_SRC_MEMORY_EXTERNAL_MEMORY_H_
#define OCTET_SRC_MEMORY_EXTERNAL_MEMORY_H_

#include <uv.h>
#include <v8.h>

#include <cstdint>

namespace octet {

class Allocator;

class ExternalMemory {
 public:
  // Once ArrayBuffer bytes have grown this much above their lowest point since the last nudge,
  // V8 is asked to start an incremental GC. V8 10.2 waits for 64 MiB of external growth, which
  // lets a stream's dead chunks pile up to twice what node 20 keeps.
  static constexpr size_t kGrowthBeforeGC = 32u << 20;

  ExternalMemory(v8::Isolate* isolate, uv_loop_t* loop, Allocator* allocator);
  ~ExternalMemory();
  ExternalMemory(const ExternalMemory&) = delete;
  ExternalMemory& operator=(const ExternalMemory&) = delete;

  // For bindings that hold native buffers: +bytes when taken, -bytes when released (main thread).
  void AddNativeBytes(int64_t delta);
  // Brings V8's view up to date with the current idle-slab and native totals (main thread).
  void Sync();
  // Bytes octet currently reports to V8 (never negative).
  int64_t adjusted_bytes() const { return reported_; }
  int64_t native_bytes() const { return native_bytes_; }
  // Stops the prepare handle; its memory stays valid until the loop has closed it.
  void Close();

 private:
  void NudgeGarbageCollection();

  v8::Isolate* isolate_;
  Allocator* allocator_;
  size_t low_water_bytes_ = 0;
  uv_prepare_t prepare_;
  int64_t native_bytes_ = 0;
  int64_t reported_ = 0;
  bool closed_ = false;
};

}  // namespace octet

#endif  // OCTET_SRC_MEMORY_EXTERNAL_MEMORY_H_
