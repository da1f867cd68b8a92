#include "util.h"

namespace octet {

using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::Context;
using v8::Function;
using v8::FunctionTemplate;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::NewStringType;
using v8::Number;
using v8::Object;
using v8::String;
using v8::Value;

void Abort(const char* file, int line, const char* expr) {
  fprintf(stderr, "octet: %s:%d: check failed: %s\n", file, line, expr);
  fflush(stderr);
  abort();
}

Local<String> OneByteString(Isolate* isolate, const char* data, int length) {
  return String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(data),
                                NewStringType::kInternalized, length)
      .ToLocalChecked();
}

MaybeLocal<String> Utf8String(Isolate* isolate, const std::string& s) {
  return String::NewFromUtf8(isolate, s.data(), NewStringType::kNormal, static_cast<int>(s.size()));
}

std::string ToStdString(Isolate* isolate, Local<Value> value) {
  String::Utf8Value utf8(isolate, value);
  return *utf8 ? std::string(*utf8, utf8.length()) : std::string();
}

namespace {

void SetFunction(Local<Context> context, Local<Object> target, const char* name,
                 v8::FunctionCallback callback, Local<Value> data, const v8::CFunction* fast) {
  Isolate* isolate = context->GetIsolate();
  Local<FunctionTemplate> tmpl =
      FunctionTemplate::New(isolate, callback, data, Local<v8::Signature>(), 0,
                            v8::ConstructorBehavior::kThrow, v8::SideEffectType::kHasSideEffect,
                            fast);
  Local<String> js_name = OneByteString(isolate, name);
  tmpl->SetClassName(js_name);
  Local<Function> fn = tmpl->GetFunction(context).ToLocalChecked();
  fn->SetName(js_name);
  target->Set(context, js_name, fn).Check();
}

}  // namespace

void SetMethod(Local<Context> context, Local<Object> target, const char* name,
               v8::FunctionCallback callback, Local<Value> data) {
  SetFunction(context, target, name, callback, data, nullptr);
}

void SetFastMethod(Local<Context> context, Local<Object> target, const char* name,
                   v8::FunctionCallback callback, const v8::CFunction* fast) {
  SetFunction(context, target, name, callback, {}, fast);
}

void SetConstant(Local<Context> context, Local<Object> target, const char* name, double value) {
  Isolate* isolate = context->GetIsolate();
  target->Set(context, OneByteString(isolate, name), Number::New(isolate, value)).Check();
}

void SetValue(Local<Context> context, Local<Object> target, const char* name, Local<Value> value) {
  target->Set(context, OneByteString(context->GetIsolate(), name), value).Check();
}

ByteSpan ViewBytes(Local<Value> value) {
  ByteSpan span;
  if (value->IsArrayBufferView()) {
    Local<ArrayBufferView> view = value.As<ArrayBufferView>();
    span.data = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
    span.length = view->ByteLength();
  } else if (value->IsArrayBuffer()) {
    Local<ArrayBuffer> ab = value.As<ArrayBuffer>();
    span.data = static_cast<char*>(ab->Data());
    span.length = ab->ByteLength();
  } else if (value->IsSharedArrayBuffer()) {
    Local<v8::SharedArrayBuffer> sab = value.As<v8::SharedArrayBuffer>();
    span.data = static_cast<char*>(sab->Data());
    span.length = sab->ByteLength();
  }
  return span;
}

ViewContents::ViewContents(Local<Value> value) {
  if (!value->IsArrayBufferView()) {
    CHECK(value->IsArrayBuffer() || value->IsSharedArrayBuffer());
    span_ = ViewBytes(value);
    return;
  }
  Local<ArrayBufferView> view = value.As<ArrayBufferView>();
  // ByteLength() is 0 once the memory is detached; CopyContents would copy the old length's
  // worth from freed memory, so it is told how much to copy.
  const size_t length = view->ByteLength();
  if (length > kInlineBytes) {
    span_.data = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
    span_.length = length;
  } else {
    span_.length = view->CopyContents(inline_, length);
    span_.data = inline_;
  }
}

}  // namespace octet
