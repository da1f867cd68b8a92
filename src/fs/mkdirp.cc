#include "fs/mkdirp.h"

#include <sys/stat.h>
#include <uv.h>

#include <vector>

namespace octet {
namespace fs {

namespace {

int MkdirOne(const std::string& path, int mode) {
  uv_fs_t req;
  int err = uv_fs_mkdir(nullptr, &req, path.c_str(), mode, nullptr);
  uv_fs_req_cleanup(&req);
  return err;
}

// 1 if `path` is a directory, 0 if it is something else, or a negative libuv error.
int IsDirectory(const std::string& path) {
  uv_fs_t req;
  int err = uv_fs_stat(nullptr, &req, path.c_str(), nullptr);
  int result = err < 0 ? err : S_ISDIR(req.statbuf.st_mode) ? 1 : 0;
  uv_fs_req_cleanup(&req);
  return result;
}

}  // namespace

int MakeDirectories(const std::string& path, int mode, std::string* first_created) {
  first_created->clear();
  // A stack of paths still to create, deepest at the bottom: a missing parent is pushed on top of
  // its child and made first.
  std::vector<std::string> pending{path};
  while (!pending.empty()) {
    std::string next = std::move(pending.back());
    pending.pop_back();
    int err = MkdirOne(next, mode);
    if (err == 0) {
      if (first_created->empty()) *first_created = next;
      continue;
    }
    switch (err) {
      case UV_EACCES:
      case UV_ENOSPC:
      case UV_ENOTDIR:
      case UV_EPERM:
        return err;
      case UV_ENOENT: {
        std::string parent = next.substr(0, next.find_last_of('/'));
        if (parent != next && !parent.empty()) {
          pending.push_back(std::move(next));
          pending.push_back(std::move(parent));
          continue;
        }
        if (pending.empty()) return UV_EEXIST;
        continue;
      }
      default: {
        // Usually EEXIST: fine for a directory; a file in the way is ENOTDIR for a parent (the
        // child cannot go inside it) and EEXIST for the target itself.
        int is_dir = IsDirectory(next);
        if (is_dir < 0) return is_dir;
        if (is_dir == 0) return err == UV_EEXIST && !pending.empty() ? UV_ENOTDIR : UV_EEXIST;
        continue;
      }
    }
  }
  return 0;
}

}  // namespace fs
}  // namespace octet
