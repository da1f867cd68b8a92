#include "diagnostics/memory_monitor.h"

#include <unordered_map>

#include "diagnostics/buffer_tracker.h"
#include "diagnostics/diagnostics.h"
#include "env.h"
#include "error_report.h"
#include "memory/allocator.h"
#include "util.h"

namespace octet {

using v8::Function;
using v8::Global;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::TryCatch;
using v8::Undefined;
using v8::Value;

namespace {

// Environments live on the thread that made them; this map is only touched there.
std::unordered_map<Environment*, MemoryMonitor*>& Monitors() {
  static auto* monitors = new std::unordered_map<Environment*, MemoryMonitor*>();
  return *monitors;
}

bool AnyDiagnosticsOption(const HostOptions& options) {
  return options.memory_summary || !options.memory_report.empty() || options.detect_leaks ||
         options.track_buffers_min_bytes >= 0 || options.watch_memory;
}

}  // namespace

MemoryMonitor* MemoryMonitor::From(Environment* env) {
  auto it = Monitors().find(env);
  return it == Monitors().end() ? nullptr : it->second;
}

MemoryMonitor* MemoryMonitor::Create(Environment* env) {
  CHECK_EQ(From(env), nullptr);
  MemoryMonitor* monitor = new MemoryMonitor(env);
  Monitors()[env] = monitor;
  // Without StopDiagnostics (an embedder that never calls it), teardown still closes the handles.
  env->AddCleanupHook([env] {
    if (MemoryMonitor* m = From(env)) m->Close();
  });
  return monitor;
}

MemoryMonitor::MemoryMonitor(Environment* env) : env_(env) {
  CHECK_EQ(uv_timer_init(env->loop(), &timer_), 0);
  CHECK_EQ(uv_async_init(env->loop(), &async_, OnAsync), 0);
  timer_.data = this;
  async_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
  uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
  open_handles_ = 2;

  gc_ = std::make_unique<GcTracker>(env, [this] {
    // Inside the collection: only wake the loop; the JS sample runs on the next turn.
    if (!on_gc_.IsEmpty()) uv_async_send(&async_);
  });

  long min_bytes = env->options().track_buffers_min_bytes;
  if (min_bytes >= 0) {
    auto tracker = std::make_unique<BufferTracker>(env->isolate(), static_cast<size_t>(min_bytes));
    buffers_ = tracker.get();
    env->allocator()->set_observer(std::move(tracker));
  }
}

MemoryMonitor::~MemoryMonitor() {
  CHECK(closed_);
  CHECK_EQ(open_handles_, 0);
}

void MemoryMonitor::SetFinish(Local<Function> finish) { finish_.Reset(env_->isolate(), finish); }

void MemoryMonitor::StartSampling(uint64_t interval_ms, Local<Function> on_tick,
                                  Local<Function> on_gc) {
  if (closed_) return;
  Isolate* isolate = env_->isolate();
  on_tick_.Reset(isolate, on_tick);
  on_gc_.Reset(isolate, on_gc);
  if (interval_ms == 0) interval_ms = 1;
  CHECK_EQ(uv_timer_start(&timer_, OnTimer, interval_ms, interval_ms), 0);
}

void MemoryMonitor::StopSampling() {
  if (closed_) return;
  uv_timer_stop(&timer_);
  on_tick_.Reset();
  on_gc_.Reset();
}

void MemoryMonitor::Call(const Global<Function>& fn) {
  if (fn.IsEmpty() || env_->is_stopping()) return;
  Isolate* isolate = env_->isolate();
  HandleScope handle_scope(isolate);
  env_->MakeCallback(fn.Get(isolate), Undefined(isolate), 0, nullptr);
}

void MemoryMonitor::OnTimer(uv_timer_t* timer) {
  MemoryMonitor* self = static_cast<MemoryMonitor*>(timer->data);
  self->Call(self->on_tick_);
}

void MemoryMonitor::OnAsync(uv_async_t* async) {
  MemoryMonitor* self = static_cast<MemoryMonitor*>(async->data);
  self->Call(self->on_gc_);
}

void MemoryMonitor::Finish() {
  if (finished_ || closed_) return;
  finished_ = true;
  StopSampling();
  Isolate* isolate = env_->isolate();
  // process.exit() and fatal errors stop JS by terminating it (the request stays pending after the
  // stack has unwound); the final report still has to run.
  if (env_->is_stopping()) isolate->CancelTerminateExecution();
  if (!finish_.IsEmpty()) {
    HandleScope handle_scope(isolate);
    TryCatch try_catch(isolate);
    Local<Function> finish = finish_.Get(isolate);
    if (finish->Call(env_->context(), Undefined(isolate), 0, nullptr).IsEmpty() &&
        try_catch.HasCaught() && !try_catch.HasTerminated()) {
      PrintFatalError(isolate, try_catch.Exception(), try_catch.Message());
    }
  }
  Close();
}

void MemoryMonitor::Close() {
  if (closed_) return;
  closed_ = true;
  gc_.reset();
  on_tick_.Reset();
  on_gc_.Reset();
  finish_.Reset();
  Monitors().erase(env_);
  uv_close(reinterpret_cast<uv_handle_t*>(&timer_), OnClosed);
  uv_close(reinterpret_cast<uv_handle_t*>(&async_), OnClosed);
}

void MemoryMonitor::OnClosed(uv_handle_t* handle) {
  MemoryMonitor* self = static_cast<MemoryMonitor*>(handle->data);
  if (--self->open_handles_ == 0) delete self;
}

void StartDiagnostics(Environment* env) {
  if (!AnyDiagnosticsOption(env->options())) return;
  MemoryMonitor* monitor = MemoryMonitor::Create(env);
  Isolate* isolate = env->isolate();
  HandleScope handle_scope(isolate);
  Local<Function> require_builtin;
  CHECK(env->GetJsCallback("requireBuiltin").ToLocal(&require_builtin));
  TryCatch try_catch(isolate);
  Local<Value> id = OneByteString(isolate, "internal/diagnostics/setup");
  Local<Value> setup;
  Local<Value> finish;
  if (!require_builtin->Call(env->context(), Undefined(isolate), 1, &id).ToLocal(&setup) ||
      !setup.As<Object>()
           ->Get(env->context(), OneByteString(isolate, "start"))
           .ToLocal(&finish) ||
      !finish->IsFunction() ||
      !finish.As<Function>()->Call(env->context(), setup, 0, nullptr).ToLocal(&finish) ||
      !finish->IsFunction()) {
    if (try_catch.HasCaught()) PrintFatalError(isolate, try_catch.Exception(), try_catch.Message());
    monitor->Finish();
    return;
  }
  monitor->SetFinish(finish.As<Function>());
}

void StopDiagnostics(Environment* env) {
  if (MemoryMonitor* monitor = MemoryMonitor::From(env)) monitor->Finish();
}

}  // namespace octet
