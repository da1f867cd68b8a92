// `mkdir -p`: creates a directory and any missing parents, with node's results and errors.
#ifndef OCTET_SRC_FS_MKDIRP_H_
#define OCTET_SRC_FS_MKDIRP_H_

#include <string>

namespace octet {
namespace fs {

// 0 or a negative libuv error. `first_created` receives the first directory made (empty when the
// whole path existed). Blocking: call it on the main thread for the sync form, on a worker else.
int MakeDirectories(const std::string& path, int mode, std::string* first_created);

}  // namespace fs
}  // namespace octet

#endif  // OCTET_SRC_FS_MKDIRP_H_
