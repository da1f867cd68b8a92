// The calling convention every `fs` binding function shares (see fs_req.h): reading its number
// arguments and running one uv_fs_* call synchronously or on the thread pool.
#ifndef OCTET_SRC_FS_FS_DISPATCH_H_
#define OCTET_SRC_FS_FS_DISPATCH_H_

#include <uv.h>
#include <v8.h>

#include <cstdint>

#include "env.h"
#include "fs/fs_req.h"

namespace octet {
namespace fs {

BindingState* StateFrom(const v8::FunctionCallbackInfo<v8::Value>& info);

int Int32Arg(const v8::FunctionCallbackInfo<v8::Value>& info, int index);

// A file position or length: a Number or a BigInt (JS has checked the range).
int64_t Int64Arg(const v8::FunctionCallbackInfo<v8::Value>& info, int index);

// A file position: a Number or BigInt; anything else (null) means the current position (-1).
int64_t PositionArg(const v8::FunctionCallbackInfo<v8::Value>& info, int index);

void SetSyncError(const v8::FunctionCallbackInfo<v8::Value>& info, v8::Local<v8::Value> ctx,
                  int err, const char* syscall);

ResultSpec Spec(ResultKind kind);

// Runs one uv_fs_* call. `start(loop, req, cb)` issues it; args[argc] is `req` and args[argc + 1]
// is `ctx` (see fs_req.h). `pin` is kept alive until an async call completes.
template <typename Start>
void Dispatch(const v8::FunctionCallbackInfo<v8::Value>& info, int argc, const char* syscall,
              const ResultSpec& spec, v8::Local<v8::Value> pin, Start start) {
  BindingState* state = StateFrom(info);
  Environment* env = state->env;
  FSReqWrap* wrap = FSReqWrap::From(state, info[argc]);
  if (wrap != nullptr) {
    wrap->Begin(spec, pin);
    int err = start(env->loop(), wrap->req(), FSReqWrap::AfterFs);
    if (err < 0) {
      // Refused before reaching the thread pool: report it through the callback all the same.
      wrap->req()->result = err;
      FSReqWrap::AfterFs(wrap->req());
    }
    return;
  }
  uv_fs_t req;
  int err = start(env->loop(), &req, nullptr);
  if (err < 0) {
    SetSyncError(info, info[argc + 1], err, syscall);
  } else {
    v8::Local<v8::Value> reuse;
    if (spec.kind == ResultKind::kStat) {
      if (spec.bigint)
        reuse = state->bigint_stat_values.Get(env->isolate());
      else
        reuse = state->stat_values.Get(env->isolate());
    }
    info.GetReturnValue().Set(MakeResult(env, &req, spec, reuse));
  }
  uv_fs_req_cleanup(&req);
}

}  // namespace fs
}  // namespace octet

#endif  // OCTET_SRC_FS_FS_DISPATCH_H_
