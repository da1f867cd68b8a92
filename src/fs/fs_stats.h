// stat results as JS receives them: 18 numbers per stat, in node's field order (dev, mode, nlink,
// uid, gid, rdev, blksize, ino, size, blocks, then seconds and nanoseconds of atime, mtime, ctime
// and birthtime), in a Float64Array or, for { bigint: true }, a BigInt64Array.
#ifndef OCTET_SRC_FS_FS_STATS_H_
#define OCTET_SRC_FS_FS_STATS_H_

#include <uv.h>
#include <v8.h>

namespace octet {

class Environment;

namespace fs {

constexpr int kStatFieldCount = 18;

// Fills `reuse` (a Float64Array or BigInt64Array of at least kStatFieldCount, matching `bigint`)
// when given, else a new array; returns the array.
v8::Local<v8::Value> StatsResult(Environment* env, const uv_stat_t* stat, bool bigint,
                                 v8::Local<v8::Value> reuse);

// statfs results: type, bsize, blocks, bfree, bavail, files, ffree — always a new array.
constexpr int kStatFsFieldCount = 7;
v8::Local<v8::Value> StatFsResult(Environment* env, const uv_statfs_t* stat, bool bigint);

}  // namespace fs
}  // namespace octet

#endif  // OCTET_SRC_FS_FS_STATS_H_
