// Binding `structured_clone`: structuredClone() through V8's ValueSerializer, the same wire format
// node uses (so typed arrays, ArrayBuffers, Maps, Dates, errors... clone as they do there).
#include <cstdlib>

#include "env.h"
#include "util.h"

namespace octet {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Maybe;
using v8::Object;
using v8::String;
using v8::Value;
using v8::ValueDeserializer;
using v8::ValueSerializer;

namespace {

// Reports a value V8 cannot clone as node's DataCloneError (a DOMException, code 25).
class CloneDelegate final : public ValueSerializer::Delegate {
 public:
  explicit CloneDelegate(Isolate* isolate) : isolate_(isolate) {}
  void ThrowDataCloneError(Local<String> message) override {
    Local<Context> context = isolate_->GetCurrentContext();
    Local<Value> error = v8::Exception::Error(message);
    Local<Object> object = error.As<Object>();
    object->Set(context, OneByteString(isolate_, "name"), OneByteString(isolate_, "DataCloneError"))
        .Check();
    object->Set(context, OneByteString(isolate_, "code"), v8::Integer::New(isolate_, 25)).Check();
    isolate_->ThrowException(error);
  }
  void* ReallocateBufferMemory(void* old_buffer, size_t size, size_t* actual_size) override {
    *actual_size = size;
    return realloc(old_buffer, size);
  }
  void FreeBufferMemory(void* buffer) override { free(buffer); }

 private:
  Isolate* isolate_;
};

void StructuredClone(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  CloneDelegate delegate(isolate);
  ValueSerializer serializer(isolate, &delegate);
  serializer.WriteHeader();
  if (serializer.WriteValue(context, info[0]).IsNothing()) return;
  std::pair<uint8_t*, size_t> data = serializer.Release();
  ValueDeserializer deserializer(isolate, data.first, data.second);
  Local<Value> result;
  if (deserializer.ReadHeader(context).FromMaybe(false) &&
      deserializer.ReadValue(context).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
  free(data.first);
}

}  // namespace

void InitializeBinding_structured_clone(Environment* env, Local<Object> target) {
  SetMethod(env->context(), target, "structuredClone", StructuredClone);
}

}  // namespace octet
