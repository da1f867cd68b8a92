// octet's embedding API. `octet` (src/main.cc) is a thin client of this header, and so is any C++
// program that wants a JavaScript host with octet's Buffer, memory accounting and modules.
//
//   auto platform = octet::Platform::Create(argv[0], {});
//   auto host = octet::Host::Create(platform.get(), {.argv = {argv[0], "app.js"}});
//   int code = host->RunFile("app.js");   // runs the script and its event loop to the end
//
// Order: one Platform per process, created first and destroyed last; any number of Hosts in turn.
#ifndef OCTET_SRC_OCTET_H_
#define OCTET_SRC_OCTET_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace v8 {
class Context;
class Isolate;
class Object;
class Platform;
template <class T>
class Local;
}  // namespace v8

namespace octet {

const char* Version();  // "0.1.0"

class Platform {
 public:
  // Initializes ICU, the V8 platform and V8 itself. v8_flags are passed as on node's command line
  // ("--expose-gc", "--max-old-space-size=64"); unknown ones are V8's to reject.
  static std::unique_ptr<Platform> Create(const char* argv0, const std::vector<std::string>& v8_flags);
  ~Platform();
  Platform(const Platform&) = delete;
  Platform& operator=(const Platform&) = delete;

  // V8's default platform, the one v8::platform::PumpMessageLoop accepts. (V8 itself is given a
  // wrapper around it that also wakes the isolate's event loop when a task is posted.)
  v8::Platform* v8_platform() const;

 private:
  Platform();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct HostOptions {
  std::vector<std::string> argv;       // process.argv (argv[0] is execPath)
  std::vector<std::string> exec_argv;  // process.execArgv
  bool zero_fill_buffers = false;      // --zero-fill-buffers
  bool expose_internals = false;       // --expose-internals: user code may require internal/*
  size_t max_external_memory = 0;      // bytes; 0 = no cap (--max-external-memory=MB)
  size_t buffer_pool_idle_max = 16;    // idle pool slabs kept for reuse (--buffer-pool-idle-max)
  // Memory diagnostics (docs/cli.md); all off by default and then free of cost.
  bool memory_summary = false;
  std::string memory_report;           // FILE.html or FILE.json
  unsigned memory_sample_interval_ms = 50;
  bool detect_leaks = false;
  long track_buffers_min_bytes = -1;   // -1: off
  bool watch_memory = false;
};

struct MemoryStats {
  size_t rss = 0;
  size_t heap_total = 0;
  size_t heap_used = 0;
  size_t external = 0;       // V8's external figure + octet's adjusted native bytes
  size_t array_buffers = 0;  // live bytes in octet's ArrayBuffer allocator
};

// A native module that scripts load with require('octet:native/<name>').
using NativeModuleInitializer = void (*)(v8::Local<v8::Context> context,
                                         v8::Local<v8::Object> exports, void* data);

class Environment;

class Host {
 public:
  static std::unique_ptr<Host> Create(Platform* platform, HostOptions options);
  ~Host();
  Host(const Host&) = delete;
  Host& operator=(const Host&) = delete;

  // Each Run* call runs its code, then the event loop until nothing is alive, then emits
  // process 'exit'; it returns the process exit code. A Host runs one entry point.
  int RunFile(const std::string& path);
  int RunSource(const std::string& source, bool print_result);  // -e / -p
  int RunStdin();                                                 // the script read from stdin

  void AddNativeModule(const std::string& name, NativeModuleInitializer init, void* data);
  MemoryStats GetMemoryStats();
  v8::Isolate* isolate() const;
  Environment* environment() const { return env_.get(); }

 private:
  explicit Host(std::unique_ptr<Environment> env);
  int Run(const std::string& kind, const std::string& payload);
  std::unique_ptr<Environment> env_;
};

}  // namespace octet

#endif  // OCTET_SRC_OCTET_H_
