// Binding `fs`: file-system calls over libuv, each usable synchronously or on the thread pool (the
// calling convention is described in src/fs/fs_req.h). JS (lib/fs.js) validates arguments and
// builds node's errors; this file only moves paths, numbers and bytes. This file holds the path and
// metadata operations; those on open descriptors are in src/fs/fs_io.cc.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>


#include "env.h"
#include "fs/fs_dispatch.h"
#include "fs/fs_io.h"
#include "fs/fs_req.h"
#include "fs/fs_stats.h"
#include "fs/mkdirp.h"
#include "util.h"

namespace octet {

using fs::BindingState;
using fs::Dispatch;
using fs::FSReqWrap;
using fs::Int32Arg;
using fs::PathArg;
using fs::ResultKind;
using fs::ResultSpec;
using fs::SetSyncError;
using fs::Spec;
using fs::StateFrom;
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

// access(path, mode, req, ctx)
void Access(const FunctionCallbackInfo<Value>& info) {
  std::string path = PathArg(info.GetIsolate(), info[0]);
  int mode = Int32Arg(info, 1);
  Dispatch(info, 2, "access", Spec(ResultKind::kNone), {},
           [&](uv_loop_t* l, uv_fs_t* r, uv_fs_cb cb) {
             return uv_fs_access(l, r, path.c_str(), mode, cb);
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
  fs::SetIoMethods(context, target, data);
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
