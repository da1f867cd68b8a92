// Binding `diagnostics`: what lib/internal/diagnostics/ reads from native code — the options, GC
// statistics and the GC log, heap peaks, live buffer sites, the sampling timer — and the two
// blocking writes it needs at exit (stderr and the report file), which must finish even after
// process.exit().
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>

#include "diagnostics/buffer_tracker.h"
#include "diagnostics/gc_tracker.h"
#include "diagnostics/memory_monitor.h"
#include "env.h"
#include "util.h"

namespace octet {

using v8::Array;
using v8::Boolean;
using v8::Context;
using v8::Float64Array;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

constexpr int kGcKindCount = static_cast<int>(GcKind::kCount);
// Per GcEvent in takeGcEvents(): time, pause, heapUsedBefore, heapUsedAfter, externalAfter,
// kind, forced.
constexpr int kGcEventFields = 7;

double* Float64Data(Local<Value> value, size_t want) {
  CHECK(value->IsFloat64Array());
  Local<Float64Array> array = value.As<Float64Array>();
  CHECK_GE(array->Length(), want);
  return reinterpret_cast<double*>(static_cast<char*>(array->Buffer()->Data()) +
                                   array->ByteOffset());
}

// startSampling(intervalMs, onTick, onGc)
void StartSampling(const FunctionCallbackInfo<Value>& info) {
  MemoryMonitor* monitor = MemoryMonitor::From(Environment::From(info));
  if (monitor == nullptr) return;
  CHECK(info[0]->IsUint32());
  CHECK(info[1]->IsFunction());
  CHECK(info[2]->IsFunction());
  monitor->StartSampling(info[0].As<v8::Uint32>()->Value(), info[1].As<Function>(),
                         info[2].As<Function>());
}

void StopSampling(const FunctionCallbackInfo<Value>& info) {
  MemoryMonitor* monitor = MemoryMonitor::From(Environment::From(info));
  if (monitor != nullptr) monitor->StopSampling();
}

// gcStats(Float64Array(kinds * 3)): count, total pause (ms), longest pause (ms) per GcKind.
void GcStats(const FunctionCallbackInfo<Value>& info) {
  double* out = Float64Data(info[0], kGcKindCount * 3);
  MemoryMonitor* monitor = MemoryMonitor::From(Environment::From(info));
  for (int k = 0; k < kGcKindCount; k++) {
    GcKindStats stats;
    if (monitor != nullptr && monitor->gc() != nullptr) stats = monitor->gc()->stats(static_cast<GcKind>(k));
    out[k * 3] = static_cast<double>(stats.count);
    out[k * 3 + 1] = static_cast<double>(stats.total_ns) / 1e6;
    out[k * 3 + 2] = static_cast<double>(stats.max_ns) / 1e6;
  }
}

// takeGcEvents() → Float64Array of kGcEventFields numbers per collection since the last call.
void TakeGcEvents(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  MemoryMonitor* monitor = MemoryMonitor::From(Environment::From(info));
  std::vector<GcEvent> events;
  if (monitor != nullptr && monitor->gc() != nullptr) events = monitor->gc()->TakeEvents();
  Local<v8::ArrayBuffer> buffer =
      v8::ArrayBuffer::New(isolate, events.size() * kGcEventFields * sizeof(double));
  double* out = static_cast<double*>(buffer->Data());
  for (const GcEvent& e : events) {
    *out++ = e.time_ms;
    *out++ = e.pause_ms;
    *out++ = e.heap_used_before;
    *out++ = e.heap_used_after;
    *out++ = e.external_after;
    *out++ = static_cast<double>(e.kind);
    *out++ = e.forced ? 1 : 0;
  }
  info.GetReturnValue().Set(Float64Array::New(buffer, 0, events.size() * kGcEventFields));
}

// heapPeaks(Float64Array(4)): heapTotal, heapUsed, external as read before each collection, and
// the process's peak resident set size (getrusage).
void GetHeapPeaks(const FunctionCallbackInfo<Value>& info) {
  double* out = Float64Data(info[0], 4);
  MemoryMonitor* monitor = MemoryMonitor::From(Environment::From(info));
  HeapPeaks peaks;
  if (monitor != nullptr && monitor->gc() != nullptr) peaks = monitor->gc()->peaks();
  out[0] = static_cast<double>(peaks.heap_total);
  out[1] = static_cast<double>(peaks.heap_used);
  out[2] = static_cast<double>(peaks.external);
  struct rusage usage;
  out[3] = getrusage(RUSAGE_SELF, &usage) == 0 ? static_cast<double>(usage.ru_maxrss) * 1024 : 0;
}

Local<Object> FrameObject(Isolate* isolate, Local<Context> context, const BufferTracker::Frame& f) {
  Local<Object> frame = Object::New(isolate);
  SetValue(context, frame, "functionName", Utf8String(isolate, f.function).ToLocalChecked());
  SetValue(context, frame, "scriptName", Utf8String(isolate, f.script).ToLocalChecked());
  SetConstant(context, frame, "line", f.line);
  SetConstant(context, frame, "column", f.column);
  return frame;
}

// bufferSites(limit) → [{frames, liveBytes, liveCount, totalCount, totalBytes}], most live bytes
// first; null when allocation sites are not being tracked.
void BufferSites(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  MemoryMonitor* monitor = MemoryMonitor::From(Environment::From(info));
  if (monitor == nullptr || monitor->buffers() == nullptr) return info.GetReturnValue().SetNull();
  CHECK(info[0]->IsUint32());
  std::vector<BufferTracker::Site> sites = monitor->buffers()->TopSites(info[0].As<v8::Uint32>()->Value());
  Local<Array> result = Array::New(isolate, static_cast<int>(sites.size()));
  for (size_t i = 0; i < sites.size(); i++) {
    const BufferTracker::Site& site = sites[i];
    Local<Array> frames = Array::New(isolate, static_cast<int>(site.frames.size()));
    for (size_t j = 0; j < site.frames.size(); j++)
      frames->Set(context, static_cast<uint32_t>(j), FrameObject(isolate, context, site.frames[j])).Check();
    Local<Object> entry = Object::New(isolate);
    SetValue(context, entry, "frames", frames);
    SetConstant(context, entry, "liveBytes", static_cast<double>(site.live_bytes));
    SetConstant(context, entry, "liveCount", static_cast<double>(site.live_count));
    SetConstant(context, entry, "totalCount", static_cast<double>(site.total_count));
    SetConstant(context, entry, "totalBytes", static_cast<double>(site.total_bytes));
    result->Set(context, static_cast<uint32_t>(i), entry).Check();
  }
  info.GetReturnValue().Set(result);
}

// bufferTotals(Float64Array(2)): live tracked bytes and buffers; false when not tracking.
void BufferTotals(const FunctionCallbackInfo<Value>& info) {
  MemoryMonitor* monitor = MemoryMonitor::From(Environment::From(info));
  if (monitor == nullptr || monitor->buffers() == nullptr) return info.GetReturnValue().Set(false);
  double* out = Float64Data(info[0], 2);
  size_t bytes = 0, count = 0;
  monitor->buffers()->Totals(&bytes, &count);
  out[0] = static_cast<double>(bytes);
  out[1] = static_cast<double>(count);
  info.GetReturnValue().Set(true);
}

int WriteAll(int fd, const std::string& data) {
  const char* p = data.data();
  size_t left = data.size();
  while (left > 0) {
    ssize_t n = write(fd, p, left);
    if (n >= 0) {
      p += n;
      left -= static_cast<size_t>(n);
    } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
      // A non-blocking pipe shared with a parent: wait until it drains.
      fd_set set;
      FD_ZERO(&set);
      FD_SET(fd, &set);
      select(fd + 1, nullptr, &set, nullptr, nullptr);
    } else if (errno != EINTR) {
      return -errno;
    }
  }
  return 0;
}

// writeStderr(text): a blocking write, so the summary is complete even when the process is exiting.
void WriteStderr(const FunctionCallbackInfo<Value>& info) {
  CHECK(info[0]->IsString());
  WriteAll(STDERR_FILENO, ToStdString(info.GetIsolate(), info[0]));
}

// writeFile(path, text) → 0, or a negative errno.
void WriteFile(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  CHECK(info[0]->IsString());
  CHECK(info[1]->IsString());
  std::string path = ToStdString(isolate, info[0]);
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return info.GetReturnValue().Set(-errno);
  int err = WriteAll(fd, ToStdString(isolate, info[1]));
  if (close(fd) != 0 && err == 0) err = -errno;
  info.GetReturnValue().Set(err);
}

// stderrTerminal() → columns of the terminal stderr is, or 0 when it is not a terminal.
void StderrTerminal(const FunctionCallbackInfo<Value>& info) {
  int columns = 0;
  if (isatty(STDERR_FILENO)) {
    struct winsize size;
    columns = ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0 ? size.ws_col : 80;
  }
  info.GetReturnValue().Set(columns);
}

Local<Object> OptionsObject(Environment* env) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  const HostOptions& o = env->options();
  Local<Object> options = Object::New(isolate);
  SetValue(context, options, "memorySummary", Boolean::New(isolate, o.memory_summary));
  SetValue(context, options, "memoryReport", Utf8String(isolate, o.memory_report).ToLocalChecked());
  SetConstant(context, options, "sampleIntervalMs", o.memory_sample_interval_ms);
  SetValue(context, options, "detectLeaks", Boolean::New(isolate, o.detect_leaks));
  SetConstant(context, options, "trackBuffersMinBytes", static_cast<double>(o.track_buffers_min_bytes));
  SetValue(context, options, "watchMemory", Boolean::New(isolate, o.watch_memory));
  return options;
}

}  // namespace

void InitializeBinding_diagnostics(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  SetValue(context, target, "options", OptionsObject(env));
  Local<Array> kinds = Array::New(isolate, kGcKindCount);
  for (int k = 0; k < kGcKindCount; k++)
    kinds->Set(context, k, OneByteString(isolate, GcKindName(static_cast<GcKind>(k)))).Check();
  SetValue(context, target, "gcKinds", kinds);
  SetConstant(context, target, "kGcEventFields", kGcEventFields);
  SetMethod(context, target, "startSampling", StartSampling);
  SetMethod(context, target, "stopSampling", StopSampling);
  SetMethod(context, target, "gcStats", GcStats);
  SetMethod(context, target, "takeGcEvents", TakeGcEvents);
  SetMethod(context, target, "heapPeaks", GetHeapPeaks);
  SetMethod(context, target, "bufferSites", BufferSites);
  SetMethod(context, target, "bufferTotals", BufferTotals);
  SetMethod(context, target, "writeStderr", WriteStderr);
  SetMethod(context, target, "writeFile", WriteFile);
  SetMethod(context, target, "stderrTerminal", StderrTerminal);
}

}  // namespace octet
