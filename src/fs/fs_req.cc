#include "fs/fs_req.h"

#include <cstring>

#include "env.h"
#include "fs/fs_stats.h"
#include "util.h"

namespace octet {
namespace fs {

using v8::Array;
using v8::ArrayBuffer;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::Uint8Array;
using v8::Undefined;
using v8::Value;

FSReqWrap::FSReqWrap(Environment* env, Local<Object> object) : BaseObject(env, object) {
  memset(&req_, 0, sizeof(req_));
  memset(&work_, 0, sizeof(work_));
  req_.data = this;
  work_.data = this;
}

FSReqWrap::~FSReqWrap() { pin_.Reset(); }

Local<FunctionTemplate> FSReqWrap::MakeTemplate(Environment* env) {
  return BaseObject::MakeTemplate(
      env,
      [](const FunctionCallbackInfo<Value>& info) {
        CHECK(info.IsConstructCall());
        new FSReqWrap(Environment::From(info), info.This());
      },
      "FSReqCallback");
}

FSReqWrap* FSReqWrap::From(BindingState* state, Local<Value> value) {
  if (!value->IsObject()) return nullptr;
  Isolate* isolate = state->env->isolate();
  if (!state->req_template.Get(isolate)->HasInstance(value)) return nullptr;
  FSReqWrap* wrap = BaseObject::Unwrap<FSReqWrap>(value);
  CHECK_NE(wrap, nullptr);  // lib/ never reuses a finished request
  return wrap;
}

void FSReqWrap::Begin(const ResultSpec& spec, Local<Value> pin) {
  // A request object is used for one call at a time; JS makes a new one per call.
  CHECK(!in_flight_);
  in_flight_ = true;
  spec_ = spec;
  if (!pin.IsEmpty()) pin_.Reset(env()->isolate(), pin);
  ClearWeak();
}

void FSReqWrap::Complete(int err, Local<Value> result) {
  in_flight_ = false;
  pin_.Reset();
  Environment* env = this->env();
  Isolate* isolate = env->isolate();
  Local<Object> object = this->object();
  Local<Value> oncomplete;
  // A request is used once: free the native side now rather than at the next full GC. (A JS
  // object given properties, like `oncomplete`, behind a weak handle survives young-generation
  // collections; so would the buffers its callback holds.)
  delete this;
  if (env->is_stopping()) return;
  if (!object->Get(env->context(), OneByteString(isolate, "oncomplete")).ToLocal(&oncomplete) ||
      !oncomplete->IsFunction()) {
    return;
  }
  Local<Value> argv[] = {Integer::New(isolate, err),
                         err == 0 && !result.IsEmpty() ? result : Undefined(isolate).As<Value>()};
  env->MakeCallback(oncomplete.As<Function>(), object, 2, argv);
}

bool FSReqWrap::DisposeIfOrphaned() {
  if (!orphaned_) return false;
  delete this;
  return true;
}

void FSReqWrap::AfterFs(uv_fs_t* req) {
  FSReqWrap* self = static_cast<FSReqWrap*>(req->data);
  if (self->orphaned_) {
    uv_fs_req_cleanup(req);
    self->DisposeIfOrphaned();
    return;
  }
  Environment* env = self->env();
  HandleScope scope(env->isolate());
  int err = req->result < 0 ? static_cast<int>(req->result) : 0;
  Local<Value> result;
  if (err == 0) result = MakeResult(env, req, self->spec_, Local<Value>());
  uv_fs_req_cleanup(req);
  self->Complete(err, result);
}

void FSReqWrap::OnEnvironmentTeardown() {
  // libuv still owns req_ and will call back while the loop drains: free this then.
  if (in_flight_) {
    orphaned_ = true;
    pin_.Reset();
    return;
  }
  delete this;
}

Local<Value> PathValue(Environment* env, const char* data, size_t length, bool raw) {
  Isolate* isolate = env->isolate();
  if (!raw) {
    Local<Value> s;
    if (Utf8String(isolate, std::string(data, length)).ToLocal(&s)) return s;
    return Undefined(isolate);
  }
  Local<ArrayBuffer> buffer = ArrayBuffer::New(isolate, length);
  if (length > 0) memcpy(buffer->Data(), data, length);
  return Uint8Array::New(buffer, 0, length);
}

std::string PathArg(Isolate* isolate, Local<Value> value) {
  if (value->IsArrayBufferView()) {
    ByteSpan bytes = ViewBytes(value);
    return std::string(bytes.data, bytes.length);
  }
  return ToStdString(isolate, value);
}

namespace {

Local<Value> DirentsResult(Environment* env, uv_fs_t* req, const ResultSpec& spec) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<Array> names = Array::New(isolate);
  Local<Array> types = Array::New(isolate);
  uint32_t index = 0;
  uv_dirent_t entry;
  while (uv_fs_scandir_next(req, &entry) == 0) {
    Local<Value> name = PathValue(env, entry.name, strlen(entry.name), spec.raw_paths);
    names->Set(context, index, name).Check();
    if (spec.with_types) types->Set(context, index, Integer::New(isolate, entry.type)).Check();
    index++;
  }
  if (!spec.with_types) return names;
  Local<Value> pair[] = {names, types};
  return Array::New(isolate, pair, 2);
}

}  // namespace

Local<Value> MakeResult(Environment* env, uv_fs_t* req, const ResultSpec& spec,
                        Local<Value> sync_stats) {
  Isolate* isolate = env->isolate();
  switch (spec.kind) {
    case ResultKind::kNone:
      return Undefined(isolate);
    case ResultKind::kNumber:
      return Number::New(isolate, static_cast<double>(req->result));
    case ResultKind::kStat:
      return StatsResult(env, static_cast<const uv_stat_t*>(req->ptr), spec.bigint, sync_stats);
    case ResultKind::kStatFs:
      return StatFsResult(env, static_cast<const uv_statfs_t*>(req->ptr), spec.bigint);
    case ResultKind::kPtrPath: {
      const char* path = static_cast<const char*>(req->ptr);
      return PathValue(env, path, strlen(path), spec.raw_paths);
    }
    case ResultKind::kReqPath:
      return PathValue(env, req->path, strlen(req->path), spec.raw_paths);
    case ResultKind::kDirents:
      return DirentsResult(env, req, spec);
  }
  UNREACHABLE();
}

}  // namespace fs
}  // namespace octet
