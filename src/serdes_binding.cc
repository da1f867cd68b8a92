// Binding `serdes`: v8.Serializer and v8.Deserializer — V8's ValueSerializer wire format (the one
// node writes), with the hooks node's classes expose to JS: _writeHostObject, _readHostObject,
// _getDataCloneError and _getSharedArrayBufferId are looked up on the JS object when V8 needs them.
#include <cstdlib>
#include <cstring>
#include <string>

#include "base_object.h"
#include "env.h"
#include "util.h"

namespace octet {

using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Integer;
using v8::Isolate;
using v8::Just;
using v8::Local;
using v8::Maybe;
using v8::MaybeLocal;
using v8::Nothing;
using v8::Object;
using v8::SharedArrayBuffer;
using v8::Signature;
using v8::String;
using v8::Value;
using v8::ValueDeserializer;
using v8::ValueSerializer;

namespace {

void ThrowTypeError(Isolate* isolate, const char* code, const char* message) {
  Local<Value> error = v8::Exception::TypeError(OneByteString(isolate, message));
  error.As<Object>()
      ->Set(isolate->GetCurrentContext(), OneByteString(isolate, "code"), OneByteString(isolate, code))
      .Check();
  isolate->ThrowException(error);
}

void ThrowError(Isolate* isolate, const char* message) {
  isolate->ThrowException(v8::Exception::Error(OneByteString(isolate, message)));
}

// The JS method `name` on `object`, if it has one.
MaybeLocal<Function> Hook(Local<Context> context, Local<Object> object, const char* name) {
  Local<Value> value;
  if (!object->Get(context, OneByteString(context->GetIsolate(), name)).ToLocal(&value) ||
      !value->IsFunction()) {
    return {};
  }
  return value.As<Function>();
}

void SetProtoMethod(Isolate* isolate, Local<FunctionTemplate> tmpl, const char* name,
                    v8::FunctionCallback callback) {
  Local<FunctionTemplate> fn =
      FunctionTemplate::New(isolate, callback, Local<Value>(), Signature::New(isolate, tmpl));
  Local<String> js_name = OneByteString(isolate, name);
  fn->SetClassName(js_name);
  tmpl->PrototypeTemplate()->Set(js_name, fn);
}

// The native object behind a method's receiver; the signature guarantees there is one.
template <typename T>
T* UnwrapReceiver(const FunctionCallbackInfo<Value>& info) {
  T* self = BaseObject::Unwrap<T>(info.This());
  CHECK_NE(self, nullptr);
  return self;
}

// Throws what calling a class without `new` throws in node; false when it did.
bool RequireConstructCall(const FunctionCallbackInfo<Value>& info, const char* class_name) {
  if (info.IsConstructCall()) return true;
  std::string message = std::string("Class constructor ") + class_name +
                        " cannot be invoked without 'new'";
  ThrowTypeError(info.GetIsolate(), "ERR_CONSTRUCT_CALL_REQUIRED", message.c_str());
  return false;
}

bool ViewData(Local<Value> value, const char** data, size_t* length) {
  if (!value->IsArrayBufferView()) return false;
  Local<ArrayBufferView> view = value.As<ArrayBufferView>();
  // Buffer() moves a small on-heap view's bytes off the heap, so the pointer stays valid.
  *data = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
  *length = view->ByteLength();
  return true;
}

class SerializerContext final : public BaseObject, public ValueSerializer::Delegate {
 public:
  SerializerContext(Environment* env, Local<Object> wrap)
      : BaseObject(env, wrap), serializer_(env->isolate(), this) {}

  void ThrowDataCloneError(Local<String> message) override {
    Local<Context> context = env()->context();
    Local<Function> make_error;
    Local<Value> arg = message;
    Local<Value> error;
    if (!Hook(context, object(), "_getDataCloneError").ToLocal(&make_error)) {
      error = v8::Exception::Error(message);
    } else if (!make_error->Call(context, object(), 1, &arg).ToLocal(&error)) {
      return;  // it threw; that exception stands
    }
    env()->isolate()->ThrowException(error);
  }

  Maybe<uint32_t> GetSharedArrayBufferId(Isolate* isolate, Local<SharedArrayBuffer> buffer) override {
    Local<Context> context = env()->context();
    Local<Function> hook;
    if (!Hook(context, object(), "_getSharedArrayBufferId").ToLocal(&hook))
      return ValueSerializer::Delegate::GetSharedArrayBufferId(isolate, buffer);
    Local<Value> arg = buffer;
    Local<Value> id;
    if (!hook->Call(context, object(), 1, &arg).ToLocal(&id)) return Nothing<uint32_t>();
    return id->Uint32Value(context);
  }

  Maybe<bool> WriteHostObject(Isolate* isolate, Local<Object> host) override {
    Local<Context> context = env()->context();
    Local<Function> hook;
    if (!Hook(context, object(), "_writeHostObject").ToLocal(&hook))
      return ValueSerializer::Delegate::WriteHostObject(isolate, host);
    Local<Value> arg = host;
    if (hook->Call(context, object(), 1, &arg).IsEmpty()) return Nothing<bool>();
    return Just(true);
  }

  static SerializerContext* This(const FunctionCallbackInfo<Value>& info) {
    return UnwrapReceiver<SerializerContext>(info);
  }

  static void New(const FunctionCallbackInfo<Value>& info) {
    if (!RequireConstructCall(info, "Serializer")) return;
    new SerializerContext(Environment::From(info), info.This());
  }

  static void WriteHeader(const FunctionCallbackInfo<Value>& info) { This(info)->serializer_.WriteHeader(); }

  static void WriteValue(const FunctionCallbackInfo<Value>& info) {
    SerializerContext* self = This(info);
    Maybe<bool> ok = self->serializer_.WriteValue(self->env()->context(), info[0]);
    if (ok.IsJust()) info.GetReturnValue().Set(ok.FromJust());
  }

  // releaseBuffer() → an ArrayBuffer with the bytes (lib/v8.js makes it a Buffer). Copied into an
  // allocator-backed ArrayBuffer so that every ArrayBuffer's bytes come from octet's allocator.
  static void ReleaseBuffer(const FunctionCallbackInfo<Value>& info) {
    SerializerContext* self = This(info);
    std::pair<uint8_t*, size_t> data = self->serializer_.Release();
    Local<ArrayBuffer> buffer = ArrayBuffer::New(info.GetIsolate(), data.second);
    if (data.second > 0) memcpy(buffer->Data(), data.first, data.second);
    free(data.first);
    info.GetReturnValue().Set(buffer);
  }

  static void TransferArrayBuffer(const FunctionCallbackInfo<Value>& info) {
    SerializerContext* self = This(info);
    Isolate* isolate = info.GetIsolate();
    Maybe<uint32_t> id = info[0]->Uint32Value(self->env()->context());
    if (id.IsNothing()) return;
    if (!info[1]->IsArrayBuffer())
      return ThrowTypeError(isolate, "ERR_INVALID_ARG_TYPE", "arrayBuffer must be an ArrayBuffer");
    self->serializer_.TransferArrayBuffer(id.FromJust(), info[1].As<ArrayBuffer>());
  }

  static void WriteUint32(const FunctionCallbackInfo<Value>& info) {
    SerializerContext* self = This(info);
    Maybe<uint32_t> value = info[0]->Uint32Value(self->env()->context());
    if (value.IsJust()) self->serializer_.WriteUint32(value.FromJust());
  }

  static void WriteUint64(const FunctionCallbackInfo<Value>& info) {
    SerializerContext* self = This(info);
    Local<Context> context = self->env()->context();
    Maybe<uint32_t> hi = info[0]->Uint32Value(context);
    Maybe<uint32_t> lo = info[1]->Uint32Value(context);
    if (hi.IsNothing() || lo.IsNothing()) return;
    self->serializer_.WriteUint64((static_cast<uint64_t>(hi.FromJust()) << 32) | lo.FromJust());
  }

  static void WriteDouble(const FunctionCallbackInfo<Value>& info) {
    SerializerContext* self = This(info);
    Maybe<double> value = info[0]->NumberValue(self->env()->context());
    if (value.IsJust()) self->serializer_.WriteDouble(value.FromJust());
  }

  static void WriteRawBytes(const FunctionCallbackInfo<Value>& info) {
    SerializerContext* self = This(info);
    const char* data;
    size_t length;
    if (!ViewData(info[0], &data, &length)) {
      return ThrowTypeError(info.GetIsolate(), "ERR_INVALID_ARG_TYPE",
                            "source must be a TypedArray or a DataView");
    }
    self->serializer_.WriteRawBytes(data, length);
  }

  static void SetTreatArrayBufferViewsAsHostObjects(const FunctionCallbackInfo<Value>& info) {
    This(info)->serializer_.SetTreatArrayBufferViewsAsHostObjects(info[0]->IsTrue());
  }

 private:
  ValueSerializer serializer_;
};

class DeserializerContext final : public BaseObject, public ValueDeserializer::Delegate {
 public:
  DeserializerContext(Environment* env, Local<Object> wrap, const char* data, size_t length)
      : BaseObject(env, wrap),
        data_(reinterpret_cast<const uint8_t*>(data)),
        deserializer_(env->isolate(), data_, length, this) {}

  MaybeLocal<Object> ReadHostObject(Isolate* isolate) override {
    Local<Context> context = env()->context();
    Local<Function> hook;
    if (!Hook(context, object(), "_readHostObject").ToLocal(&hook))
      return ValueDeserializer::Delegate::ReadHostObject(isolate);
    // V8 forbids JS while deserializing; a host object hook is the documented exception.
    Isolate::AllowJavascriptExecutionScope allow_js(isolate);
    Local<Value> result;
    if (!hook->Call(context, object(), 0, nullptr).ToLocal(&result)) return {};
    if (!result->IsObject()) {
      ThrowTypeError(isolate, "ERR_INVALID_RETURN_VALUE", "readHostObject must return an object");
      return {};
    }
    return result.As<Object>();
  }

  static DeserializerContext* This(const FunctionCallbackInfo<Value>& info) {
    return UnwrapReceiver<DeserializerContext>(info);
  }

  static void New(const FunctionCallbackInfo<Value>& info) {
    if (!RequireConstructCall(info, "Deserializer")) return;
    Isolate* isolate = info.GetIsolate();
    const char* data;
    size_t length;
    if (!ViewData(info[0], &data, &length)) {
      return ThrowTypeError(isolate, "ERR_INVALID_ARG_TYPE", "buffer must be a TypedArray or a DataView");
    }
    Environment* env = Environment::From(info);
    // The bytes are read in place: the JS object keeps the view (and so the memory) alive.
    if (info.This()->Set(env->context(), OneByteString(isolate, "buffer"), info[0]).IsNothing()) return;
    new DeserializerContext(env, info.This(), data, length);
  }

  static void ReadHeader(const FunctionCallbackInfo<Value>& info) {
    DeserializerContext* self = This(info);
    Maybe<bool> ok = self->deserializer_.ReadHeader(self->env()->context());
    if (ok.IsJust()) info.GetReturnValue().Set(ok.FromJust());
  }

  static void ReadValue(const FunctionCallbackInfo<Value>& info) {
    DeserializerContext* self = This(info);
    Local<Value> value;
    if (self->deserializer_.ReadValue(self->env()->context()).ToLocal(&value))
      info.GetReturnValue().Set(value);
  }

  static void TransferArrayBuffer(const FunctionCallbackInfo<Value>& info) {
    DeserializerContext* self = This(info);
    Isolate* isolate = info.GetIsolate();
    Maybe<uint32_t> id = info[0]->Uint32Value(self->env()->context());
    if (id.IsNothing()) return;
    if (info[1]->IsArrayBuffer()) {
      self->deserializer_.TransferArrayBuffer(id.FromJust(), info[1].As<ArrayBuffer>());
    } else if (info[1]->IsSharedArrayBuffer()) {
      self->deserializer_.TransferSharedArrayBuffer(id.FromJust(), info[1].As<SharedArrayBuffer>());
    } else {
      ThrowTypeError(isolate, "ERR_INVALID_ARG_TYPE",
                     "arrayBuffer must be an ArrayBuffer or SharedArrayBuffer");
    }
  }

  static void GetWireFormatVersion(const FunctionCallbackInfo<Value>& info) {
    info.GetReturnValue().Set(This(info)->deserializer_.GetWireFormatVersion());
  }

  static void ReadUint32(const FunctionCallbackInfo<Value>& info) {
    uint32_t value;
    if (!This(info)->deserializer_.ReadUint32(&value))
      return ThrowError(info.GetIsolate(), "ReadUint32() failed");
    info.GetReturnValue().Set(value);
  }

  // readUint64() → [hi, lo], as node returns it.
  static void ReadUint64(const FunctionCallbackInfo<Value>& info) {
    Isolate* isolate = info.GetIsolate();
    uint64_t value;
    if (!This(info)->deserializer_.ReadUint64(&value))
      return ThrowError(isolate, "ReadUint64() failed");
    Local<Value> parts[] = {Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value >> 32)),
                            Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value))};
    info.GetReturnValue().Set(v8::Array::New(isolate, parts, 2));
  }

  static void ReadDouble(const FunctionCallbackInfo<Value>& info) {
    double value;
    if (!This(info)->deserializer_.ReadDouble(&value))
      return ThrowError(info.GetIsolate(), "ReadDouble() failed");
    info.GetReturnValue().Set(value);
  }

  // _readRawBytes(length) → the offset of those bytes in `this.buffer`.
  static void ReadRawBytes(const FunctionCallbackInfo<Value>& info) {
    DeserializerContext* self = This(info);
    Maybe<int64_t> length = info[0]->IntegerValue(self->env()->context());
    if (length.IsNothing()) return;
    const void* data;
    if (length.FromJust() < 0 ||
        !self->deserializer_.ReadRawBytes(static_cast<size_t>(length.FromJust()), &data)) {
      return ThrowError(info.GetIsolate(), "ReadRawBytes() failed");
    }
    info.GetReturnValue().Set(static_cast<double>(static_cast<const uint8_t*>(data) - self->data_));
  }

 private:
  const uint8_t* data_;
  ValueDeserializer deserializer_;
};

}  // namespace

void InitializeBinding_serdes(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();

  Local<FunctionTemplate> ser = BaseObject::MakeTemplate(env, SerializerContext::New, "Serializer");
  SetProtoMethod(isolate, ser, "writeHeader", SerializerContext::WriteHeader);
  SetProtoMethod(isolate, ser, "writeValue", SerializerContext::WriteValue);
  SetProtoMethod(isolate, ser, "releaseBuffer", SerializerContext::ReleaseBuffer);
  SetProtoMethod(isolate, ser, "transferArrayBuffer", SerializerContext::TransferArrayBuffer);
  SetProtoMethod(isolate, ser, "writeUint32", SerializerContext::WriteUint32);
  SetProtoMethod(isolate, ser, "writeUint64", SerializerContext::WriteUint64);
  SetProtoMethod(isolate, ser, "writeDouble", SerializerContext::WriteDouble);
  SetProtoMethod(isolate, ser, "writeRawBytes", SerializerContext::WriteRawBytes);
  SetProtoMethod(isolate, ser, "_setTreatArrayBufferViewsAsHostObjects",
                 SerializerContext::SetTreatArrayBufferViewsAsHostObjects);
  SetValue(context, target, "Serializer", ser->GetFunction(context).ToLocalChecked());

  Local<FunctionTemplate> de = BaseObject::MakeTemplate(env, DeserializerContext::New, "Deserializer");
  SetProtoMethod(isolate, de, "readHeader", DeserializerContext::ReadHeader);
  SetProtoMethod(isolate, de, "readValue", DeserializerContext::ReadValue);
  SetProtoMethod(isolate, de, "getWireFormatVersion", DeserializerContext::GetWireFormatVersion);
  SetProtoMethod(isolate, de, "transferArrayBuffer", DeserializerContext::TransferArrayBuffer);
  SetProtoMethod(isolate, de, "readUint32", DeserializerContext::ReadUint32);
  SetProtoMethod(isolate, de, "readUint64", DeserializerContext::ReadUint64);
  SetProtoMethod(isolate, de, "readDouble", DeserializerContext::ReadDouble);
  SetProtoMethod(isolate, de, "_readRawBytes", DeserializerContext::ReadRawBytes);
  SetValue(context, target, "Deserializer", de->GetFunction(context).ToLocalChecked());
}

}  // namespace octet
