#include "builtins.h"

#include <algorithm>
#include <cstring>

namespace octet {

using v8::Isolate;
using v8::MaybeLocal;
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

}  // namespace

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
