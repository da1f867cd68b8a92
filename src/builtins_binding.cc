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
using v8::ScriptCompiler;
using v8::ScriptOrigin;
using v8::String;
using v8::Value;

namespace {

// compileFunction(id) → function (exports, require, module, process, internalBinding)
void CompileFunction(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  std::string id = ToStdString(isolate, info[0]);
  const BuiltinSource* builtin = FindBuiltin(id);
  if (builtin == nullptr) return;  // undefined: the loader throws the error
  Local<String> params[] = {
      OneByteString(isolate, "exports"), OneByteString(isolate, "require"),
      OneByteString(isolate, "module"),  OneByteString(isolate, "process"),
      OneByteString(isolate, "internalBinding"),
  };
  std::string name = "octet:" + id;
  ScriptOrigin origin(isolate, OneByteString(isolate, name.c_str()));
  Local<String> text;
  if (!BuiltinSourceString(isolate, *builtin).ToLocal(&text)) return;
  ScriptCompiler::Source source(text, origin);
  Local<Function> fn;
  if (ScriptCompiler::CompileFunction(context, &source, 5, params, 0, nullptr).ToLocal(&fn))
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
