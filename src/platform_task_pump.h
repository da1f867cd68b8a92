// Runs V8's foreground tasks for one isolate from its event loop. V8 posts them from any thread —
// GC finalization once a background marker is done, FinalizationRegistry cleanups, delayed memory
// reducer steps — and its default platform only queues them. Without a wakeup they would wait for
// the loop's next unrelated event: a FinalizationRegistry callback due now ran only when a 1.5 s
// timer fired (node runs it at once). So the platform octet gives V8 (platform.cc) calls Wake() on
// every post, which wakes the loop through a uv_async handle, and delayed tasks get a timer.
#ifndef OCTET_SRC_PLATFORM_TASK_PUMP_H_
#define OCTET_SRC_PLATFORM_TASK_PUMP_H_

#include <uv.h>
#include <v8.h>

#include <functional>
#include <mutex>
#include <queue>
#include <vector>

namespace octet {

class PlatformTaskPump {
 public:
  // `platform` is V8's default platform (the one PumpMessageLoop accepts). Registers itself as
  // the isolate's waker; the handles do not keep the loop alive.
  PlatformTaskPump(v8::Platform* platform, v8::Isolate* isolate, uv_loop_t* loop);
  ~PlatformTaskPump();
  PlatformTaskPump(const PlatformTaskPump&) = delete;
  PlatformTaskPump& operator=(const PlatformTaskPump&) = delete;

  // Runs every task that is due (the isolate's thread).
  void RunPending();
  // Any thread: a task was posted, due `delay_seconds` from now (0: at once).
  void Wake(double delay_seconds);
  // Stops wakeups and closes the handles; this object must live until the loop has closed them.
  void Close();

 private:
  void ArmTimer();  // the isolate's thread: a timer for the earliest delayed task still pending

  v8::Platform* platform_;
  v8::Isolate* isolate_;
  uv_check_t check_;  // every iteration, so a busy loop does not starve the tasks
  uv_async_t async_;  // woken from any thread
  uv_timer_t timer_;  // for delayed tasks
  std::mutex mutex_;
  // Due times (the platform's monotonic seconds) of delayed tasks not yet run; guarded by mutex_.
  std::priority_queue<double, std::vector<double>, std::greater<double>> due_;
  bool closed_ = false;
};

// The platform octet gives V8: V8's default platform, plus a wakeup of the isolate's pump on every
// foreground post. Pumps register and unregister themselves.
std::unique_ptr<v8::Platform> NewLoopWakingPlatform(v8::Platform* default_platform);
void RegisterPlatformTaskPump(v8::Isolate* isolate, PlatformTaskPump* pump);
void UnregisterPlatformTaskPump(v8::Isolate* isolate);

}  // namespace octet

#endif  // OCTET_SRC_PLATFORM_TASK_PUMP_H_
