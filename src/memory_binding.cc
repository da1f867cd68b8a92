// Binding `memory`: octet's allocator as JS sees it — pool slabs for Buffer, the zero-fill toggle,
// statistics and trimming for `octet:memory`.
#include <malloc.h>

#include "env.h"
#include "memory/allocator.h"
#include "memory/external_memory.h"
#include "memory/pool_tag.h"
#include "util.h"

namespace octet {

using v8::ArrayBuffer;
using v8::BackingStore;
using v8::Context;
using v8::Float64Array;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Uint32Array;
using v8::Value;

namespace {

// createPoolArrayBuffer(size) → an ArrayBuffer over a recycled or new slab.
void CreatePoolArrayBuffer(const FunctionCallbackInfo<Value>& info) {
  Environment* env = Environment::From(info);
  Isolate* isolate = info.GetIsolate();
  CHECK(info[0]->IsUint32());
  size_t size = info[0].As<v8::Uint32>()->Value();
  std::unique_ptr<BackingStore> store = env->allocator()->NewPoolSlab(size);
  if (!store) {
    // Over the cap: dead buffers may be holding it; collect them (synchronously) and try once more.
    isolate->LowMemoryNotification();
    store = env->allocator()->NewPoolSlab(size);
  }
  if (!store) {
    isolate->ThrowException(
        v8::Exception::RangeError(OneByteString(isolate, "Array buffer allocation failed")));
    return;
  }
  env->external_memory()->Sync();
  Local<ArrayBuffer> buffer = ArrayBuffer::New(isolate, std::move(store));
  MarkPoolArrayBuffer(buffer);
  info.GetReturnValue().Set(buffer);
}

enum StatsField {
  kLiveBytes, kLiveCount, kPeakBytes, kTotalAllocations, kTotalFrees, kLargeCount, kLargeBytes,
  kFailedAllocations, kSlabsLive, kSlabsIdle, kSlabsReused, kSlabsAllocated, kSlabsFreed,
  kIdleSlabBytes, kAdjustedNativeBytes, kNativeBytes, kMaxBytes, kLargeCachedBytes, kLargeReuses,
  kStatsFieldCount
};

// stats(Float64Array(kStatsFieldCount)): fills the fields in StatsField order.
void Stats(const FunctionCallbackInfo<Value>& info) {
  Environment* env = Environment::From(info);
  CHECK(info[0]->IsFloat64Array());
  Local<Float64Array> array = info[0].As<Float64Array>();
  CHECK_EQ(array->Length(), static_cast<size_t>(kStatsFieldCount));
  double* out = reinterpret_cast<double*>(static_cast<char*>(array->Buffer()->Data()) +
                                          array->ByteOffset());
  env->external_memory()->Sync();
  AllocatorStats stats = env->allocator()->stats();
  SlabCache& slabs = env->allocator()->slab_cache();
  out[kLiveBytes] = static_cast<double>(stats.live_bytes);
  out[kLiveCount] = static_cast<double>(stats.live_count);
  out[kPeakBytes] = static_cast<double>(stats.peak_bytes);
  out[kTotalAllocations] = static_cast<double>(stats.total_allocations);
  out[kTotalFrees] = static_cast<double>(stats.total_frees);
  out[kLargeCount] = static_cast<double>(stats.large_count);
  out[kLargeBytes] = static_cast<double>(stats.large_bytes);
  out[kFailedAllocations] = static_cast<double>(stats.failed_allocations);
  out[kSlabsLive] = static_cast<double>(slabs.live_slabs());
  out[kSlabsIdle] = static_cast<double>(slabs.idle_slabs());
  out[kSlabsReused] = static_cast<double>(slabs.slabs_reused());
  out[kSlabsAllocated] = static_cast<double>(slabs.slabs_allocated());
  out[kSlabsFreed] = static_cast<double>(slabs.slabs_freed());
  out[kIdleSlabBytes] = static_cast<double>(slabs.idle_bytes());
  out[kAdjustedNativeBytes] = static_cast<double>(env->external_memory()->adjusted_bytes());
  out[kNativeBytes] = static_cast<double>(env->external_memory()->native_bytes());
  out[kMaxBytes] = static_cast<double>(env->allocator()->max_bytes());
  out[kLargeCachedBytes] = static_cast<double>(stats.large_cached_bytes);
  out[kLargeReuses] = static_cast<double>(stats.large_reuses);
}

// trim() → bytes of idle slabs and cached large mappings released; also hands free heap pages
// back to the OS.
void Trim(const FunctionCallbackInfo<Value>& info) {
  Environment* env = Environment::From(info);
  size_t released = env->allocator()->slab_cache().Trim() + env->allocator()->large_cache().Release();
  env->allocator()->FlushDeferredFrees();
  malloc_trim(0);
  env->external_memory()->Sync();
  info.GetReturnValue().Set(static_cast<double>(released));
}

void SetPoolIdleMax(const FunctionCallbackInfo<Value>& info) {
  Environment* env = Environment::From(info);
  CHECK(info[0]->IsUint32());
  env->allocator()->slab_cache().set_max_idle(info[0].As<v8::Uint32>()->Value());
  env->external_memory()->Sync();
}

// reclaim(): full, synchronous garbage collection (V8's low-memory notification). Large mappings
// the collection freed go back to the OS rather than waiting in the cache for reuse.
void Reclaim(const FunctionCallbackInfo<Value>& info) {
  Environment* env = Environment::From(info);
  info.GetIsolate()->LowMemoryNotification();
  env->allocator()->large_cache().Release();
  env->external_memory()->Sync();
}

}  // namespace

void InitializeBinding_memory(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  SetMethod(context, target, "createPoolArrayBuffer", CreatePoolArrayBuffer);
  SetMethod(context, target, "stats", Stats);
  SetMethod(context, target, "trim", Trim);
  SetMethod(context, target, "setPoolIdleMax", SetPoolIdleMax);
  SetMethod(context, target, "reclaim", Reclaim);
  SetConstant(context, target, "kStatsFieldCount", kStatsFieldCount);
  SetConstant(context, target, "largeThreshold", Allocator::kLargeThreshold);
  // The toggle lives in the allocator; JS flips it around allocations that need no zeroing.
  std::shared_ptr<BackingStore> toggle = ArrayBuffer::NewBackingStore(
      env->allocator()->zero_fill_field(), sizeof(uint32_t), [](void*, size_t, void*) {}, nullptr);
  Local<ArrayBuffer> toggle_buffer = ArrayBuffer::New(isolate, toggle);
  SetValue(context, target, "zeroFill", Uint32Array::New(toggle_buffer, 0, 1));
  SetValue(context, target, "zeroFillAll", v8::Boolean::New(isolate, env->allocator()->zero_fill_all()));
}

}  // namespace octet
