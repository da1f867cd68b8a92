// Environment: everything one isolate needs — the isolate, its context, the uv loop (held by value),
// the ArrayBuffer allocator, the binding cache and the cleanup hooks. Host (octet.h) is its public face.
#ifndef OCTET_SRC_ENV_H_
#define OCTET_SRC_ENV_H_

#include <uv.h>
#include <v8.h>

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "octet.h"

namespace octet {

class Allocator;
class BaseObject;
class ExternalMemory;
class PlatformTaskPump;

class Environment {
 public:
  Environment(Platform* platform, HostOptions options);
  ~Environment();
  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;

  static Environment* From(v8::Local<v8::Context> context);
  static Environment* From(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return From(info.GetIsolate()->GetCurrentContext());
  }
  static Environment* From(v8::Isolate* isolate) { return From(isolate->GetCurrentContext()); }

  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const { return context_.Get(isolate_); }
  uv_loop_t* loop() { return &loop_; }
  Allocator* allocator() const { return allocator_.get(); }
  ExternalMemory* external_memory() const { return external_memory_.get(); }
  Platform* platform() const { return platform_; }
  const HostOptions& options() const { return options_; }

  // Runs the bootstrap scripts once; false if they threw (already reported).
  bool Bootstrap();
  // Hands the main entry point to lib/internal/main: kind is "file", "eval", "print" or "stdin".
  bool RunMain(const std::string& kind, const std::string& payload);
  // uv_run + platform tasks + beforeExit until nothing is alive or the process is exiting.
  void SpinLoop();
  // Emits process 'exit' and returns the final exit code.
  int EmitExit();

  // Calls into JS from native code (a uv callback): afterwards runs nextTicks and microtasks, and
  // routes an exception to the uncaught-exception path. Empty result when it threw.
  v8::MaybeLocal<v8::Value> MakeCallback(v8::Local<v8::Function> fn, v8::Local<v8::Value> recv,
                                         int argc, v8::Local<v8::Value> argv[]);
  // Runs process._tickCallback (nextTicks, then microtasks) when no JS is on the stack.
  void ProcessTicks();
  // An exception escaped into native code: give it to JS (process 'uncaughtException') or report it
  // and begin exiting with code 1 (7 when the handler itself threw, as in node).
  void HandleUncaught(const v8::TryCatch& try_catch);
  void TriggerUncaught(v8::Local<v8::Value> error, v8::Local<v8::Message> message, bool from_promise);

  // process.exit() / a fatal error: stop running JS, stop the loop, remember the code.
  void Stop(int exit_code);
  bool is_stopping() const { return stopping_; }
  int exit_code() const { return exit_code_; }
  void set_exit_code(int code) { exit_code_ = code; }

  // A binding object, created on first use and cached for the life of the environment.
  v8::MaybeLocal<v8::Object> GetBinding(const std::string& name);
  void AddNativeModule(const std::string& name, NativeModuleInitializer init, void* data);

  // Functions JS hands to native code at bootstrap (tick callback, uncaught handler, ...).
  void SetJsCallback(const std::string& name, v8::Local<v8::Function> fn);
  v8::MaybeLocal<v8::Function> GetJsCallback(const std::string& name);

  // Hooks run at teardown, last added first (handles that must close before the loop does).
  void AddCleanupHook(std::function<void()> hook);

  // Flags JS sets when it has work for the tick callback: [hasTickScheduled, hasRejectionToWarn].
  uint8_t* tick_info() const { return static_cast<uint8_t*>(tick_info_store_->Data()); }
  v8::Local<v8::Uint8Array> tick_info_array() const { return tick_info_array_.Get(isolate_); }

  // Live BaseObjects (src/base_object.h), deleted or closed at teardown.
  void TrackBaseObject(BaseObject* object);
  void UntrackBaseObject(BaseObject* object);

  // Number of native→JS callbacks on the stack; ticks run only when it drops to zero.
  int callback_depth() const { return callback_depth_; }

 private:
  struct NativeModule {
    NativeModuleInitializer init;
    void* data;
  };
  friend class CallbackScope;
  void RunCleanupHooks();
  void TeardownBaseObjects();
  void CloseLoop();
  bool EmitBeforeExit();
  v8::MaybeLocal<v8::Value> CallJsCallback(const char* name, int argc, v8::Local<v8::Value> argv[]);

  Platform* platform_;
  HostOptions options_;
  uv_loop_t loop_;
  std::unique_ptr<Allocator> allocator_;
  v8::Isolate* isolate_ = nullptr;
  std::unique_ptr<ExternalMemory> external_memory_;
  std::unique_ptr<PlatformTaskPump> platform_tasks_;  // V8's foreground tasks, from the loop
  v8::Global<v8::Context> context_;
  std::unordered_map<std::string, v8::Global<v8::Object>> bindings_;
  std::unordered_map<std::string, v8::Global<v8::Function>> js_callbacks_;
  std::unordered_map<std::string, NativeModule> native_modules_;
  std::vector<std::function<void()>> cleanup_hooks_;
  BaseObject* base_objects_ = nullptr;  // intrusive list head
  std::shared_ptr<v8::BackingStore> tick_info_store_;
  v8::Global<v8::Uint8Array> tick_info_array_;
  int callback_depth_ = 0;
  int exit_code_ = 0;
  bool stopping_ = false;
  bool bootstrapped_ = false;
};

// rss, V8 heap, external (V8's figure + octet's adjusted native bytes) and live ArrayBuffer bytes.
MemoryStats CollectMemoryStats(Environment* env);

// Keeps a native→JS call's bookkeeping: ticks and microtasks run when the outermost scope ends.
class CallbackScope {
 public:
  explicit CallbackScope(Environment* env);
  ~CallbackScope();
  CallbackScope(const CallbackScope&) = delete;
  CallbackScope& operator=(const CallbackScope&) = delete;

 private:
  Environment* env_;
};

}  // namespace octet

#endif  // OCTET_SRC_ENV_H_
