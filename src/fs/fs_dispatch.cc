#include "fs/fs_dispatch.h"

#include "util.h"

namespace octet {
namespace fs {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

BindingState* StateFrom(const FunctionCallbackInfo<Value>& info) {
  return static_cast<BindingState*>(info.Data().As<v8::External>()->Value());
}

int Int32Arg(const FunctionCallbackInfo<Value>& info, int index) {
  return info[index]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

int64_t Int64Arg(const FunctionCallbackInfo<Value>& info, int index) {
  Local<Value> value = info[index];
  if (value->IsBigInt()) return value.As<v8::BigInt>()->Int64Value();
  return value->IntegerValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

int64_t PositionArg(const FunctionCallbackInfo<Value>& info, int index) {
  Local<Value> value = info[index];
  if (value->IsBigInt()) return value.As<v8::BigInt>()->Int64Value();
  if (value->IsNumber()) return static_cast<int64_t>(value.As<v8::Number>()->Value());
  return -1;
}

void SetSyncError(const FunctionCallbackInfo<Value>& info, Local<Value> ctx, int err,
                  const char* syscall) {
  if (!ctx->IsObject()) return;
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<Object> object = ctx.As<Object>();
  object->Set(context, OneByteString(isolate, "errno"), Integer::New(isolate, err)).Check();
  object->Set(context, OneByteString(isolate, "syscall"), OneByteString(isolate, syscall)).Check();
}

ResultSpec Spec(ResultKind kind) {
  ResultSpec spec;
  spec.kind = kind;
  return spec;
}

}  // namespace fs
}  // namespace octet
