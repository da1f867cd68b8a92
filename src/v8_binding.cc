// Binding `v8`: the native side of require('v8') — heap, heap-space and code statistics written
// into preallocated Float64Arrays, V8 flags, the code-cache version tag, and heap snapshots.
#include <cstring>

#include "diagnostics/heap_snapshot.h"
#include "env.h"
#include "util.h"

namespace octet {

using v8::Array;
using v8::ArrayBuffer;
using v8::Context;
using v8::Float64Array;
using v8::FunctionCallbackInfo;
using v8::HeapCodeStatistics;
using v8::HeapSpaceStatistics;
using v8::HeapStatistics;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

// Field order of heapStatistics(), as node's v8.getHeapStatistics() lists them.
enum HeapStatisticsField {
  kTotalHeapSize, kTotalHeapSizeExecutable, kTotalPhysicalSize, kTotalAvailableSize,
  kUsedHeapSize, kHeapSizeLimit, kMallocedMemory, kPeakMallocedMemory, kDoesZapGarbage,
  kNumberOfNativeContexts, kNumberOfDetachedContexts, kTotalGlobalHandlesSize,
  kUsedGlobalHandlesSize, kExternalMemory, kHeapStatisticsFieldCount
};

double* Float64Data(Local<Value> value, size_t want) {
  CHECK(value->IsFloat64Array());
  Local<Float64Array> array = value.As<Float64Array>();
  CHECK_GE(array->Length(), want);
  return reinterpret_cast<double*>(static_cast<char*>(array->Buffer()->Data()) +
                                   array->ByteOffset());
}

void CachedDataVersionTag(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(v8::ScriptCompiler::CachedDataVersionTag());
}

void SetFlagsFromString(const FunctionCallbackInfo<Value>& info) {
  CHECK(info[0]->IsString());
  std::string flags = ToStdString(info.GetIsolate(), info[0]);
  v8::V8::SetFlagsFromString(flags.data(), flags.size());
}

void HeapStatisticsInto(const FunctionCallbackInfo<Value>& info) {
  double* out = Float64Data(info[0], kHeapStatisticsFieldCount);
  HeapStatistics s;
  info.GetIsolate()->GetHeapStatistics(&s);
  out[kTotalHeapSize] = static_cast<double>(s.total_heap_size());
  out[kTotalHeapSizeExecutable] = static_cast<double>(s.total_heap_size_executable());
  out[kTotalPhysicalSize] = static_cast<double>(s.total_physical_size());
  out[kTotalAvailableSize] = static_cast<double>(s.total_available_size());
  out[kUsedHeapSize] = static_cast<double>(s.used_heap_size());
  out[kHeapSizeLimit] = static_cast<double>(s.heap_size_limit());
  out[kMallocedMemory] = static_cast<double>(s.malloced_memory());
  out[kPeakMallocedMemory] = static_cast<double>(s.peak_malloced_memory());
  out[kDoesZapGarbage] = static_cast<double>(s.does_zap_garbage());
  out[kNumberOfNativeContexts] = static_cast<double>(s.number_of_native_contexts());
  out[kNumberOfDetachedContexts] = static_cast<double>(s.number_of_detached_contexts());
  out[kTotalGlobalHandlesSize] = static_cast<double>(s.total_global_handles_size());
  out[kUsedGlobalHandlesSize] = static_cast<double>(s.used_global_handles_size());
  out[kExternalMemory] = static_cast<double>(s.external_memory());
}

// heapSpaceStatistics(index, Float64Array(4)): size, used, available, physical.
void HeapSpaceStatisticsInto(const FunctionCallbackInfo<Value>& info) {
  CHECK(info[0]->IsUint32());
  double* out = Float64Data(info[1], 4);
  HeapSpaceStatistics s;
  if (!info.GetIsolate()->GetHeapSpaceStatistics(&s, info[0].As<v8::Uint32>()->Value())) return;
  out[0] = static_cast<double>(s.space_size());
  out[1] = static_cast<double>(s.space_used_size());
  out[2] = static_cast<double>(s.space_available_size());
  out[3] = static_cast<double>(s.physical_space_size());
}

// heapCodeStatistics(Float64Array(4)): code, bytecode, external script source, profiler metadata.
void HeapCodeStatisticsInto(const FunctionCallbackInfo<Value>& info) {
  double* out = Float64Data(info[0], 4);
  HeapCodeStatistics s;
  info.GetIsolate()->GetHeapCodeAndMetadataStatistics(&s);
  out[0] = static_cast<double>(s.code_and_metadata_size());
  out[1] = static_cast<double>(s.bytecode_and_metadata_size());
  out[2] = static_cast<double>(s.external_script_source_size());
  out[3] = static_cast<double>(s.cpu_profiler_metadata_size());
}

// writeHeapSnapshot(path | undefined, exposeNumericValues) → the file name, or a negative errno
// (JS turns it into node's error).
void WriteHeapSnapshot(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  std::string path = info[0]->IsString() ? ToStdString(isolate, info[0]) : DefaultHeapSnapshotName();
  HeapSnapshotOptions options;
  options.expose_numeric_values = info[1]->IsTrue();
  int err = WriteHeapSnapshotFile(isolate, path, options);
  if (err != 0) return info.GetReturnValue().Set(err);
  info.GetReturnValue().Set(Utf8String(isolate, path).ToLocalChecked());
}

// heapSnapshotChunks(exposeNumericValues) → [ArrayBuffer], the snapshot's JSON in order.
void HeapSnapshotChunks(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  HeapSnapshotOptions options;
  options.expose_numeric_values = info[0]->IsTrue();
  Local<Array> chunks = Array::New(isolate);
  uint32_t index = 0;
  SerializeHeapSnapshot(isolate, options, [&](const char* data, size_t length) {
    Local<ArrayBuffer> chunk = ArrayBuffer::New(isolate, length);
    memcpy(chunk->Data(), data, length);
    return chunks->Set(context, index++, chunk).FromMaybe(false);
  });
  info.GetReturnValue().Set(chunks);
}

void SetHeapSnapshotNearHeapLimit(const FunctionCallbackInfo<Value>& info) {
  CHECK(info[0]->IsUint32());
  EnableNearHeapLimitSnapshots(info.GetIsolate(), info[0].As<v8::Uint32>()->Value());
}

}  // namespace

void InitializeBinding_v8(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  SetMethod(context, target, "cachedDataVersionTag", CachedDataVersionTag);
  SetMethod(context, target, "setFlagsFromString", SetFlagsFromString);
  SetMethod(context, target, "heapStatistics", HeapStatisticsInto);
  SetMethod(context, target, "heapSpaceStatistics", HeapSpaceStatisticsInto);
  SetMethod(context, target, "heapCodeStatistics", HeapCodeStatisticsInto);
  SetMethod(context, target, "writeHeapSnapshot", WriteHeapSnapshot);
  SetMethod(context, target, "heapSnapshotChunks", HeapSnapshotChunks);
  SetMethod(context, target, "setHeapSnapshotNearHeapLimit", SetHeapSnapshotNearHeapLimit);
  SetConstant(context, target, "kHeapStatisticsFieldCount", kHeapStatisticsFieldCount);

  size_t spaces = isolate->NumberOfHeapSpaces();
  Local<Array> names = Array::New(isolate, static_cast<int>(spaces));
  for (size_t i = 0; i < spaces; i++) {
    HeapSpaceStatistics s;
    isolate->GetHeapSpaceStatistics(&s, i);
    names->Set(context, static_cast<uint32_t>(i), OneByteString(isolate, s.space_name())).Check();
  }
  SetValue(context, target, "heapSpaceNames", names);
}

}  // namespace octet
