#include "env.h"


#include "base_object.h"
#include "binding.h"
#include "builtins.h"
#include "error_report.h"
#include "memory/allocator.h"
#include "memory/external_memory.h"
#include "platform_task_pump.h"
#include "util.h"

namespace octet {

using v8::ArrayBuffer;
using v8::Boolean;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Message;
using v8::Object;
using v8::Promise;
using v8::PromiseRejectMessage;
using v8::ScriptCompiler;
using v8::ScriptOrigin;
using v8::String;
using v8::TryCatch;
using v8::Uint8Array;
using v8::Undefined;
using v8::Value;

namespace {

// The slot in the context's embedder data that points back at its Environment.
constexpr int kContextEmbedderIndex = 32;

void OnPromiseReject(PromiseRejectMessage message) {
  Local<Promise> promise = message.GetPromise();
  Isolate* isolate = promise->GetIsolate();
  Environment* env = Environment::From(isolate);
  if (env == nullptr || env->is_stopping()) return;
  Local<Value> reason = message.GetValue();
  if (reason.IsEmpty()) reason = Undefined(isolate);
  Local<Value> args[] = {Integer::New(isolate, message.GetEvent()), promise, reason};
  Local<Function> callback;
  if (!env->GetJsCallback("promiseReject").ToLocal(&callback)) return;
  TryCatch try_catch(isolate);
  if (callback->Call(env->context(), Undefined(isolate), 3, args).IsEmpty() && try_catch.HasCaught() &&
      !try_catch.HasTerminated()) {
    env->HandleUncaught(try_catch);
  }
}

void InternalBinding(const FunctionCallbackInfo<Value>& info) {
  Environment* env = Environment::From(info);
  Local<Object> binding;
  std::string name = ToStdString(info.GetIsolate(), info[0]);
  if (env->GetBinding(name).ToLocal(&binding)) info.GetReturnValue().Set(binding);
}

}  // namespace

Environment::Environment(Platform* platform, HostOptions options)
    : platform_(platform),
      options_(std::move(options)),
      allocator_(std::make_unique<Allocator>(Allocator::Options{
          options_.zero_fill_buffers, options_.max_external_memory,
          options_.buffer_pool_idle_max})) {
  CHECK_EQ(uv_loop_init(&loop_), 0);
  Isolate::CreateParams params;
  params.array_buffer_allocator = allocator_.get();
  isolate_ = Isolate::New(params);
  isolate_->Enter();
  // Node's model: microtasks run when native code says so (after each callback), never implicitly.
  isolate_->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate_->SetPromiseRejectCallback(OnPromiseReject);
  isolate_->SetCaptureStackTraceForUncaughtExceptions(true, 10);
  external_memory_ = std::make_unique<ExternalMemory>(isolate_, &loop_, allocator_.get());
  platform_tasks_ = std::make_unique<PlatformTaskPump>(platform_->v8_platform(), isolate_, &loop_);
  // A last-resort GC (low memory, or the external cap reached) also gives idle slabs back.
  isolate_->AddGCEpilogueCallback(
      [](Isolate*, v8::GCType, v8::GCCallbackFlags flags, void* data) {
        if (flags & v8::kGCCallbackFlagCollectAllAvailableGarbage) {
          static_cast<Allocator*>(data)->slab_cache().Trim();
          static_cast<Allocator*>(data)->large_cache().Release();
        }
      },
      allocator_.get());

  HandleScope handle_scope(isolate_);
  Local<Context> context = Context::New(isolate_);
  context->SetAlignedPointerInEmbedderData(kContextEmbedderIndex, this);
  context_.Reset(isolate_, context);
  context->Enter();

  Local<ArrayBuffer> tick_buffer = ArrayBuffer::New(isolate_, 2);
  tick_info_store_ = tick_buffer->GetBackingStore();
  tick_info_array_.Reset(isolate_, Uint8Array::New(tick_buffer, 0, 2));
}

Environment::~Environment() {
  {
    HandleScope handle_scope(isolate_);
    RunCleanupHooks();
    TeardownBaseObjects();
    external_memory_->Close();
    platform_tasks_->Close();
    CloseLoop();
    CHECK_EQ(base_objects_, nullptr);
    isolate_->CancelTerminateExecution();
    context()->Exit();
  }
  bindings_.clear();
  js_callbacks_.clear();
  tick_info_array_.Reset();
  context_.Reset();
  isolate_->Exit();
  isolate_->Dispose();
  tick_info_store_.reset();
  external_memory_.reset();
}

Environment* Environment::From(Local<Context> context) {
  if (context.IsEmpty()) return nullptr;
  return static_cast<Environment*>(
      context->GetAlignedPointerFromEmbedderData(kContextEmbedderIndex));
}

void Environment::AddCleanupHook(std::function<void()> hook) {
  cleanup_hooks_.push_back(std::move(hook));
}

void Environment::TrackBaseObject(BaseObject* object) {
  object->next_ = base_objects_;
  if (base_objects_ != nullptr) base_objects_->prev_ = object;
  base_objects_ = object;
}

void Environment::UntrackBaseObject(BaseObject* object) {
  if (object->prev_ != nullptr) object->prev_->next_ = object->next_;
  else base_objects_ = object->next_;
  if (object->next_ != nullptr) object->next_->prev_ = object->prev_;
  object->prev_ = object->next_ = nullptr;
}

void Environment::TeardownBaseObjects() {
  // Handle wraps only start closing here (they stay listed until their close callback runs in
  // CloseLoop); every other object is deleted now.
  BaseObject* object = base_objects_;
  while (object != nullptr) {
    BaseObject* next = object->next_;
    object->OnEnvironmentTeardown();
    object = next;
  }
}

void Environment::RunCleanupHooks() {
  while (!cleanup_hooks_.empty()) {
    std::function<void()> hook = std::move(cleanup_hooks_.back());
    cleanup_hooks_.pop_back();
    hook();
  }
}

void Environment::CloseLoop() {
  // Owners close their handles in cleanup hooks; this drains their close callbacks, and closes
  // anything an owner forgot so the loop can still be closed. A pending uv_stop() makes the first
  // uv_run return at once, hence the loop.
  for (int round = 0; uv_loop_close(&loop_) == UV_EBUSY; round++) {
    CHECK_LT(round, 16);
    uv_walk(
        &loop_,
        [](uv_handle_t* handle, void*) {
          if (!uv_is_closing(handle)) uv_close(handle, nullptr);
        },
        nullptr);
    uv_run(&loop_, UV_RUN_DEFAULT);
  }
}

MaybeLocal<Object> Environment::GetBinding(const std::string& name) {
  auto cached = bindings_.find(name);
  if (cached != bindings_.end()) return cached->second.Get(isolate_);
  Local<Context> ctx = context();
  Local<Object> target = Object::New(isolate_);
  auto native = native_modules_.find(name);
  if (native != native_modules_.end()) {
    native->second.init(ctx, target, native->second.data);
  } else {
    const BindingEntry* entry = FindBinding(name.c_str());
    if (entry == nullptr) {
      std::string msg = "No such binding: " + name;
      isolate_->ThrowException(v8::Exception::Error(Utf8String(isolate_, msg).ToLocalChecked()));
      return {};
    }
    entry->initialize(this, target);
  }
  bindings_.emplace(name, v8::Global<Object>(isolate_, target));
  return target;
}

void Environment::AddNativeModule(const std::string& name, NativeModuleInitializer init,
                                  void* data) {
  native_modules_["native:" + name] = NativeModule{init, data};
}

void Environment::SetJsCallback(const std::string& name, Local<Function> fn) {
  js_callbacks_[name].Reset(isolate_, fn);
}

MaybeLocal<Function> Environment::GetJsCallback(const std::string& name) {
  auto it = js_callbacks_.find(name);
  if (it == js_callbacks_.end()) return {};
  return it->second.Get(isolate_);
}

MaybeLocal<Value> Environment::CallJsCallback(const char* name, int argc, Local<Value> argv[]) {
  Local<Function> fn;
  if (!GetJsCallback(name).ToLocal(&fn)) return {};
  return MakeCallback(fn, Undefined(isolate_), argc, argv);
}

bool Environment::Bootstrap() {
  CHECK(!bootstrapped_);
  bootstrapped_ = true;
  HandleScope handle_scope(isolate_);
  Local<Context> ctx = context();
  TryCatch try_catch(isolate_);

  // lib/internal/bootstrap/realm.js is `(process, internalBinding) => requireBuiltin`.
  const BuiltinSource* realm = FindBuiltin("internal/bootstrap/realm");
  CHECK_NE(realm, nullptr);
  Local<String> params[] = {OneByteString(isolate_, "process"),
                            OneByteString(isolate_, "internalBinding")};
  ScriptOrigin origin(isolate_, OneByteString(isolate_, "octet:internal/bootstrap/realm"));
  ScriptCompiler::Source source(BuiltinSourceString(isolate_, *realm).ToLocalChecked(), origin);
  Local<Function> realm_fn;
  Local<Function> internal_binding;
  Local<Value> require_builtin;
  if (!ScriptCompiler::CompileFunction(ctx, &source, 2, params, 0, nullptr).ToLocal(&realm_fn) ||
      !Function::New(ctx, InternalBinding).ToLocal(&internal_binding)) {
    PrintFatalError(isolate_, try_catch.Exception(), try_catch.Message());
    return false;
  }
  Local<Object> process = Object::New(isolate_);
  Local<Value> args[] = {process, internal_binding};
  if (!realm_fn->Call(ctx, Undefined(isolate_), 2, args).ToLocal(&require_builtin) ||
      !require_builtin->IsFunction()) {
    if (try_catch.HasCaught()) PrintFatalError(isolate_, try_catch.Exception(), try_catch.Message());
    return false;
  }
  SetJsCallback("requireBuiltin", require_builtin.As<Function>());
  Local<Value> node_id = OneByteString(isolate_, "internal/bootstrap/node");
  if (require_builtin.As<Function>()->Call(ctx, Undefined(isolate_), 1, &node_id).IsEmpty()) {
    if (try_catch.HasCaught()) PrintFatalError(isolate_, try_catch.Exception(), try_catch.Message());
    return false;
  }
  return true;
}

bool Environment::RunMain(const std::string& kind, const std::string& payload) {
  HandleScope handle_scope(isolate_);
  Local<Context> ctx = context();
  Local<Function> require_builtin;
  CHECK(GetJsCallback("requireBuiltin").ToLocal(&require_builtin));
  CallbackScope callback_scope(this);
  TryCatch try_catch(isolate_);
  Local<Value> main_id = OneByteString(isolate_, "internal/main");
  Local<Value> main;
  if (!require_builtin->Call(ctx, Undefined(isolate_), 1, &main_id).ToLocal(&main) ||
      !main->IsFunction()) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) HandleUncaught(try_catch);
    return false;
  }
  Local<Value> args[] = {OneByteString(isolate_, kind.c_str()),
                         Utf8String(isolate_, payload).ToLocalChecked()};
  if (main.As<Function>()->Call(ctx, Undefined(isolate_), 2, args).IsEmpty()) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) HandleUncaught(try_catch);
    return false;
  }
  return true;
}

void Environment::SpinLoop() {
  bool more;
  do {
    if (stopping_) break;
    uv_run(&loop_, UV_RUN_DEFAULT);
    if (stopping_) break;
    platform_tasks_->RunPending();
    more = uv_loop_alive(&loop_);
    if (more) continue;
    if (!EmitBeforeExit()) break;
    more = uv_loop_alive(&loop_);
  } while (more && !stopping_);
}

bool Environment::EmitBeforeExit() {
  HandleScope handle_scope(isolate_);
  Local<Value> code = Integer::New(isolate_, exit_code_);
  CallJsCallback("emitBeforeExit", 1, &code);
  return !stopping_;
}

int Environment::EmitExit() {
  if (stopping_) return exit_code_;
  HandleScope handle_scope(isolate_);
  Local<Value> code = Integer::New(isolate_, exit_code_);
  Local<Value> result;
  Local<Function> fn;
  if (GetJsCallback("emitExit").ToLocal(&fn)) {
    TryCatch try_catch(isolate_);
    if (fn->Call(context(), Undefined(isolate_), 1, &code).ToLocal(&result) && result->IsInt32()) {
      exit_code_ = result.As<v8::Int32>()->Value();
    } else if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
      HandleUncaught(try_catch);
    }
  }
  stopping_ = true;
  return exit_code_;
}

MaybeLocal<Value> Environment::MakeCallback(Local<Function> fn, Local<Value> recv, int argc,
                                            Local<Value> argv[]) {
  if (stopping_) return {};
  CallbackScope callback_scope(this);
  TryCatch try_catch(isolate_);
  MaybeLocal<Value> result = fn->Call(context(), recv, argc, argv);
  if (result.IsEmpty() && try_catch.HasCaught() && !try_catch.HasTerminated())
    HandleUncaught(try_catch);
  return result;
}

void Environment::ProcessTicks() {
  // Nothing queued for the tick callback: run only the microtask queue (the common fast path).
  uint8_t* info = tick_info();
  if (!info[0] && !info[1]) {
    TryCatch try_catch(isolate_);
    isolate_->PerformMicrotaskCheckpoint();
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) HandleUncaught(try_catch);
  }
  Local<Function> tick;
  if (!GetJsCallback("tick").ToLocal(&tick)) return;
  while (!stopping_ && (info[0] || info[1])) {
    TryCatch try_catch(isolate_);
    if (tick->Call(context(), Undefined(isolate_), 0, nullptr).IsEmpty()) {
      if (!try_catch.HasCaught() || try_catch.HasTerminated()) return;
      HandleUncaught(try_catch);
    }
  }
}

void Environment::HandleUncaught(const TryCatch& try_catch) {
  if (stopping_ || try_catch.HasTerminated()) return;
  HandleScope handle_scope(isolate_);
  TriggerUncaught(try_catch.Exception(), try_catch.Message(), false);
}

void Environment::TriggerUncaught(Local<Value> error, Local<Message> message, bool from_promise) {
  if (stopping_) return;
  Local<Function> handler;
  if (!GetJsCallback("onUncaught").ToLocal(&handler)) {
    PrintFatalError(isolate_, error, message);
    Stop(1);
    return;
  }
  Local<Value> arrow = Utf8String(isolate_, GetErrorArrow(isolate_, error, message)).ToLocalChecked();
  Local<Value> args[] = {error, Boolean::New(isolate_, from_promise), arrow};
  TryCatch try_catch(isolate_);
  Local<Value> result;
  if (handler->Call(context(), Undefined(isolate_), 3, args).ToLocal(&result)) {
    int code = result->Int32Value(context()).FromMaybe(1);
    if (code >= 0) Stop(code);
    return;
  }
  if (try_catch.HasTerminated() || stopping_) return;
  // The 'uncaughtException' handler itself threw: node reports that error and exits with 7.
  PrintFatalError(isolate_, try_catch.Exception(), try_catch.Message());
  Stop(7);
}

void Environment::Stop(int exit_code) {
  exit_code_ = exit_code;
  if (stopping_) return;
  stopping_ = true;
  isolate_->TerminateExecution();
  uv_stop(&loop_);
}

CallbackScope::CallbackScope(Environment* env) : env_(env) { env_->callback_depth_++; }

CallbackScope::~CallbackScope() {
  if (--env_->callback_depth_ > 0 || env_->stopping_) return;
  HandleScope handle_scope(env_->isolate());
  env_->ProcessTicks();
}

}  // namespace octet
