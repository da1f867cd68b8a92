// Binding `process`: the native half of the `process` object — identity, clocks, memory, stdio
// writes, exit, and the callbacks JS hands to the host (tick, uncaught errors, exit events).
#include <openssl/opensslv.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "env.h"
#include "memory/allocator.h"
#include "memory/external_memory.h"
#include "octet.h"
#include "util.h"

extern char** environ;

namespace octet {

using v8::Array;
using v8::BigInt;
using v8::Context;
using v8::Float64Array;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::HeapStatistics;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::String;
using v8::Value;

namespace {

const uint64_t kStartTime = uv_hrtime();

// The wall clock read right after kStartTime, in microseconds since the epoch: performance.timeOrigin.
// Both are read once per process, so performance.now() + timeOrigin follows Date.now().
double WallClockMicros() {
  uv_timeval64_t now;
  uv_gettimeofday(&now);
  return static_cast<double>(now.tv_sec) * 1e6 + static_cast<double>(now.tv_usec);
}
const double kStartTimestampMicros = WallClockMicros();

Local<Array> ToJsArray(Isolate* isolate, const std::vector<std::string>& items) {
  Local<Array> array = Array::New(isolate, static_cast<int>(items.size()));
  Local<Context> context = isolate->GetCurrentContext();
  for (size_t i = 0; i < items.size(); i++) {
    array->Set(context, static_cast<uint32_t>(i), Utf8String(isolate, items[i]).ToLocalChecked())
        .Check();
  }
  return array;
}

void Cwd(const FunctionCallbackInfo<Value>& info) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_cwd(buf, &size);
  if (err != 0) return info.GetReturnValue().Set(err);
  info.GetReturnValue().Set(Utf8String(info.GetIsolate(), std::string(buf, size)).ToLocalChecked());
}

// chdir(dir) → 0 or a negative libuv error for JS to turn into node's error.
void Chdir(const FunctionCallbackInfo<Value>& info) {
  std::string dir = ToStdString(info.GetIsolate(), info[0]);
  info.GetReturnValue().Set(uv_chdir(dir.c_str()));
}

void HrtimeBigInt(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(BigInt::NewFromUnsigned(info.GetIsolate(), uv_hrtime()));
}

void Uptime(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_hrtime() - kStartTime) / 1e9);
}

// performance.now(): milliseconds since kStartTime, with the monotonic clock's nanoseconds.
void PerformanceNow(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_hrtime() - kStartTime) / 1e6);
}

void Rss(const FunctionCallbackInfo<Value>& info) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  info.GetReturnValue().Set(static_cast<double>(rss));
}

// memoryUsage(Float64Array(5)): rss, heapTotal, heapUsed, external, arrayBuffers.
void MemoryUsage(const FunctionCallbackInfo<Value>& info) {
  Environment* env = Environment::From(info);
  CHECK(info[0]->IsFloat64Array());
  MemoryStats stats = CollectMemoryStats(env);
  Local<Float64Array> out = info[0].As<Float64Array>();
  double* fields = reinterpret_cast<double*>(static_cast<char*>(out->Buffer()->Data()) +
                                             out->ByteOffset());
  fields[0] = static_cast<double>(stats.rss);
  fields[1] = static_cast<double>(stats.heap_total);
  fields[2] = static_cast<double>(stats.heap_used);
  fields[3] = static_cast<double>(stats.external);
  fields[4] = static_cast<double>(stats.array_buffers);
}

// Writes everything, waiting out EAGAIN on non-blocking descriptors (a pipe shared with a parent).
int WriteAll(int fd, const char* data, size_t length) {
  while (length > 0) {
    ssize_t n = write(fd, data, length);
    if (n >= 0) {
      data += n;
      length -= static_cast<size_t>(n);
    } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
      struct pollfd pfd = {fd, POLLOUT, 0};
      poll(&pfd, 1, -1);
    } else if (errno != EINTR) {
      return -errno;
    }
  }
  return 0;
}

// writeString(fd, string) / writeBuffer(fd, view): synchronous, like node's stdio to files and TTYs.
void WriteString(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  int fd = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(1);
  Local<String> str;
  if (!info[1]->ToString(isolate->GetCurrentContext()).ToLocal(&str)) return;
  int length = str->Utf8Length(isolate);
  char stack_buf[4096];
  std::string heap_buf;
  char* buf = stack_buf;
  if (length > static_cast<int>(sizeof(stack_buf))) {
    heap_buf.resize(length);
    buf = heap_buf.data();
  }
  str->WriteUtf8(isolate, buf, length, nullptr,
                 String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8);
  info.GetReturnValue().Set(WriteAll(fd, buf, length));
}

void WriteBuffer(const FunctionCallbackInfo<Value>& info) {
  int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(1);
  if (!info[1]->IsArrayBufferView()) return;
  ByteSpan bytes = ViewBytes(info[1]);
  info.GetReturnValue().Set(WriteAll(fd, bytes.data, bytes.length));
}

void GuessHandleType(const FunctionCallbackInfo<Value>& info) {
  int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  const char* type = "UNKNOWN";
  switch (uv_guess_handle(fd)) {
    case UV_TTY: type = "TTY"; break;
    case UV_FILE: type = "FILE"; break;
    case UV_NAMED_PIPE: type = "PIPE"; break;
    case UV_TCP: type = "TCP"; break;
    case UV_UDP: type = "UDP"; break;
    default: break;
  }
  info.GetReturnValue().Set(OneByteString(info.GetIsolate(), type));
}

// getWindowSize(fd) → [columns, rows] or undefined.
void GetWindowSize(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  int fd = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return;
  Local<Array> size = Array::New(isolate, 2);
  size->Set(isolate->GetCurrentContext(), 0, v8::Integer::New(isolate, ws.ws_col)).Check();
  size->Set(isolate->GetCurrentContext(), 1, v8::Integer::New(isolate, ws.ws_row)).Check();
  info.GetReturnValue().Set(size);
}

// kill(pid, signal) → 0 or a negative errno.
void Kill(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(context).FromMaybe(0);
  int signal = info[1]->Int32Value(context).FromMaybe(0);
  info.GetReturnValue().Set(uv_kill(pid, signal));
}

void ReallyExit(const FunctionCallbackInfo<Value>& info) {
  Environment* env = Environment::From(info);
  env->Stop(info[0]->Int32Value(env->context()).FromMaybe(0));
}

void SetCallback(const FunctionCallbackInfo<Value>& info) {
  Environment* env = Environment::From(info);
  CHECK(info[1]->IsFunction());
  env->SetJsCallback(ToStdString(info.GetIsolate(), info[0]), info[1].As<Function>());
}

void EnqueueMicrotask(const FunctionCallbackInfo<Value>& info) {
  CHECK(info[0]->IsFunction());
  info.GetIsolate()->EnqueueMicrotask(info[0].As<Function>());
}

void RunMicrotasks(const FunctionCallbackInfo<Value>& info) {
  info.GetIsolate()->PerformMicrotaskCheckpoint();
}

void TriggerUncaughtException(const FunctionCallbackInfo<Value>& info) {
  Environment* env = Environment::From(info);
  Isolate* isolate = info.GetIsolate();
  env->TriggerUncaught(info[0], v8::Exception::CreateMessage(isolate, info[0]),
                       info[1]->IsTrue());
}

void GetEnvironment(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<Object> env = Object::New(isolate);
  for (char** entry = environ; *entry != nullptr; entry++) {
    const char* eq = strchr(*entry, '=');
    if (eq == nullptr) continue;
    Local<String> key, value;
    if (String::NewFromUtf8(isolate, *entry, v8::NewStringType::kNormal,
                            static_cast<int>(eq - *entry)).ToLocal(&key) &&
        String::NewFromUtf8(isolate, eq + 1).ToLocal(&value)) {
      env->Set(context, key, value).Check();
    }
  }
  info.GetReturnValue().Set(env);
}

void SetEnv(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  std::string key = ToStdString(isolate, info[0]);
  if (info[1]->IsUndefined()) {
    unsetenv(key.c_str());
  } else {
    setenv(key.c_str(), ToStdString(isolate, info[1]).c_str(), 1);
  }
}

}  // namespace

MemoryStats CollectMemoryStats(Environment* env) {
  MemoryStats stats;
  uv_resident_set_memory(&stats.rss);
  HeapStatistics heap;
  env->isolate()->GetHeapStatistics(&heap);
  stats.heap_total = heap.total_heap_size();
  stats.heap_used = heap.used_heap_size();
  // V8 10.2's external_memory() counts ArrayBuffers but not what octet reported through Adjust.
  env->external_memory()->Sync();
  stats.external = heap.external_memory() + env->external_memory()->adjusted_bytes();
  stats.array_buffers = env->allocator()->live_bytes();
  return stats;
}

void InitializeBinding_process(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  const HostOptions& options = env->options();
  SetMethod(context, target, "cwd", Cwd);
  SetMethod(context, target, "chdir", Chdir);
  SetMethod(context, target, "hrtimeBigInt", HrtimeBigInt);
  SetMethod(context, target, "uptime", Uptime);
  SetMethod(context, target, "performanceNow", PerformanceNow);
  SetMethod(context, target, "rss", Rss);
  SetMethod(context, target, "memoryUsage", MemoryUsage);
  SetMethod(context, target, "writeString", WriteString);
  SetMethod(context, target, "writeBuffer", WriteBuffer);
  SetMethod(context, target, "guessHandleType", GuessHandleType);
  SetMethod(context, target, "getWindowSize", GetWindowSize);
  SetMethod(context, target, "reallyExit", ReallyExit);
  SetMethod(context, target, "kill", Kill);
  SetMethod(context, target, "setCallback", SetCallback);
  SetMethod(context, target, "enqueueMicrotask", EnqueueMicrotask);
  SetMethod(context, target, "runMicrotasks", RunMicrotasks);
  SetMethod(context, target, "triggerUncaughtException", TriggerUncaughtException);
  SetMethod(context, target, "getEnvironment", GetEnvironment);
  SetMethod(context, target, "setEnv", SetEnv);
  SetValue(context, target, "tickInfo", env->tick_info_array());
  SetValue(context, target, "argv", ToJsArray(isolate, options.argv));
  SetValue(context, target, "execArgv", ToJsArray(isolate, options.exec_argv));
  char exe[4096];
  size_t exe_size = sizeof(exe);
  std::string exec_path = uv_exepath(exe, &exe_size) == 0 ? std::string(exe, exe_size) : "";
  SetValue(context, target, "execPath", Utf8String(isolate, exec_path).ToLocalChecked());
  SetValue(context, target, "timeOriginTimestamp", v8::Number::New(isolate, kStartTimestampMicros));
  SetConstant(context, target, "pid", uv_os_getpid());
  SetConstant(context, target, "ppid", uv_os_getppid());
  SetValue(context, target, "octetVersion", OneByteString(isolate, Version()));
  SetValue(context, target, "v8Version", OneByteString(isolate, v8::V8::GetVersion()));
  SetValue(context, target, "uvVersion", OneByteString(isolate, uv_version_string()));
  SetValue(context, target, "opensslVersion", OneByteString(isolate, OPENSSL_VERSION_STR));
  SetValue(context, target, "exposeInternals", v8::Boolean::New(isolate, options.expose_internals));
  SetValue(context, target, "zeroFillBuffers", v8::Boolean::New(isolate, options.zero_fill_buffers));
}

}  // namespace octet
