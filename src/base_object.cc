#include "base_object.h"

#include "env.h"

namespace octet {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;
using v8::WeakCallbackInfo;
using v8::WeakCallbackType;

BaseObject::BaseObject(Environment* env, Local<Object> object) : env_(env) {
  CHECK_GE(object->InternalFieldCount(), kInternalFieldCount);
  object->SetAlignedPointerInInternalField(0, this);
  object_.Reset(env->isolate(), object);
  env->TrackBaseObject(this);
  MakeWeak();
}

BaseObject::~BaseObject() {
  env_->UntrackBaseObject(this);
  if (!object_.IsEmpty()) {
    HandleScope scope(env_->isolate());
    Local<Object> object = object_.Get(env_->isolate());
    object->SetAlignedPointerInInternalField(0, nullptr);
    object_.Reset();
  }
}

Local<Object> BaseObject::object() const { return object_.Get(env_->isolate()); }

void BaseObject::MakeWeak() {
  object_.SetWeak(
      this,
      [](const WeakCallbackInfo<BaseObject>& info) {
        BaseObject* self = info.GetParameter();
        self->object_.Reset();  // the JS object is gone; nothing to clear in it
        self->OnEnvironmentTeardown();
      },
      WeakCallbackType::kParameter);
}

void BaseObject::ClearWeak() { object_.ClearWeak(); }

Local<FunctionTemplate> BaseObject::MakeTemplate(Environment* env, v8::FunctionCallback ctor,
                                                 const char* class_name) {
  Isolate* isolate = env->isolate();
  Local<FunctionTemplate> tmpl = FunctionTemplate::New(isolate, ctor);
  tmpl->InstanceTemplate()->SetInternalFieldCount(kInternalFieldCount);
  tmpl->SetClassName(OneByteString(isolate, class_name));
  return tmpl;
}

HandleWrap::HandleWrap(Environment* env, Local<Object> object, uv_handle_t* handle)
    : BaseObject(env, object), handle_(handle) {
  handle_->data = this;
  // An open handle must not be collected out from under libuv: strong until closed.
  ClearWeak();
}

void HandleWrap::Close() {
  if (closing_) return;
  closing_ = true;
  uv_close(handle_, OnClose);
}

void HandleWrap::OnClose(uv_handle_t* handle) {
  HandleWrap* self = static_cast<HandleWrap*>(handle->data);
  Environment* env = self->env();
  if (!env->is_stopping() && self->has_object()) {
    HandleScope scope(env->isolate());
    Local<Object> object = self->object();
    Local<Value> onclose;
    if (object->Get(env->context(), OneByteString(env->isolate(), "onclose")).ToLocal(&onclose) &&
        onclose->IsFunction()) {
      env->MakeCallback(onclose.As<Function>(), object, 0, nullptr);
    }
  }
  delete self;
}

void HandleWrap::OnEnvironmentTeardown() {
  // Closed during teardown: the loop's final run calls OnClose, which frees this.
  Close();
}

namespace {

HandleWrap* UnwrapHandle(const FunctionCallbackInfo<Value>& info) {
  return BaseObject::Unwrap<HandleWrap>(info.This());
}

void CloseMethod(const FunctionCallbackInfo<Value>& info) {
  if (HandleWrap* wrap = UnwrapHandle(info)) wrap->Close();
}

void RefMethod(const FunctionCallbackInfo<Value>& info) {
  HandleWrap* wrap = UnwrapHandle(info);
  if (wrap != nullptr && !wrap->IsClosing()) uv_ref(wrap->handle());
}

void UnrefMethod(const FunctionCallbackInfo<Value>& info) {
  HandleWrap* wrap = UnwrapHandle(info);
  if (wrap != nullptr && !wrap->IsClosing()) uv_unref(wrap->handle());
}

void HasRefMethod(const FunctionCallbackInfo<Value>& info) {
  HandleWrap* wrap = UnwrapHandle(info);
  info.GetReturnValue().Set(wrap != nullptr && !wrap->IsClosing() && uv_has_ref(wrap->handle()));
}

}  // namespace

void HandleWrap::AddHandleMethods(Environment* env, Local<FunctionTemplate> tmpl) {
  Isolate* isolate = env->isolate();
  auto proto = tmpl->PrototypeTemplate();
  proto->Set(isolate, "close", FunctionTemplate::New(isolate, CloseMethod));
  proto->Set(isolate, "ref", FunctionTemplate::New(isolate, RefMethod));
  proto->Set(isolate, "unref", FunctionTemplate::New(isolate, UnrefMethod));
  proto->Set(isolate, "hasRef", FunctionTemplate::New(isolate, HasRefMethod));
}

}  // namespace octet
