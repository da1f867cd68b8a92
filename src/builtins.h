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

// Compiles a builtin as `function (exports, require, module, process, internalBinding)`, using the
// build-time code cache when there is one for it and V8 accepts it.
v8::MaybeLocal<v8::Function> CompileBuiltin(v8::Local<v8::Context> context,
                                            const BuiltinSource& source, bool use_code_cache);

// The code cache made at build time by mkcodecache (src/codecache/); empty in mkcodecache itself.
struct CodeCacheEntry {
  const char* id;
  const uint8_t* data;
  size_t length;
};
const CodeCacheEntry* CodeCacheEntries(size_t* count);  // sorted by id; generated

struct CodeCacheStats {
  size_t accepted;  // builtins compiled from the cache
  size_t rejected;  // caches V8 refused (e.g. V8 flags differ from the build's)
  size_t missing;   // builtins compiled without a cache
};
CodeCacheStats GetCodeCacheStats();

}  // namespace octet

#endif  // OCTET_SRC_BUILTINS_H_
