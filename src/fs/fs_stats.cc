#include "fs/fs_stats.h"

#include "env.h"
#include "util.h"

namespace octet {
namespace fs {

using v8::ArrayBuffer;
using v8::BigInt64Array;
using v8::Float64Array;
using v8::Local;
using v8::TypedArray;
using v8::Value;

namespace {

template <typename T>
void Fill(T* out, const uv_stat_t* s) {
  const uint64_t fields[kStatFieldCount] = {s->st_dev,
                                            s->st_mode,
                                            s->st_nlink,
                                            s->st_uid,
                                            s->st_gid,
                                            s->st_rdev,
                                            s->st_blksize,
                                            s->st_ino,
                                            s->st_size,
                                            s->st_blocks,
                                            static_cast<uint64_t>(s->st_atim.tv_sec),
                                            static_cast<uint64_t>(s->st_atim.tv_nsec),
                                            static_cast<uint64_t>(s->st_mtim.tv_sec),
                                            static_cast<uint64_t>(s->st_mtim.tv_nsec),
                                            static_cast<uint64_t>(s->st_ctim.tv_sec),
                                            static_cast<uint64_t>(s->st_ctim.tv_nsec),
                                            static_cast<uint64_t>(s->st_birthtim.tv_sec),
                                            static_cast<uint64_t>(s->st_birthtim.tv_nsec)};
  for (int i = 0; i < kStatFieldCount; i++) {
    // Times before 1970 have negative seconds: keep the sign.
    bool is_time = i >= 10 && i % 2 == 0;
    out[i] = is_time ? static_cast<T>(static_cast<int64_t>(fields[i])) : static_cast<T>(fields[i]);
  }
}

}  // namespace

Local<Value> StatsResult(Environment* env, const uv_stat_t* stat, bool bigint, Local<Value> reuse) {
  Local<TypedArray> array;
  if (!reuse.IsEmpty()) {
    array = reuse.As<TypedArray>();
  } else {
    Local<ArrayBuffer> buffer = ArrayBuffer::New(env->isolate(), kStatFieldCount * 8);
    if (bigint)
      array = BigInt64Array::New(buffer, 0, kStatFieldCount);
    else
      array = Float64Array::New(buffer, 0, kStatFieldCount);
  }
  CHECK_GE(array->Length(), static_cast<size_t>(kStatFieldCount));
  char* data = static_cast<char*>(array->Buffer()->Data()) + array->ByteOffset();
  if (bigint)
    Fill(reinterpret_cast<int64_t*>(data), stat);
  else
    Fill(reinterpret_cast<double*>(data), stat);
  return array;
}

Local<Value> StatFsResult(Environment* env, const uv_statfs_t* s, bool bigint) {
  const uint64_t fields[kStatFsFieldCount] = {s->f_type,   s->f_bsize, s->f_blocks, s->f_bfree,
                                              s->f_bavail, s->f_files, s->f_ffree};
  Local<ArrayBuffer> buffer = ArrayBuffer::New(env->isolate(), kStatFsFieldCount * 8);
  char* data = static_cast<char*>(buffer->Data());
  for (int i = 0; i < kStatFsFieldCount; i++) {
    if (bigint)
      reinterpret_cast<int64_t*>(data)[i] = static_cast<int64_t>(fields[i]);
    else
      reinterpret_cast<double*>(data)[i] = static_cast<double>(fields[i]);
  }
  if (bigint) return BigInt64Array::New(buffer, 0, kStatFsFieldCount);
  return Float64Array::New(buffer, 0, kStatFsFieldCount);
}

}  // namespace fs
}  // namespace octet
