// Binding `fs`: file-system calls over libuv, each usable synchronously or on the thread pool (the
// calling convention is described in src/fs/fs_req.h). JS (lib/fs.js) validates arguments and
// builds node's errors; this file only moves paths, numbers and bytes.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <vector>

#include "env.h"
#include "fs/fs_req.h"
#include "fs/fs_stats.h"
#include "fs/mkdirp.h"
#include "util.h"

namespace octet {

using fs::BindingState;
using fs::FSReqWrap;
using fs::PathArg;
using fs::ResultKind;
using fs::ResultSpec;
using v8::Array;
using v8::ArrayBuffer;
using v8::BigInt64Array;
using v8::Context;
using v8::Float64Array;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

BindingState* StateFrom(const FunctionCallbackInfo<Value>& info) {
  return static_cast<BindingState*>(info.Data().As<v8::External>()->Value());
}

int Int32Arg(const FunctionCallbackInfo<Value>& info, int index) {
  return info[index]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

// A file position or length: a Number or a BigInt (JS has checked the range).
int64_t Int64Arg(const FunctionCallbackInfo<Value>& info, int index) {
  Local<Value> value = info[index];
  if (value->IsBigInt()) return value.As<v8::BigInt>()->Int64Value();
  return value->IntegerValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

// A file position: a Number or BigInt; anything else (null) means the current position (-1).
int64_t PositionArg(const FunctionCallbackInfo<Value>& info, int index) {
  Local<Value> value = info[index];
  if (value->IsBigInt()) return value.As<v8::BigInt>()->Int64Value();
  if (value->IsNumber()) return static_cast<int64_t>(value.As<v8::Number>()->Value());
  return -1;
}

void SetSyncError(const FunctionCallbackInfo<Value>& info, Local<Value> ctx, int err,
                  const char* syscall) {
  if (!ctx->IsObject()) return;
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<Object> object = ctx.As<Object>();
  object->Set(context, OneByteString(isolate, "errno"), Integer::New(isolate, err)).Check();
  object->Set(context, OneByteString(isolate, "syscall"), OneByteString(isolate, syscall)).Check();
}

// Runs one uv_fs_* call. `start(loop, req, cb)` issues it; args[argc] is `req` and args[argc + 1]
// is `ctx` (see fs_req.h). `pin` is kept alive until an async call completes.
template <typename Start>
void Dispatch(const FunctionCallbackInfo<Value>& info, int argc, const char* syscall,
              const ResultSpec& spec, Local<Value> pin, Start start) {
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
    Local<Value> reuse;
    if (spec.kind == ResultKind::kStat) {
      if (spec.bigint)
        reuse = state->bigint_stat_values.Get(env->isolate());
      else
        reuse = state->stat_values.Get(env->isolate());
    }
    info.GetReturnValue().Set(fs::MakeResult(env, &req, spec, reuse));
  }
  uv_fs_req_cleanup(&req);
}

ResultSpec Spec(ResultKind kind) {
  ResultSpec spec;
  spec.kind = kind;
  return spec;
}

// access(path, mode, req, ctx)
void Access(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  int mode = Int32Arg(info, 1);
  Dispatch(info, 2, "access", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_access(l, r, path.c_str(), mode, cb);
           });
}

// open(path, flags, mode, req, ctx) → fd
void Open(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  int flags = Int32Arg(info, 1);
  int mode = Int32Arg(info, 2);
  Dispatch(info, 3, "open", Spec(ResultKind::kNumber), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_open(l, r, path.c_str(), flags, mode, cb);
           });
}

// close(fd, req, ctx)
void Close(const FunctionCallbackInfo<Value>& info) {
  int fd = Int32Arg(info, 0);
  Dispatch(info, 1, "close", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_close(l, r, fd, cb); });
}

// The bytes [offset, offset + length) of a view argument; JS has checked the bounds.
uv_buf_t ViewSlice(const FunctionCallbackInfo<Value>& info, int view_index, int offset_index,
                   int length_index) {
  ByteSpan bytes = ViewBytes(info[view_index]);
  int64_t offset = Int64Arg(info, offset_index);
  int64_t length = Int64Arg(info, length_index);
  CHECK_GE(offset, 0);
  CHECK_GE(length, 0);
  CHECK_LE(static_cast<size_t>(offset + length), bytes.length);
  return uv_buf_init(bytes.data + offset, static_cast<unsigned int>(length));
}

// read(fd, buffer, offset, length, position, req, ctx) → bytes read; position -1: current position
void Read(const FunctionCallbackInfo<Value>& info) {
  int fd = Int32Arg(info, 0);
  uv_buf_t buf = ViewSlice(info, 1, 2, 3);
  int64_t position = PositionArg(info, 4);
  Dispatch(info, 5, "read", Spec(ResultKind::kNumber), info[1],
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_read(l, r, fd, &buf, 1, position, cb);
           });
}

// writeBuffer(fd, buffer, offset, length, position, req, ctx) → bytes written
void WriteBuffer(const FunctionCallbackInfo<Value>& info) {
  int fd = Int32Arg(info, 0);
  uv_buf_t buf = ViewSlice(info, 1, 2, 3);
  int64_t position = PositionArg(info, 4);
  Dispatch(info, 5, "write", Spec(ResultKind::kNumber), info[1],
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_write(l, r, fd, &buf, 1, position, cb);
           });
}

// Every view of an array argument as a uv_buf_t.
std::vector<uv_buf_t> ViewList(const FunctionCallbackInfo<Value>& info, int index) {
  std::vector<uv_buf_t> bufs;
  Local<Array> array = info[index].As<Array>();
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  for (uint32_t i = 0; i < array->Length(); i++) {
    Local<Value> item = array->Get(context, i).ToLocalChecked();
    ByteSpan bytes = ViewBytes(item);
    bufs.push_back(uv_buf_init(bytes.data, static_cast<unsigned int>(bytes.length)));
  }
  return bufs;
}

// writeBuffers(fd, views, position, req, ctx) → bytes written
void WriteBuffers(const FunctionCallbackInfo<Value>& info) {
  int fd = Int32Arg(info, 0);
  std::vector<uv_buf_t> bufs = ViewList(info, 1);
  int64_t position = PositionArg(info, 2);
  Dispatch(info, 3, "write", Spec(ResultKind::kNumber), info[1],
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_write(l, r, fd, bufs.data(), static_cast<unsigned int>(bufs.size()),
                                position, cb);
           });
}

// readBuffers(fd, views, position, req, ctx) → bytes read
void ReadBuffers(const FunctionCallbackInfo<Value>& info) {
  int fd = Int32Arg(info, 0);
  std::vector<uv_buf_t> bufs = ViewList(info, 1);
  int64_t position = PositionArg(info, 2);
  Dispatch(info, 3, "read", Spec(ResultKind::kNumber), info[1],
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_read(l, r, fd, bufs.data(), static_cast<unsigned int>(bufs.size()),
                               position, cb);
           });
}

ResultSpec StatSpec(const FunctionCallbackInfo<Value>& info, int bigint_index) {
  ResultSpec spec = Spec(ResultKind::kStat);
  spec.bigint = info[bigint_index]->IsTrue();
  return spec;
}

// stat(path, bigint, req, ctx) / lstat(...) → stat array
void Stat(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  Dispatch(info, 2, "stat", StatSpec(info, 1), {}, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return uv_fs_stat(l, r, path.c_str(), cb);
  });
}

void LStat(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  Dispatch(info, 2, "lstat", StatSpec(info, 1), {}, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return uv_fs_lstat(l, r, path.c_str(), cb);
  });
}

// fstat(fd, bigint, req, ctx)
void FStat(const FunctionCallbackInfo<Value>& info) {
  int fd = Int32Arg(info, 0);
  Dispatch(info, 2, "fstat", StatSpec(info, 1), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_fstat(l, r, fd, cb); });
}

// statfs(path, bigint, req, ctx) → statfs array
void StatFs(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  ResultSpec spec = Spec(ResultKind::kStatFs);
  spec.bigint = info[1]->IsTrue();
  Dispatch(info, 2, "statfs", spec, {}, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return uv_fs_statfs(l, r, path.c_str(), cb);
  });
}

// readdir(path, raw, withTypes, req, ctx) → names or [names, types]
void Readdir(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  ResultSpec spec = Spec(ResultKind::kDirents);
  spec.raw_paths = info[1]->IsTrue();
  spec.with_types = info[2]->IsTrue();
  Dispatch(info, 3, "scandir", spec, {}, [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
    return uv_fs_scandir(l, r, path.c_str(), 0, cb);
  });
}

void AfterMkdirp(uv_work_t* work, int status) {
  FSReqWrap* wrap = static_cast<FSReqWrap*>(work->data);
  if (wrap->DisposeIfOrphaned()) return;
  Environment* env = wrap->env();
  HandleScope scope(env->isolate());
  int err = status < 0 ? status : wrap->work_result;
  Local<Value> first;
  if (err == 0 && !wrap->work_out.empty()) {
    first = fs::PathValue(env, wrap->work_out.data(), wrap->work_out.size(), false);
  }
  wrap->Complete(err, first);
}

// mkdir(path, mode, recursive, req, ctx) → (recursive) the first directory created, or undefined
void Mkdir(const FunctionCallbackInfo<Value>& info) {
  BindingState* state = StateFrom(info);
  Environment* env = state->env;
  std::string path = PathArg(info.GetIsolate(), info[0]);
  int mode = Int32Arg(info, 1);
  if (!info[2]->IsTrue()) {
    Dispatch(info, 3, "mkdir", Spec(ResultKind::kNone), {},
             [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
               return uv_fs_mkdir(l, r, path.c_str(), mode, cb);
             });
    return;
  }
  FSReqWrap* wrap = FSReqWrap::From(state, info[3]);
  if (wrap != nullptr) {
    wrap->Begin(Spec(ResultKind::kNone), {});
    wrap->work_path = std::move(path);
    wrap->work_mode = mode;
    CHECK_EQ(uv_queue_work(
                 env->loop(), wrap->work(),
                 [](uv_work_t* work) {
                   FSReqWrap* w = static_cast<FSReqWrap*>(work->data);
                   w->work_result = fs::MakeDirectories(w->work_path, w->work_mode, &w->work_out);
                 },
                 AfterMkdirp),
             0);
    return;
  }
  std::string first;
  int err = fs::MakeDirectories(path, mode, &first);
  if (err < 0) return SetSyncError(info, info[4], err, "mkdir");
  if (!first.empty())
    info.GetReturnValue().Set(fs::PathValue(env, first.data(), first.size(), false));
}

// rmdir(path, req, ctx), unlink(path, req, ctx)
void Rmdir(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  Dispatch(
      info, 1, "rmdir", Spec(ResultKind::kNone), {},
      [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_rmdir(l, r, path.c_str(), cb); });
}

void Unlink(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  Dispatch(
      info, 1, "unlink", Spec(ResultKind::kNone), {},
      [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_unlink(l, r, path.c_str(), cb); });
}

// rename(from, to, req, ctx)
void Rename(const FunctionCallbackInfo<Value>& info) {
  std::string from = PathArg(info.GetIsolate(), info[0]);
  std::string to = PathArg(info.GetIsolate(), info[1]);
  Dispatch(info, 2, "rename", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_rename(l, r, from.c_str(), to.c_str(), cb);
           });
}

// copyFile(src, dest, mode, req, ctx)
void CopyFile(const FunctionCallbackInfo<Value>& info) {
  std::string src = PathArg(info.GetIsolate(), info[0]);
  std::string dest = PathArg(info.GetIsolate(), info[1]);
  int mode = Int32Arg(info, 2);
  Dispatch(info, 3, "copyfile", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_copyfile(l, r, src.c_str(), dest.c_str(), mode, cb);
           });
}

// link(existing, new, req, ctx)
void Link(const FunctionCallbackInfo<Value>& info) {
  std::string from = PathArg(info.GetIsolate(), info[0]);
  std::string to = PathArg(info.GetIsolate(), info[1]);
  Dispatch(info, 2, "link", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_link(l, r, from.c_str(), to.c_str(), cb);
           });
}

// symlink(target, path, flags, req, ctx)
void Symlink(const FunctionCallbackInfo<Value>& info) {
  std::string target = PathArg(info.GetIsolate(), info[0]);
  std::string path = PathArg(info.GetIsolate(), info[1]);
  int flags = Int32Arg(info, 2);
  Dispatch(info, 3, "symlink", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_symlink(l, r, target.c_str(), path.c_str(), flags, cb);
           });
}

ResultSpec PathSpec(ResultKind kind, const FunctionCallbackInfo<Value>& info, int raw_index) {
  ResultSpec spec = Spec(kind);
  spec.raw_paths = info[raw_index]->IsTrue();
  return spec;
}

// readlink(path, raw, req, ctx) → target
void Readlink(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  Dispatch(info, 2, "readlink", PathSpec(ResultKind::kPtrPath, info, 1), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_readlink(l, r, path.c_str(), cb);
           });
}

// realpath(path, raw, req, ctx) → the canonical path (the C library's realpath)
void Realpath(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  Dispatch(info, 2, "realpath", PathSpec(ResultKind::kPtrPath, info, 1), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_realpath(l, r, path.c_str(), cb);
           });
}

// mkdtemp(prefix, raw, req, ctx) → the directory created (prefix + 6 random characters)
void Mkdtemp(const FunctionCallbackInfo<Value>& info) {
  std::string tmpl = PathArg(info.GetIsolate(), info[0]) + "XXXXXX";
  Dispatch(
      info, 2, "mkdtemp", PathSpec(ResultKind::kReqPath, info, 1), {},
      [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_mkdtemp(l, r, tmpl.c_str(), cb); });
}

// ftruncate(fd, length, req, ctx)
void FTruncate(const FunctionCallbackInfo<Value>& info) {
  int fd = Int32Arg(info, 0);
  int64_t length = Int64Arg(info, 1);
  Dispatch(
      info, 2, "ftruncate", Spec(ResultKind::kNone), {},
      [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_ftruncate(l, r, fd, length, cb); });
}

// fsync(fd, req, ctx), fdatasync(fd, req, ctx)
void FSync(const FunctionCallbackInfo<Value>& info) {
  int fd = Int32Arg(info, 0);
  Dispatch(info, 1, "fsync", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_fsync(l, r, fd, cb); });
}

void FDatasync(const FunctionCallbackInfo<Value>& info) {
  int fd = Int32Arg(info, 0);
  Dispatch(info, 1, "fdatasync", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_fdatasync(l, r, fd, cb); });
}

// chmod(path, mode, req, ctx), fchmod(fd, mode, req, ctx)
void Chmod(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  int mode = Int32Arg(info, 1);
  Dispatch(info, 2, "chmod", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_chmod(l, r, path.c_str(), mode, cb);
           });
}

void FChmod(const FunctionCallbackInfo<Value>& info) {
  int fd = Int32Arg(info, 0);
  int mode = Int32Arg(info, 1);
  Dispatch(info, 2, "fchmod", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_fchmod(l, r, fd, mode, cb); });
}

uv_uid_t UidArg(const FunctionCallbackInfo<Value>& info, int index) {
  return static_cast<uv_uid_t>(
      info[index]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0));
}

// chown / lchown(path, uid, gid, req, ctx), fchown(fd, uid, gid, req, ctx)
void Chown(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  uv_uid_t uid = UidArg(info, 1);
  uv_gid_t gid = UidArg(info, 2);
  Dispatch(info, 3, "chown", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_chown(l, r, path.c_str(), uid, gid, cb);
           });
}

void LChown(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  uv_uid_t uid = UidArg(info, 1);
  uv_gid_t gid = UidArg(info, 2);
  Dispatch(info, 3, "lchown", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_lchown(l, r, path.c_str(), uid, gid, cb);
           });
}

void FChown(const FunctionCallbackInfo<Value>& info) {
  int fd = Int32Arg(info, 0);
  uv_uid_t uid = UidArg(info, 1);
  uv_gid_t gid = UidArg(info, 2);
  Dispatch(
      info, 3, "fchown", Spec(ResultKind::kNone), {},
      [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) { return uv_fs_fchown(l, r, fd, uid, gid, cb); });
}

double SecondsArg(const FunctionCallbackInfo<Value>& info, int index) {
  return info[index]->NumberValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

// utimes / lutimes(path, atime, mtime, req, ctx), futimes(fd, atime, mtime, req, ctx); seconds
void Utimes(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  double atime = SecondsArg(info, 1);
  double mtime = SecondsArg(info, 2);
  Dispatch(info, 3, "utime", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_utime(l, r, path.c_str(), atime, mtime, cb);
           });
}

void LUtimes(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  double atime = SecondsArg(info, 1);
  double mtime = SecondsArg(info, 2);
  Dispatch(info, 3, "lutime", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_lutime(l, r, path.c_str(), atime, mtime, cb);
           });
}

void FUtimes(const FunctionCallbackInfo<Value>& info) {
  int fd = Int32Arg(info, 0);
  double atime = SecondsArg(info, 1);
  double mtime = SecondsArg(info, 2);
  Dispatch(info, 3, "futime", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_futime(l, r, fd, atime, mtime, cb);
           });
}

// Read-only and undeletable, as node defines its constants.
void DefineConstant(Local<Context> context, Local<Object> target, const char* name, double value) {
  Isolate* isolate = context->GetIsolate();
  target
      ->DefineOwnProperty(context, OneByteString(isolate, name), v8::Number::New(isolate, value),
                          static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontDelete))
      .Check();
}

void SetConstants(Local<Context> context, Local<Object> target) {
#define V(name) DefineConstant(context, target, #name, name)
  V(UV_FS_SYMLINK_DIR);
  V(UV_FS_SYMLINK_JUNCTION);
  V(O_RDONLY);
  V(O_WRONLY);
  V(O_RDWR);
  V(UV_DIRENT_UNKNOWN);
  V(UV_DIRENT_FILE);
  V(UV_DIRENT_DIR);
  V(UV_DIRENT_LINK);
  V(UV_DIRENT_FIFO);
  V(UV_DIRENT_SOCKET);
  V(UV_DIRENT_CHAR);
  V(UV_DIRENT_BLOCK);
  DefineConstant(context, target, "EXTENSIONLESS_FORMAT_JAVASCRIPT", 0);
  DefineConstant(context, target, "EXTENSIONLESS_FORMAT_WASM", 1);
  V(S_IFMT);
  V(S_IFREG);
  V(S_IFDIR);
  V(S_IFCHR);
  V(S_IFBLK);
  V(S_IFIFO);
  V(S_IFLNK);
  V(S_IFSOCK);
  V(O_CREAT);
  V(O_EXCL);
  V(UV_FS_O_FILEMAP);
  V(O_NOCTTY);
  V(O_TRUNC);
  V(O_APPEND);
  V(O_DIRECTORY);
  V(O_NOATIME);
  V(O_NOFOLLOW);
  V(O_SYNC);
  V(O_DSYNC);
  V(O_DIRECT);
  V(O_NONBLOCK);
  V(S_IRWXU);
  V(S_IRUSR);
  V(S_IWUSR);
  V(S_IXUSR);
  V(S_IRWXG);
  V(S_IRGRP);
  V(S_IWGRP);
  V(S_IXGRP);
  V(S_IRWXO);
  V(S_IROTH);
  V(S_IWOTH);
  V(S_IXOTH);
  V(F_OK);
  V(R_OK);
  V(W_OK);
  V(X_OK);
  V(UV_FS_COPYFILE_EXCL);
  DefineConstant(context, target, "COPYFILE_EXCL", UV_FS_COPYFILE_EXCL);
  V(UV_FS_COPYFILE_FICLONE);
  DefineConstant(context, target, "COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE);
  V(UV_FS_COPYFILE_FICLONE_FORCE);
  DefineConstant(context, target, "COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE);
#undef V
}

}  // namespace

void InitializeBinding_fs(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  BindingState* state = new BindingState{env};
  Local<FunctionTemplate> req_template = FSReqWrap::MakeTemplate(env);
  state->req_template.Reset(isolate, req_template);
  // Two slots of stat fields, as node has (some callers stat twice before reading).
  Local<Float64Array> stat_values = Float64Array::New(
      ArrayBuffer::New(isolate, 2 * fs::kStatFieldCount * 8), 0, 2 * fs::kStatFieldCount);
  Local<BigInt64Array> bigint_stat_values = BigInt64Array::New(
      ArrayBuffer::New(isolate, 2 * fs::kStatFieldCount * 8), 0, 2 * fs::kStatFieldCount);
  state->stat_values.Reset(isolate, stat_values);
  state->bigint_stat_values.Reset(isolate, bigint_stat_values);
  env->AddCleanupHook([state]() { delete state; });

  Local<Value> data = v8::External::New(isolate, state);
  SetMethod(context, target, "access", Access, data);
  SetMethod(context, target, "open", Open, data);
  SetMethod(context, target, "close", Close, data);
  SetMethod(context, target, "read", Read, data);
  SetMethod(context, target, "readBuffers", ReadBuffers, data);
  SetMethod(context, target, "writeBuffer", WriteBuffer, data);
  SetMethod(context, target, "writeBuffers", WriteBuffers, data);
  SetMethod(context, target, "stat", Stat, data);
  SetMethod(context, target, "lstat", LStat, data);
  SetMethod(context, target, "fstat", FStat, data);
  SetMethod(context, target, "statfs", StatFs, data);
  SetMethod(context, target, "readdir", Readdir, data);
  SetMethod(context, target, "mkdir", Mkdir, data);
  SetMethod(context, target, "rmdir", Rmdir, data);
  SetMethod(context, target, "unlink", Unlink, data);
  SetMethod(context, target, "rename", Rename, data);
  SetMethod(context, target, "copyFile", CopyFile, data);
  SetMethod(context, target, "link", Link, data);
  SetMethod(context, target, "symlink", Symlink, data);
  SetMethod(context, target, "readlink", Readlink, data);
  SetMethod(context, target, "realpath", Realpath, data);
  SetMethod(context, target, "mkdtemp", Mkdtemp, data);
  SetMethod(context, target, "ftruncate", FTruncate, data);
  SetMethod(context, target, "fsync", FSync, data);
  SetMethod(context, target, "fdatasync", FDatasync, data);
  SetMethod(context, target, "chmod", Chmod, data);
  SetMethod(context, target, "fchmod", FChmod, data);
  SetMethod(context, target, "chown", Chown, data);
  SetMethod(context, target, "lchown", LChown, data);
  SetMethod(context, target, "fchown", FChown, data);
  SetMethod(context, target, "utimes", Utimes, data);
  SetMethod(context, target, "lutimes", LUtimes, data);
  SetMethod(context, target, "futimes", FUtimes, data);
  SetValue(context, target, "FSReqCallback", req_template->GetFunction(context).ToLocalChecked());
  SetValue(context, target, "statValues", stat_values);
  SetValue(context, target, "bigintStatValues", bigint_stat_values);
  Local<Object> constants = Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  SetConstants(context, constants);
  SetValue(context, target, "constants", constants);
}

}  // namespace octet
