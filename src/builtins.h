// The JS sources of lib/, embedded at build time by tools/js2c.py.
#ifndef OCTET_SRC_BUILTINS_H_
#define OCTET_SRC_BUILTINS_H_

#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace octet {

struct BuiltinSource {
  const char* id;      // "internal/errors"
  const void* data;    // uint8_t (one-byte) or uint16_t units
  size_t length;       // in units
  bool one_byte;
};

const BuiltinSource* BuiltinSources(size_t* count);  // sorted by id; generated
const BuiltinSource* FindBuiltin(std::string_view id);

// The source as a V8 string that points at the embedded bytes (no copy).
v8::MaybeLocal<v8::String> BuiltinSourceString(v8::Isolate* isolate, const BuiltinSource& source);

}  // namespace octet

#endif  // OCTET_SRC_BUILTINS_H_
