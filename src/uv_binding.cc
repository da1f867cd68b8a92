// Binding `uv`: libuv's error numbers, names and descriptions, from which lib/internal/errors
// builds node's system errors ("ENOENT: no such file or directory, open '/x'").
#include <uv.h>

#include "env.h"
#include "util.h"

namespace octet {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Map;
using v8::Object;
using v8::Value;

namespace {

struct UvError {
  int code;
  const char* name;
};

#define OCTET_UV_ERROR_ENTRY(name, _) {UV_##name, "UV_" #name},
constexpr UvError kUvErrors[] = {UV_ERRNO_MAP(OCTET_UV_ERROR_ENTRY)};
#undef OCTET_UV_ERROR_ENTRY

// errname(err) → "ENOENT"; libuv's own text for numbers it does not know.
void ErrName(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  int err = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  char buf[64];
  uv_err_name_r(err, buf, sizeof(buf));
  info.GetReturnValue().Set(OneByteString(isolate, buf));
}

// getErrorMessage(err) → "no such file or directory".
void GetErrorMessage(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  int err = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  char buf[256];
  uv_strerror_r(err, buf, sizeof(buf));
  info.GetReturnValue().Set(Utf8String(isolate, buf).ToLocalChecked());
}

// getErrorMap() → Map(errno → [name, description]) for every code libuv defines.
void GetErrorMap(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<Map> map = Map::New(isolate);
  for (const UvError& error : kUvErrors) {
    Local<Value> pair[] = {OneByteString(isolate, error.name + 3),  // without "UV_"
                           Utf8String(isolate, uv_strerror(error.code)).ToLocalChecked()};
    if (map->Set(context, Integer::New(isolate, error.code), Array::New(isolate, pair, 2))
            .IsEmpty()) {
      return;
    }
  }
  info.GetReturnValue().Set(map);
}

}  // namespace

void InitializeBinding_uv(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "errname", ErrName);
  SetMethod(context, target, "getErrorMessage", GetErrorMessage);
  SetMethod(context, target, "getErrorMap", GetErrorMap);
  for (const UvError& error : kUvErrors) SetConstant(context, target, error.name, error.code);
}

}  // namespace octet
