// V8 flags octet sets before an embedder's or user's own (which may turn them back). The
// build-time code cache is made under the same flags: V8 rejects a cache made under others.
#ifndef OCTET_SRC_V8_FLAGS_H_
#define OCTET_SRC_V8_FLAGS_H_

namespace octet {

void SetDefaultV8Flags();

}  // namespace octet

#endif  // OCTET_SRC_V8_FLAGS_H_
