#include "platform_task_pump.h"

#include <libplatform/libplatform.h>

#include <cmath>
#include <memory>
#include <unordered_map>

#include "util.h"

namespace octet {

namespace {

// Which pump wakes for which isolate. Process-wide, as the platform is (one per process).
class PumpRegistry {
 public:
  void Set(v8::Isolate* isolate, PlatformTaskPump* pump) {
    std::lock_guard<std::mutex> lock(mutex_);
    pumps_[isolate] = pump;
  }
  void Clear(v8::Isolate* isolate) {
    std::lock_guard<std::mutex> lock(mutex_);
    pumps_.erase(isolate);
  }
  // Under the lock, so a pump cannot unregister and close while it is being woken.
  void Wake(v8::Isolate* isolate, double delay_seconds) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = pumps_.find(isolate);
    if (it != pumps_.end()) it->second->Wake(delay_seconds);
  }

 private:
  std::mutex mutex_;
  std::unordered_map<v8::Isolate*, PlatformTaskPump*> pumps_;
};

PumpRegistry& Registry() {
  static PumpRegistry registry;
  return registry;
}

// An isolate's foreground task runner that also wakes its pump.
class WakingTaskRunner final : public v8::TaskRunner {
 public:
  WakingTaskRunner(std::shared_ptr<v8::TaskRunner> inner, v8::Isolate* isolate)
      : inner_(std::move(inner)), isolate_(isolate) {}

  void PostTask(std::unique_ptr<v8::Task> task) override {
    inner_->PostTask(std::move(task));
    Registry().Wake(isolate_, 0);
  }
  void PostNonNestableTask(std::unique_ptr<v8::Task> task) override {
    inner_->PostNonNestableTask(std::move(task));
    Registry().Wake(isolate_, 0);
  }
  void PostDelayedTask(std::unique_ptr<v8::Task> task, double delay_in_seconds) override {
    inner_->PostDelayedTask(std::move(task), delay_in_seconds);
    Registry().Wake(isolate_, delay_in_seconds);
  }
  void PostNonNestableDelayedTask(std::unique_ptr<v8::Task> task,
                                  double delay_in_seconds) override {
    inner_->PostNonNestableDelayedTask(std::move(task), delay_in_seconds);
    Registry().Wake(isolate_, delay_in_seconds);
  }
  // Idle tasks run only when the embedder asks (octet never does), so they need no wakeup.
  void PostIdleTask(std::unique_ptr<v8::IdleTask> task) override {
    inner_->PostIdleTask(std::move(task));
  }
  bool IdleTasksEnabled() override { return inner_->IdleTasksEnabled(); }
  bool NonNestableTasksEnabled() const override { return inner_->NonNestableTasksEnabled(); }
  bool NonNestableDelayedTasksEnabled() const override {
    return inner_->NonNestableDelayedTasksEnabled();
  }

 private:
  std::shared_ptr<v8::TaskRunner> inner_;
  v8::Isolate* isolate_;
};

// V8's default platform with waking foreground runners; everything else passes straight through.
class LoopWakingPlatform final : public v8::Platform {
 public:
  explicit LoopWakingPlatform(v8::Platform* inner) : inner_(inner) {}

  // V8 asks once per isolate subsystem and keeps the runner, so a fresh wrapper each time is cheap.
  std::shared_ptr<v8::TaskRunner> GetForegroundTaskRunner(v8::Isolate* isolate) override {
    return std::make_shared<WakingTaskRunner>(inner_->GetForegroundTaskRunner(isolate), isolate);
  }

  v8::PageAllocator* GetPageAllocator() override { return inner_->GetPageAllocator(); }
  void OnCriticalMemoryPressure() override { inner_->OnCriticalMemoryPressure(); }
  bool OnCriticalMemoryPressure(size_t length) override {
    return inner_->OnCriticalMemoryPressure(length);
  }
  int NumberOfWorkerThreads() override { return inner_->NumberOfWorkerThreads(); }
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallOnWorkerThread(std::move(task));
  }
  void CallBlockingTaskOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallBlockingTaskOnWorkerThread(std::move(task));
  }
  void CallLowPriorityTaskOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallLowPriorityTaskOnWorkerThread(std::move(task));
  }
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task, double delay) override {
    inner_->CallDelayedOnWorkerThread(std::move(task), delay);
  }
  bool IdleTasksEnabled(v8::Isolate* isolate) override { return inner_->IdleTasksEnabled(isolate); }
  std::unique_ptr<v8::JobHandle> PostJob(v8::TaskPriority priority,
                                         std::unique_ptr<v8::JobTask> job_task) override {
    return inner_->PostJob(priority, std::move(job_task));
  }
  double MonotonicallyIncreasingTime() override { return inner_->MonotonicallyIncreasingTime(); }
  double CurrentClockTimeMillis() override { return inner_->CurrentClockTimeMillis(); }
  StackTracePrinter GetStackTracePrinter() override { return inner_->GetStackTracePrinter(); }
  v8::TracingController* GetTracingController() override {
    return inner_->GetTracingController();
  }

 private:
  v8::Platform* inner_;
};

}  // namespace

std::unique_ptr<v8::Platform> NewLoopWakingPlatform(v8::Platform* default_platform) {
  return std::make_unique<LoopWakingPlatform>(default_platform);
}

void RegisterPlatformTaskPump(v8::Isolate* isolate, PlatformTaskPump* pump) {
  Registry().Set(isolate, pump);
}

void UnregisterPlatformTaskPump(v8::Isolate* isolate) { Registry().Clear(isolate); }

PlatformTaskPump::PlatformTaskPump(v8::Platform* platform, v8::Isolate* isolate, uv_loop_t* loop)
    : platform_(platform), isolate_(isolate) {
  CHECK_EQ(uv_check_init(loop, &check_), 0);
  CHECK_EQ(uv_async_init(loop, &async_,
                         [](uv_async_t* handle) {
                           auto* self = static_cast<PlatformTaskPump*>(handle->data);
                           self->RunPending();
                           self->ArmTimer();
                         }),
           0);
  CHECK_EQ(uv_timer_init(loop, &timer_), 0);
  check_.data = async_.data = timer_.data = this;
  CHECK_EQ(uv_check_start(&check_,
                          [](uv_check_t* handle) {
                            static_cast<PlatformTaskPump*>(handle->data)->RunPending();
                          }),
           0);
  // Pending V8 work never keeps a process alive by itself, as in node.
  uv_unref(reinterpret_cast<uv_handle_t*>(&check_));
  uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
  RegisterPlatformTaskPump(isolate_, this);
}

PlatformTaskPump::~PlatformTaskPump() { CHECK(closed_); }

void PlatformTaskPump::RunPending() {
  v8::HandleScope scope(isolate_);
  while (v8::platform::PumpMessageLoop(platform_, isolate_)) {
  }
}

void PlatformTaskPump::Wake(double delay_seconds) {
  if (delay_seconds > 0) {
    std::lock_guard<std::mutex> lock(mutex_);
    due_.push(platform_->MonotonicallyIncreasingTime() + delay_seconds);
  }
  uv_async_send(&async_);
}

void PlatformTaskPump::ArmTimer() {
  double now = platform_->MonotonicallyIncreasingTime();
  double next;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    while (!due_.empty() && due_.top() <= now) due_.pop();  // RunPending has just run those
    if (due_.empty()) return;
    next = due_.top();
  }
  auto delay_ms = static_cast<uint64_t>(std::ceil((next - now) * 1000));
  uv_timer_start(&timer_,
                 [](uv_timer_t* handle) {
                   auto* self = static_cast<PlatformTaskPump*>(handle->data);
                   self->RunPending();
                   self->ArmTimer();
                 },
                 delay_ms, 0);
}

void PlatformTaskPump::Close() {
  if (closed_) return;
  closed_ = true;
  UnregisterPlatformTaskPump(isolate_);
  uv_close(reinterpret_cast<uv_handle_t*>(&check_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&async_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
}

}  // namespace octet
