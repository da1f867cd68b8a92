#include "fs/fs_io.h"

#include <uv.h>

#include <string>
#include <vector>

#include "fs/fs_dispatch.h"
#include "util.h"

namespace octet {
namespace fs {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

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

}  // namespace

void SetIoMethods(Local<Context> context, Local<Object> target, Local<Value> data) {
  SetMethod(context, target, "open", Open, data);
  SetMethod(context, target, "close", Close, data);
  SetMethod(context, target, "read", Read, data);
  SetMethod(context, target, "readBuffers", ReadBuffers, data);
  SetMethod(context, target, "writeBuffer", WriteBuffer, data);
  SetMethod(context, target, "writeBuffers", WriteBuffers, data);
  SetMethod(context, target, "ftruncate", FTruncate, data);
  SetMethod(context, target, "fsync", FSync, data);
  SetMethod(context, target, "fdatasync", FDatasync, data);
}

}  // namespace fs
}  // namespace octet
