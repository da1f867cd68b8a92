// A minimal program that embeds octet through src/octet.h alone: it adds a native module, runs a
// script that uses it together with Buffer and octet:memory, then reads the host's memory figures.
// Built by BUILD.gn as out/minimal_embedder; the test suite runs it.
#include <v8.h>

#include <cstdio>
#include <string>

#include "octet.h"

namespace {

// require('octet:native/greeter').greet(name) → "hello, <name>"
void Greet(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::String::Utf8Value name(isolate, info[0]);
  std::string text = std::string("hello, ") + (*name ? *name : "?");
  info.GetReturnValue().Set(v8::String::NewFromUtf8(isolate, text.c_str()).ToLocalChecked());
}

void InitGreeter(v8::Local<v8::Context> context, v8::Local<v8::Object> exports, void*) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Function> greet = v8::Function::New(context, Greet).ToLocalChecked();
  exports->Set(context, v8::String::NewFromUtf8Literal(isolate, "greet"), greet).Check();
}

const char* kScript = R"js(
  const { greet } = require('octet:native/greeter');
  console.log(greet('embedder'));
  globalThis.kept = Buffer.alloc(4 * 1024 * 1024, 1);
  console.log('pool slab size', require('octet:memory').stats().pool.slabSize);
)js";

}  // namespace

int main(int argc, char** argv) {
  std::unique_ptr<octet::Platform> platform = octet::Platform::Create(argv[0], {});
  int exit_code;
  {
    std::unique_ptr<octet::Host> host = octet::Host::Create(platform.get(), {.argv = {argv[0]}});
    host->AddNativeModule("greeter", InitGreeter, nullptr);
    exit_code = host->RunSource(kScript, false);
    octet::MemoryStats stats = host->GetMemoryStats();
    printf("exit code %d; arrayBuffers %s 4 MiB; heapUsed %s 0\n", exit_code,
           stats.array_buffers >= (4u << 20) ? ">=" : "<", stats.heap_used > 0 ? ">" : "==");
  }
  platform.reset();
  return exit_code;
}
