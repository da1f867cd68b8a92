// Embeds a host through src/octet.h alone, as an embedder would.
#include <gtest/gtest.h>
#include <v8.h>

#include "octet.h"
#include "builtins.h"
#include "shared_platform.h"

namespace {

TEST(HostApi, RunSourceReturnsExitCode) {
  auto host = octet::Host::Create(SharedPlatform(), {.argv = {"cctest"}});
  EXPECT_EQ(host->RunSource("process.exitCode = 3", false), 3);
}

TEST(HostApi, UncaughtErrorExitsWithOne) {
  auto host = octet::Host::Create(SharedPlatform(), {.argv = {"cctest"}});
  EXPECT_EQ(host->RunSource("throw new Error('expected by the test')", false), 1);
}

TEST(HostApi, ProcessExitStopsTheScript) {
  auto host = octet::Host::Create(SharedPlatform(), {.argv = {"cctest"}});
  EXPECT_EQ(host->RunSource("process.exit(5); process.exitCode = 6", false), 5);
}

TEST(HostApi, MemoryStatsSeeArrayBuffers) {
  auto host = octet::Host::Create(SharedPlatform(), {.argv = {"cctest"}});
  EXPECT_EQ(host->RunSource("globalThis.keep = new ArrayBuffer(1 << 20)", false), 0);
  octet::MemoryStats stats = host->GetMemoryStats();
  EXPECT_GE(stats.array_buffers, size_t{1} << 20);
  EXPECT_GT(stats.heap_used, 0u);
  EXPECT_GT(stats.rss, stats.heap_used);
}

void InitAnswer(v8::Local<v8::Context> context, v8::Local<v8::Object> exports, void* data) {
  v8::Isolate* isolate = context->GetIsolate();
  exports->Set(context, v8::String::NewFromUtf8Literal(isolate, "answer"),
               v8::Integer::New(isolate, *static_cast<int*>(data)))
      .Check();
}

TEST(HostApi, NativeModuleIsRequirable) {
  auto host = octet::Host::Create(SharedPlatform(), {.argv = {"cctest"}});
  int answer = 42;
  host->AddNativeModule("answer", InitAnswer, &answer);
  EXPECT_EQ(host->RunSource("process.exitCode = require('octet:native/answer').answer", false), 42);
}

}  // namespace

namespace {

// Builtins come from the code cache made at build time, and V8 accepts it.
TEST(HostApi, BuiltinsLoadFromTheBuildTimeCodeCache) {
  octet::CodeCacheStats before = octet::GetCodeCacheStats();
  auto host = octet::Host::Create(SharedPlatform(), {.argv = {"cctest"}});
  EXPECT_EQ(host->RunSource("require('util').inspect({ a: [1, 2] })", false), 0);
  octet::CodeCacheStats after = octet::GetCodeCacheStats();
  EXPECT_GT(after.accepted - before.accepted, 5u);
  EXPECT_EQ(after.missing, before.missing);
}

}  // namespace
