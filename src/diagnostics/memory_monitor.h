// The per-environment state of the memory diagnostics: the GC tracker, the buffer tracker (when
// --track-buffers is on), the sampling timer and the post-GC wake-up, and the JS functions that
// turn samples into the summary, the report, leak warnings and the watch line
// (lib/internal/diagnostics/). Both uv handles are unref'd: diagnostics never keep a process alive.
#ifndef OCTET_SRC_DIAGNOSTICS_MEMORY_MONITOR_H_
#define OCTET_SRC_DIAGNOSTICS_MEMORY_MONITOR_H_

#include <uv.h>
#include <v8.h>

#include <memory>

#include "diagnostics/gc_tracker.h"

namespace octet {

class BufferTracker;
class Environment;

class MemoryMonitor {
 public:
  // nullptr unless StartDiagnostics created one for this environment.
  static MemoryMonitor* From(Environment* env);
  static MemoryMonitor* Create(Environment* env);

  Environment* env() const { return env_; }
  GcTracker* gc() const { return gc_.get(); }
  // nullptr without --track-buffers.
  BufferTracker* buffers() const { return buffers_; }

  // Calls on_tick every interval_ms and on_gc (once per loop turn) after collections.
  void StartSampling(uint64_t interval_ms, v8::Local<v8::Function> on_tick,
                     v8::Local<v8::Function> on_gc);
  void StopSampling();
  void SetFinish(v8::Local<v8::Function> finish);
  // Runs the JS finish step once, then closes everything. The monitor frees itself when its
  // handles have closed.
  void Finish();

 private:
  explicit MemoryMonitor(Environment* env);
  ~MemoryMonitor();
  void Close();
  static void OnTimer(uv_timer_t* timer);
  static void OnAsync(uv_async_t* async);
  static void OnClosed(uv_handle_t* handle);
  void Call(const v8::Global<v8::Function>& fn);

  Environment* env_;
  std::unique_ptr<GcTracker> gc_;
  BufferTracker* buffers_ = nullptr;  // the allocator's observer, owned by the allocator
  uv_timer_t timer_;
  uv_async_t async_;
  int open_handles_ = 0;
  bool closed_ = false;
  bool finished_ = false;
  v8::Global<v8::Function> on_tick_;
  v8::Global<v8::Function> on_gc_;
  v8::Global<v8::Function> finish_;
};

}  // namespace octet

#endif  // OCTET_SRC_DIAGNOSTICS_MEMORY_MONITOR_H_
