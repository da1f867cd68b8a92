// Binding `structured_clone`: structuredClone() through V8's ValueSerializer, the same wire format
// node uses (so typed arrays, ArrayBuffers, Maps, Dates, errors... clone as they do there).
// ArrayBuffers listed for transfer move their backing store to the clone; SharedArrayBuffers and
// WebAssembly.Modules clone to new objects over the same memory / compiled code. lib/internal/structured_clone.js reads and validates the
// transfer list; this file only moves the bytes.
#include <cstdlib>
#include <memory>
#include <vector>

#include "env.h"
#include "memory/pool_tag.h"
#include "util.h"

namespace octet {

using v8::Array;
using v8::ArrayBuffer;
using v8::BackingStore;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Just;
using v8::Local;
using v8::Maybe;
using v8::MaybeLocal;
using v8::Object;
using v8::SharedArrayBuffer;
using v8::String;
using v8::Value;
using v8::ValueDeserializer;
using v8::ValueSerializer;
using v8::WasmModuleObject;

namespace {

// What the written bytes refer to rather than contain: the backing stores of the
// SharedArrayBuffers and the compiled code of the WebAssembly.Modules met while writing, each by
// the id written for it.
struct SharedParts {
  std::vector<std::shared_ptr<BackingStore>> buffers;
  std::vector<v8::CompiledWasmModule> modules;
};

// Reports a value V8 cannot clone as an Error named DataCloneError, which the JS side turns into
// node's DOMException (code 25); collects the shared parts of the value.
class CloneWriter final : public ValueSerializer::Delegate {
 public:
  CloneWriter(Isolate* isolate, SharedParts* shared) : isolate_(isolate), shared_(shared) {}

  void ThrowDataCloneError(Local<String> message) override {
    Local<Context> context = isolate_->GetCurrentContext();
    Local<Value> error = v8::Exception::Error(message);
    Local<Object> object = error.As<Object>();
    object->Set(context, OneByteString(isolate_, "name"), OneByteString(isolate_, "DataCloneError"))
        .Check();
    object->Set(context, OneByteString(isolate_, "code"), v8::Integer::New(isolate_, 25)).Check();
    isolate_->ThrowException(error);
  }

  // V8 writes an object met twice as a back-reference, so each one arrives here once.
  Maybe<uint32_t> GetSharedArrayBufferId(Isolate* isolate,
                                         Local<SharedArrayBuffer> buffer) override {
    shared_->buffers.push_back(buffer->GetBackingStore());
    return Just(static_cast<uint32_t>(shared_->buffers.size() - 1));
  }
  Maybe<uint32_t> GetWasmModuleTransferId(Isolate* isolate,
                                          Local<WasmModuleObject> module) override {
    shared_->modules.push_back(module->GetCompiledModule());
    return Just(static_cast<uint32_t>(shared_->modules.size() - 1));
  }

  void* ReallocateBufferMemory(void* old_buffer, size_t size, size_t* actual_size) override {
    *actual_size = size;
    return realloc(old_buffer, size);
  }
  void FreeBufferMemory(void* buffer) override { free(buffer); }

 private:
  Isolate* isolate_;
  SharedParts* shared_;
};

// Gives the clone new objects over the shared parts the writer recorded.
class CloneReader final : public ValueDeserializer::Delegate {
 public:
  explicit CloneReader(const SharedParts* shared) : shared_(shared) {}

  MaybeLocal<SharedArrayBuffer> GetSharedArrayBufferFromId(Isolate* isolate,
                                                           uint32_t id) override {
    CHECK_LT(id, shared_->buffers.size());
    return SharedArrayBuffer::New(isolate, shared_->buffers[id]);
  }
  MaybeLocal<WasmModuleObject> GetWasmModuleFromId(Isolate* isolate, uint32_t id) override {
    CHECK_LT(id, shared_->modules.size());
    return WasmModuleObject::FromCompiledModule(isolate, shared_->modules[id]);
  }

 private:
  const SharedParts* shared_;
};

// transferKind(value) → 0: not an ArrayBuffer (nor may be listed for transfer); 1: an ArrayBuffer
// that is copied even when listed (a Buffer pool slab, or one V8 cannot detach, such as a
// WebAssembly.Memory's); 2: an ArrayBuffer that can be transferred.
void TransferKind(const FunctionCallbackInfo<Value>& info) {
  int kind = 0;
  if (info[0]->IsArrayBuffer()) {
    Local<ArrayBuffer> buffer = info[0].As<ArrayBuffer>();
    kind = (IsPoolArrayBuffer(buffer) || !buffer->IsDetachable()) ? 1 : 2;
  }
  info.GetReturnValue().Set(kind);
}

// structuredClone(value, transfer): `transfer` is an Array of distinct transferable ArrayBuffers
// (kind 2 above). They are detached only once the whole value has been written, so a value that
// cannot be cloned leaves them intact.
void StructuredClone(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  CHECK(info[1]->IsArray());
  Local<Array> list = info[1].As<Array>();
  uint32_t count = list->Length();

  std::vector<Local<ArrayBuffer>> buffers;
  buffers.reserve(count);
  for (uint32_t i = 0; i < count; i++) {
    Local<Value> entry;
    if (!list->Get(context, i).ToLocal(&entry)) return;
    CHECK(entry->IsArrayBuffer());
    buffers.push_back(entry.As<ArrayBuffer>());
  }

  SharedParts shared;
  CloneWriter writer(isolate, &shared);
  ValueSerializer serializer(isolate, &writer);
  for (uint32_t i = 0; i < count; i++) serializer.TransferArrayBuffer(i, buffers[i]);
  serializer.WriteHeader();
  if (serializer.WriteValue(context, info[0]).IsNothing()) return;
  std::pair<uint8_t*, size_t> data = serializer.Release();
  // Owns the serialized bytes from here on, whichever way reading ends.
  std::unique_ptr<uint8_t, decltype(&free)> bytes(data.first, free);

  CloneReader reader(&shared);
  ValueDeserializer deserializer(isolate, data.first, data.second, &reader);
  for (uint32_t i = 0; i < count; i++) {
    // A buffer already detached yields an empty store: the clone gets a 0-byte ArrayBuffer.
    std::shared_ptr<BackingStore> store = buffers[i]->GetBackingStore();
    buffers[i]->Detach();
    deserializer.TransferArrayBuffer(i, ArrayBuffer::New(isolate, std::move(store)));
  }
  Local<Value> result;
  if (deserializer.ReadHeader(context).FromMaybe(false) &&
      deserializer.ReadValue(context).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
}

}  // namespace

void InitializeBinding_structured_clone(Environment* env, Local<Object> target) {
  SetMethod(env->context(), target, "structuredClone", StructuredClone);
  SetMethod(env->context(), target, "transferKind", TransferKind);
}

}  // namespace octet
