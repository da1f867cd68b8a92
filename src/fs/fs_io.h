// The `fs` binding's operations on open descriptors: open and close them, read and write bytes,
// truncate and flush. The path and metadata operations stay in fs_binding.cc.
#ifndef OCTET_SRC_FS_FS_IO_H_
#define OCTET_SRC_FS_FS_IO_H_

#include <v8.h>

namespace octet {
namespace fs {

// Adds open, close, read, readBuffers, writeBuffer, writeBuffers, ftruncate, fsync and fdatasync
// to the binding object; `data` is the binding's BindingState (see fs_dispatch.h).
void SetIoMethods(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                  v8::Local<v8::Value> data);

}  // namespace fs
}  // namespace octet

#endif  // OCTET_SRC_FS_FS_IO_H_
