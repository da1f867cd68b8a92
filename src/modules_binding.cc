// Binding `modules`: what the CommonJS loader (lib/internal/modules/cjs/loader.js) needs from the
// file system and the compiler, synchronously.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <string>

#include "env.h"
#include "error_report.h"
#include "util.h"

namespace octet {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Script;
using v8::ScriptCompiler;
using v8::ScriptOrigin;
using v8::String;
using v8::TryCatch;
using v8::Value;

namespace {

bool ReadWholeFile(const std::string& path, std::string* out) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char chunk[65536];
  ssize_t n;
  while ((n = read(fd, chunk, sizeof(chunk))) > 0) out->append(chunk, n);
  close(fd);
  return n == 0;
}

// readFileUtf8(path) → string, or undefined when it cannot be read.
void ReadFileUtf8(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  std::string contents;
  if (!ReadWholeFile(ToStdString(isolate, info[0]), &contents)) return;
  Local<String> result;
  if (Utf8String(isolate, contents).ToLocal(&result)) info.GetReturnValue().Set(result);
}

// internalModuleStat(path) → 0 file, 1 directory, negative errno otherwise.
void InternalModuleStat(const FunctionCallbackInfo<Value>& info) {
  struct stat st;
  std::string path = ToStdString(info.GetIsolate(), info[0]);
  if (stat(path.c_str(), &st) != 0) return info.GetReturnValue().Set(-errno);
  info.GetReturnValue().Set(S_ISDIR(st.st_mode) ? 1 : 0);
}

// realpath(path) → resolved path, or undefined.
void RealPath(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  std::string path = ToStdString(isolate, info[0]);
  char* resolved = realpath(path.c_str(), nullptr);
  if (resolved == nullptr) return;
  Local<String> result;
  if (Utf8String(isolate, resolved).ToLocal(&result)) info.GetReturnValue().Set(result);
  free(resolved);
}

// compileFunction(source, filename) → function (exports, require, module, __filename, __dirname).
// A SyntaxError keeps its source arrow so that it prints like node's even after require() rethrows.
void CompileFunction(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  if (!info[0]->IsString() || !info[1]->IsString()) return;
  Local<String> params[] = {
      OneByteString(isolate, "exports"),    OneByteString(isolate, "require"),
      OneByteString(isolate, "module"),     OneByteString(isolate, "__filename"),
      OneByteString(isolate, "__dirname"),
  };
  ScriptOrigin origin(isolate, info[1].As<String>());
  ScriptCompiler::Source source(info[0].As<String>(), origin);
  TryCatch try_catch(isolate);
  Local<Function> fn;
  if (ScriptCompiler::CompileFunction(context, &source, 5, params, 0, nullptr).ToLocal(&fn)) {
    info.GetReturnValue().Set(fn);
    return;
  }
  if (try_catch.HasTerminated()) return;
  DecorateErrorWithArrow(isolate, try_catch.Exception(), try_catch.Message());
  try_catch.ReThrow();
}

// runInThisContext(source, filename) → the completion value (for -e / -p).
void RunInThisContext(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  if (!info[0]->IsString() || !info[1]->IsString()) return;
  ScriptOrigin origin(isolate, info[1].As<String>());
  TryCatch try_catch(isolate);
  Local<Script> script;
  Local<Value> result;
  ScriptCompiler::Source source(info[0].As<String>(), origin);
  if (ScriptCompiler::Compile(context, &source).ToLocal(&script) &&
      script->Run(context).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
    return;
  }
  if (try_catch.HasTerminated()) return;
  DecorateErrorWithArrow(isolate, try_catch.Exception(), try_catch.Message());
  try_catch.ReThrow();
}

}  // namespace

void InitializeBinding_modules(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "readFileUtf8", ReadFileUtf8);
  SetMethod(context, target, "internalModuleStat", InternalModuleStat);
  SetMethod(context, target, "realpath", RealPath);
  SetMethod(context, target, "compileFunction", CompileFunction);
  SetMethod(context, target, "runInThisContext", RunInThisContext);
}

}  // namespace octet
