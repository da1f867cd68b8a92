// Binding `builtins`: compiles the embedded lib/ modules for the loader in
// lib/internal/bootstrap/realm.js.
#include "builtins.h"
#include "env.h"
#include "util.h"

namespace octet {

using v8::Array;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

// compileFunction(id) → function (exports, require, module, process, internalBinding)
void CompileFunction(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  const BuiltinSource* builtin = FindBuiltin(ToStdString(isolate, info[0]));
  if (builtin == nullptr) return;  // undefined: the loader throws the error
  Local<Function> fn;
  if (CompileBuiltin(isolate->GetCurrentContext(), *builtin, true).ToLocal(&fn))
    info.GetReturnValue().Set(fn);
}

void HasBuiltin(const FunctionCallbackInfo<Value>& info) {
  std::string id = ToStdString(info.GetIsolate(), info[0]);
  info.GetReturnValue().Set(FindBuiltin(id) != nullptr);
}

}  // namespace

void InitializeBinding_builtins(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Isolate* isolate = env->isolate();
  SetMethod(context, target, "compileFunction", CompileFunction);
  SetMethod(context, target, "hasBuiltin", HasBuiltin);
  size_t count;
  const BuiltinSource* sources = BuiltinSources(&count);
  Local<Array> ids = Array::New(isolate, static_cast<int>(count));
  for (size_t i = 0; i < count; i++)
    ids->Set(context, static_cast<uint32_t>(i), OneByteString(isolate, sources[i].id)).Check();
  SetValue(context, target, "ids", ids);
}

}  // namespace octet
