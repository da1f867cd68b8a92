// Binding `timers`: the native half of lib/internal/timers.js, laid out as in node.
//
// All JS timers share ONE uv_timer_t: JS keeps lists by duration and tells native code when the
// earliest list expires (scheduleTimer); the uv timer calls processTimers(now), which runs what is
// due and returns the next expiry (negative when only unref'd timers remain, 0 when none remain).
// Immediates run from a uv_check_t (after the poll phase); while ref'd immediates are pending a
// uv_idle_t is active, which keeps the loop alive and makes the poll phase not block.
#include <uv.h>

#include <cstdlib>

#include "env.h"
#include "util.h"

namespace octet {

using v8::ArrayBuffer;
using v8::BackingStore;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Global;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Number;
using v8::Object;
using v8::TryCatch;
using v8::Uint32Array;
using v8::Undefined;
using v8::Value;

namespace {

// Slots of the immediateInfo Uint32Array shared with JS.
enum ImmediateInfoField { kCount, kRefCount, kHasOutstanding, kImmediateInfoFieldCount };

struct TimerState {
  Environment* env;
  uv_timer_t timer;
  uv_check_t check;
  uv_idle_t idle;
  uint64_t timer_base;  // loop time when timers started: JS sees times relative to it
  Global<Function> process_timers;
  Global<Function> process_immediate;
  std::shared_ptr<BackingStore> immediate_info_store;
  int open_handles = 0;

  uint32_t* immediate_info() const { return static_cast<uint32_t*>(immediate_info_store->Data()); }
  // Milliseconds since timer_base, after refreshing libuv's cached clock (as node's GetNow does).
  double Now() {
    uv_update_time(env->loop());
    return static_cast<double>(uv_now(env->loop()) - timer_base);
  }
};

TimerState* StateFrom(const FunctionCallbackInfo<Value>& info) {
  return static_cast<TimerState*>(info.Data().As<v8::External>()->Value());
}

void RunTimers(uv_timer_t* handle);

void ScheduleTimerOn(TimerState* state, int64_t duration_ms) {
  CHECK_EQ(uv_timer_start(&state->timer, RunTimers, static_cast<uint64_t>(duration_ms), 0), 0);
}

void RunTimers(uv_timer_t* handle) {
  TimerState* state = static_cast<TimerState*>(handle->data);
  Environment* env = state->env;
  if (env->is_stopping() || state->process_timers.IsEmpty()) return;
  Isolate* isolate = env->isolate();
  HandleScope handle_scope(isolate);
  Local<Function> fn = state->process_timers.Get(isolate);
  Local<Value> now = Number::New(isolate, state->Now());
  // One callback scope around the whole run, closed after the timer is re-armed: JS runs nextTicks
  // between due timers, and they run once more at the end, where they may schedule new timers.
  // A throwing timer is reported, then the remaining due timers run on the next attempt.
  CallbackScope scope(env);
  MaybeLocal<Value> ret;
  do {
    TryCatch try_catch(isolate);
    ret = fn->Call(env->context(), Undefined(isolate), 1, &now);
    if (ret.IsEmpty() && try_catch.HasCaught() && !try_catch.HasTerminated())
      env->HandleUncaught(try_catch);
  } while (ret.IsEmpty() && !env->is_stopping());
  Local<Value> result;
  if (env->is_stopping() || !ret.ToLocal(&result)) return;
  int64_t expiry = result->IntegerValue(env->context()).FromMaybe(0);
  uv_handle_t* timer = reinterpret_cast<uv_handle_t*>(&state->timer);
  if (expiry == 0) {
    uv_unref(timer);
    return;
  }
  int64_t elapsed = static_cast<int64_t>(state->Now());
  int64_t duration = std::llabs(expiry) - elapsed;
  ScheduleTimerOn(state, duration > 0 ? duration : 1);
  if (expiry > 0)
    uv_ref(timer);
  else
    uv_unref(timer);
}

void CheckImmediates(uv_check_t* handle) {
  TimerState* state = static_cast<TimerState*>(handle->data);
  Environment* env = state->env;
  uint32_t* info = state->immediate_info();
  if (info[kCount] == 0 || env->is_stopping() || state->process_immediate.IsEmpty()) return;
  Isolate* isolate = env->isolate();
  HandleScope handle_scope(isolate);
  Local<Function> fn = state->process_immediate.Get(isolate);
  // After a throwing immediate JS leaves kHasOutstanding set; the rest of the batch runs next.
  do {
    env->MakeCallback(fn, Undefined(isolate), 0, nullptr);
  } while (info[kHasOutstanding] != 0 && !env->is_stopping());
  if (info[kRefCount] == 0) uv_idle_stop(&state->idle);
}

// setupTimers(processImmediate, processTimers)
void SetupTimers(const FunctionCallbackInfo<Value>& info) {
  TimerState* state = StateFrom(info);
  CHECK(info[0]->IsFunction());
  CHECK(info[1]->IsFunction());
  state->process_immediate.Reset(info.GetIsolate(), info[0].As<Function>());
  state->process_timers.Reset(info.GetIsolate(), info[1].As<Function>());
}

// getLibuvNow() → ms since the timers' base, with the loop's clock refreshed.
void GetLibuvNow(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(Number::New(info.GetIsolate(), StateFrom(info)->Now()));
}

// scheduleTimer(ms): (re)arms the shared uv timer to fire in `ms` milliseconds.
void ScheduleTimer(const FunctionCallbackInfo<Value>& info) {
  int64_t duration = info[0]->IntegerValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(1);
  ScheduleTimerOn(StateFrom(info), duration < 1 ? 1 : duration);
}

// toggleTimerRef(ref): whether pending timers keep the loop alive.
void ToggleTimerRef(const FunctionCallbackInfo<Value>& info) {
  uv_handle_t* timer = reinterpret_cast<uv_handle_t*>(&StateFrom(info)->timer);
  if (info[0]->BooleanValue(info.GetIsolate()))
    uv_ref(timer);
  else
    uv_unref(timer);
}

// toggleImmediateRef(ref): a started idle handle keeps the loop alive and the poll non-blocking.
void ToggleImmediateRef(const FunctionCallbackInfo<Value>& info) {
  TimerState* state = StateFrom(info);
  if (info[0]->BooleanValue(info.GetIsolate())) {
    CHECK_EQ(uv_idle_start(&state->idle, [](uv_idle_t*) {}), 0);
  } else {
    uv_idle_stop(&state->idle);
  }
}

void OnHandleClosed(uv_handle_t* handle) {
  TimerState* state = static_cast<TimerState*>(handle->data);
  if (--state->open_handles == 0) delete state;
}

}  // namespace

void InitializeBinding_timers(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  TimerState* state = new TimerState{env};
  uv_loop_t* loop = env->loop();
  CHECK_EQ(uv_timer_init(loop, &state->timer), 0);
  CHECK_EQ(uv_check_init(loop, &state->check), 0);
  CHECK_EQ(uv_idle_init(loop, &state->idle), 0);
  state->timer.data = state->check.data = state->idle.data = state;
  state->open_handles = 3;
  uv_unref(reinterpret_cast<uv_handle_t*>(&state->timer));
  // The check handle runs every iteration but never by itself keeps the loop alive.
  CHECK_EQ(uv_check_start(&state->check, CheckImmediates), 0);
  uv_unref(reinterpret_cast<uv_handle_t*>(&state->check));
  state->timer_base = uv_now(loop);

  Local<ArrayBuffer> info_buffer =
      ArrayBuffer::New(isolate, kImmediateInfoFieldCount * sizeof(uint32_t));
  state->immediate_info_store = info_buffer->GetBackingStore();

  env->AddCleanupHook([state]() {
    state->process_timers.Reset();
    state->process_immediate.Reset();
    uv_close(reinterpret_cast<uv_handle_t*>(&state->timer), OnHandleClosed);
    uv_close(reinterpret_cast<uv_handle_t*>(&state->check), OnHandleClosed);
    uv_close(reinterpret_cast<uv_handle_t*>(&state->idle), OnHandleClosed);
  });

  Local<Value> data = v8::External::New(isolate, state);
  SetMethod(context, target, "setupTimers", SetupTimers, data);
  SetMethod(context, target, "getLibuvNow", GetLibuvNow, data);
  SetMethod(context, target, "scheduleTimer", ScheduleTimer, data);
  SetMethod(context, target, "toggleTimerRef", ToggleTimerRef, data);
  SetMethod(context, target, "toggleImmediateRef", ToggleImmediateRef, data);
  SetValue(context, target, "immediateInfo",
           Uint32Array::New(info_buffer, 0, kImmediateInfoFieldCount));
}

}  // namespace octet
