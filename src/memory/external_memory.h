// Native memory V8 cannot see, reported to it with AdjustAmountOfExternalAllocatedMemory so that
// GC pressure reflects it: idle pool slabs, and native side buffers other bindings hold (read
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

class SlabCache;

class ExternalMemory {
 public:
  ExternalMemory(v8::Isolate* isolate, uv_loop_t* loop, SlabCache* slabs);
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
  v8::Isolate* isolate_;
  SlabCache* slabs_;
  uv_prepare_t prepare_;
  int64_t native_bytes_ = 0;
  int64_t reported_ = 0;
  bool closed_ = false;
};

}  // namespace octet

#endif  // OCTET_SRC_MEMORY_EXTERNAL_MEMORY_H_
