#include "builtins.h"

#include <algorithm>
#include <cstring>

namespace octet {

using v8::Context;
using v8::Function;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::ScriptCompiler;
using v8::ScriptOrigin;
using v8::String;

namespace {

// The embedded arrays live for the whole process, so the resources never free anything.
class StaticOneByte final : public String::ExternalOneByteStringResource {
 public:
  StaticOneByte(const char* data, size_t length) : data_(data), length_(length) {}
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override { delete this; }

 private:
  const char* data_;
  size_t length_;
};

class StaticTwoByte final : public String::ExternalStringResource {
 public:
  StaticTwoByte(const uint16_t* data, size_t length) : data_(data), length_(length) {}
  const uint16_t* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override { delete this; }

 private:
  const uint16_t* data_;
  size_t length_;
};

// Builtins compile on the main thread only; plain counters suffice.
CodeCacheStats code_cache_stats = {0, 0, 0};

const CodeCacheEntry* FindCodeCache(std::string_view id) {
  size_t count;
  const CodeCacheEntry* begin = CodeCacheEntries(&count);
  const CodeCacheEntry* end = begin + count;
  const CodeCacheEntry* it = std::lower_bound(
      begin, end, id, [](const CodeCacheEntry& e, std::string_view key) { return e.id < key; });
  return it != end && it->id == id ? it : nullptr;
}

}  // namespace

CodeCacheStats GetCodeCacheStats() { return code_cache_stats; }

MaybeLocal<Function> CompileBuiltin(Local<Context> context, const BuiltinSource& builtin,
                                    bool use_code_cache) {
  Isolate* isolate = context->GetIsolate();
  Local<String> params[] = {
      String::NewFromUtf8Literal(isolate, "exports"), String::NewFromUtf8Literal(isolate, "require"),
      String::NewFromUtf8Literal(isolate, "module"),  String::NewFromUtf8Literal(isolate, "process"),
      String::NewFromUtf8Literal(isolate, "internalBinding"),
  };
  std::string name = std::string("octet:") + builtin.id;
  Local<String> resource_name;
  Local<String> text;
  if (!String::NewFromUtf8(isolate, name.c_str()).ToLocal(&resource_name) ||
      !BuiltinSourceString(isolate, builtin).ToLocal(&text)) {
    return {};
  }
  ScriptOrigin origin(isolate, resource_name);
  const CodeCacheEntry* cache = use_code_cache ? FindCodeCache(builtin.id) : nullptr;
  // The source takes ownership of CachedData; the bytes themselves stay in the binary.
  ScriptCompiler::Source source(
      text, origin,
      cache ? new ScriptCompiler::CachedData(cache->data, static_cast<int>(cache->length),
                                             ScriptCompiler::CachedData::BufferNotOwned)
            : nullptr);
  MaybeLocal<Function> fn = ScriptCompiler::CompileFunction(
      context, &source, 5, params, 0, nullptr,
      cache ? ScriptCompiler::kConsumeCodeCache : ScriptCompiler::kNoCompileOptions);
  if (cache == nullptr) {
    code_cache_stats.missing++;
  } else if (source.GetCachedData()->rejected) {
    code_cache_stats.rejected++;
  } else {
    code_cache_stats.accepted++;
  }
  return fn;
}

const BuiltinSource* FindBuiltin(std::string_view id) {
  size_t count;
  const BuiltinSource* begin = BuiltinSources(&count);
  const BuiltinSource* end = begin + count;
  const BuiltinSource* it = std::lower_bound(
      begin, end, id, [](const BuiltinSource& s, std::string_view key) { return s.id < key; });
  return it != end && it->id == id ? it : nullptr;
}

MaybeLocal<String> BuiltinSourceString(Isolate* isolate, const BuiltinSource& source) {
  if (source.one_byte) {
    return String::NewExternalOneByte(
        isolate, new StaticOneByte(static_cast<const char*>(source.data), source.length));
  }
  return String::NewExternalTwoByte(
      isolate, new StaticTwoByte(static_cast<const uint16_t*>(source.data), source.length));
}

}  // namespace octet
