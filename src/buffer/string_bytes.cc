#include "buffer/string_bytes.h"

#include <cstring>

#include "buffer/base64.h"
#include "buffer/bytes.h"
#include "buffer/hex.h"
#include "buffer/string_view.h"
#include "buffer/unwritten_string.h"
#include "buffer/utf8.h"

namespace octet::buffer {

using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::NewStringType;
using v8::String;

namespace {

// Units per chunk when streaming a string: 16 KiB either way, which stays in L1 while each
// String::Write/WriteOneByte call (~20 ns of entry cost) is spread over enough characters.
constexpr size_t kOneByteChunk = 16384;
constexpr size_t kTwoByteChunk = 8192;

// Results whose heap string would be this large or larger become external strings instead. V8
// 10.2 puts bigger heap strings in its large-object space at ~100 µs each (a 128 KiB
// toString('hex') ran at 0.6 GB/s); an external string costs a malloc and a copy.
constexpr size_t kExternalMinBytes = 128 * 1024 - 64;

// A fresh destination this large is usually cold in cache: dropped buffers return to malloc only
// at a GC, after tens of megabytes of garbage, and a grown young generation (16 MiB) hands out
// memory last used a collection ago. The codec kernels' narrow stores then each wait for their
// line to be read in first; a memset streams the lines into cache without reading them, and the
// kernel writes into cache after it. Measured on Buffer.from(64 KiB of base64): 12.4 → 20.5
// GB/s; toString('base64') of 64 KiB into a fresh heap string: 23 → 33 GB/s.
constexpr size_t kWarmFreshBytes = 32 * 1024;

void WarmFresh(void* dst, size_t bytes) {
  if (bytes >= kWarmFreshBytes) memset(dst, 0, bytes);
}

// The characters of an external string, malloc'd and owned here. V8 10.2 does not count them
// towards its GC triggers, so they are reported with AdjustAmountOfExternalAllocatedMemory for the
// string's lifetime: without that, a loop of dropped 2 MiB strings grew to gigabytes before a GC.
template <typename Base, typename Char>
class ExternalChars final : public Base {
 public:
  ExternalChars(Isolate* isolate, Char* data, size_t length)
      : isolate_(isolate), data_(data), length_(length) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(static_cast<int64_t>(bytes()));
  }
  ~ExternalChars() override {
    // V8 disposes external strings on the isolate's thread (during GC or teardown).
    isolate_->AdjustAmountOfExternalAllocatedMemory(-static_cast<int64_t>(bytes()));
    free(data_);
  }
  const Char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  size_t bytes() const { return length_ * sizeof(Char); }

  Isolate* isolate_;
  Char* data_;
  size_t length_;
};

using ExternalOneByte = ExternalChars<String::ExternalOneByteStringResource, char>;
using ExternalTwoByte = ExternalChars<String::ExternalStringResource, uint16_t>;

// A string made of `length` units of Char produced by fill(dst), which must not call into V8:
// large ones external, other one-byte ones filled in place in a fresh heap string, the rest
// copied into the V8 heap. V8 keeps two-byte heap strings one-byte when every unit fits.
template <typename Char, typename Fill>
MaybeLocal<String> MakeString(Isolate* isolate, size_t length, Fill fill) {
  if (length > static_cast<size_t>(String::kMaxLength)) return {};
  if (length * sizeof(Char) >= kExternalMinBytes) {
    Char* data = static_cast<Char*>(malloc(length * sizeof(Char)));
    if (data == nullptr) return {};
    fill(data);
    MaybeLocal<String> result;
    if constexpr (sizeof(Char) == 1) {
      auto* resource = new ExternalOneByte(isolate, reinterpret_cast<char*>(data), length);
      result = String::NewExternalOneByte(isolate, resource);
      if (result.IsEmpty()) delete resource;
    } else {
      auto* resource = new ExternalTwoByte(isolate, reinterpret_cast<uint16_t*>(data), length);
      result = String::NewExternalTwoByte(isolate, resource);
      if (result.IsEmpty()) delete resource;
    }
    return result;
  }
  if constexpr (sizeof(Char) == 1) {
    Local<String> string;
    uint8_t* chars;
    if (length > 0 && NewUnwrittenOneByte(isolate, length, &string, &chars)) {
      WarmFresh(chars, length);
      fill(chars);
      return string;
    }
  }
  TempBuffer<Char> tmp(length);
  fill(tmp.data());
  if constexpr (sizeof(Char) == 1) {
    return String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(tmp.data()),
                                  NewStringType::kNormal, static_cast<int>(length));
  } else {
    return String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(tmp.data()),
                                  NewStringType::kNormal, static_cast<int>(length));
  }
}

template <typename Fill>
MaybeLocal<String> MakeOneByte(Isolate* isolate, size_t length, Fill fill) {
  return MakeString<uint8_t>(isolate, length, fill);
}

MaybeLocal<String> FromOneByte(Isolate* isolate, const uint8_t* data, size_t n) {
  if (n >= kExternalMinBytes) {
    return MakeOneByte(isolate, n, [&](uint8_t* out) { memcpy(out, data, n); });
  }
  if (n > static_cast<size_t>(String::kMaxLength)) return {};
  return String::NewFromOneByte(isolate, data, NewStringType::kNormal, static_cast<int>(n));
}

bool FitsOneByte(const char16_t* data, size_t n) {
  char16_t units_or = 0;
  for (size_t i = 0; i < n; ++i) units_or |= data[i];
  return units_or <= 0xFF;
}

MaybeLocal<String> FromTwoByte(Isolate* isolate, const char16_t* data, size_t n) {
  if (n * sizeof(char16_t) >= kExternalMinBytes) {
    // As V8 does for heap strings: one byte per character when every unit fits.
    if (FitsOneByte(data, n)) {
      return MakeOneByte(isolate, n, [&](uint8_t* out) { NarrowUtf16(data, n, out); });
    }
    return MakeString<char16_t>(isolate, n,
                                [&](char16_t* out) { memcpy(out, data, n * sizeof(char16_t)); });
  }
  if (n > static_cast<size_t>(String::kMaxLength)) return {};
  return String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(data),
                                NewStringType::kNormal, static_cast<int>(n));
}

MaybeLocal<String> DecodeUtf8(Isolate* isolate, const uint8_t* data, size_t n) {
  const size_t ascii = AsciiPrefixLength(data, n);
  if (ascii == n) return FromOneByte(isolate, data, n);
  // Text whose characters all fit Latin-1 (accented Western European) decodes straight to one
  // byte per character, as V8 stores it. Otherwise what was decoded so far is widened and the
  // UTF-16 decoder goes on from the first larger (or malformed) character, which also makes the
  // result two-byte: nothing else decodes to U+00FF or below.
  // One buffer for both (two large ones per call made glibc return and refetch heap memory
  // every time): Latin-1 goes in its second half, which widening then overwrites from the front.
  TempBuffer<char16_t> units(n);
  uint8_t* latin1 = reinterpret_cast<uint8_t*>(units.data()) + n;
  memcpy(latin1, data, ascii);
  size_t written;
  const size_t consumed =
      ascii + Utf8DecodeLatin1(data + ascii, n - ascii, latin1 + ascii, &written);
  written += ascii;
  if (consumed == n) return FromOneByte(isolate, latin1, written);
  WidenLatin1(latin1, written, units.data());
  uint32_t units_or = 0;
  const size_t count =
      written + Utf8Decode(data + consumed, n - consumed, units.data() + written, &units_or);
  if (count * sizeof(char16_t) < kExternalMinBytes) {
    return FromTwoByte(isolate, units.data(), count);
  }
  return MakeString<char16_t>(isolate, count, [&](char16_t* out) {
    memcpy(out, units.data(), count * sizeof(char16_t));
  });
}

// Calls f(units, count) over a string's contents from unit `first` on: in place in one call when
// a StringView can see them, else copied out in chunks that never split a surrogate pair (a high
// surrogate that ends a chunk is lone). One-byte strings arrive as uint8_t, others as char16_t.
// f returns false to stop early, and must not call into V8.
template <typename OneByteFn, typename TwoByteFn>
void ForEachChunk(Isolate* isolate, Local<String> string, size_t first, OneByteFn one,
                  TwoByteFn two) {
  const size_t length = static_cast<size_t>(string->Length());
  if (first >= length) return;
  if (StringView view(isolate, string); !view.empty()) {
    if (view.one_byte() != nullptr) {
      one(view.one_byte() + first, length - first);
    } else {
      two(view.two_byte() + first, length - first);
    }
    return;
  }
  if (string->IsOneByte()) {
    uint8_t chunk[kOneByteChunk];
    for (size_t start = first; start < length;) {
      size_t n = length - start < kOneByteChunk ? length - start : kOneByteChunk;
      string->WriteOneByte(isolate, chunk, static_cast<int>(start), static_cast<int>(n),
                           String::NO_NULL_TERMINATION);
      start += n;
      if (!one(chunk, n)) return;
    }
    return;
  }
  char16_t chunk[kTwoByteChunk];
  for (size_t start = first; start < length;) {
    size_t n = length - start < kTwoByteChunk ? length - start : kTwoByteChunk;
    string->Write(isolate, reinterpret_cast<uint16_t*>(chunk), static_cast<int>(start),
                  static_cast<int>(n), String::NO_NULL_TERMINATION);
    // Keep a trailing high surrogate for the next chunk so pairs are seen whole.
    if (n > 1 && start + n < length && (chunk[n - 1] & 0xfc00) == 0xd800) --n;
    start += n;
    if (!two(chunk, n)) return;
  }
}

}  // namespace

size_t WriteUtf8(Isolate* isolate, Local<String> string, uint8_t* dst, size_t cap,
                 size_t* units_read, bool replace_surrogates, bool scratch) {
  size_t written = 0;
  size_t consumed = 0;
  if (scratch) {
    // A fresh destination is likely cold. One-byte text is mostly ASCII in practice: its prefix
    // goes over in one memcpy, the encoders take over from the first byte >= 0x80.
    if (StringView view(isolate, string); view.one_byte() != nullptr) {
      const size_t n = view.length() < cap ? view.length() : cap;
      written = consumed = CopyAsciiPrefix(view.one_byte(), n, dst);
      if (written == n) {
        if (units_read != nullptr) *units_read = consumed;
        return written;
      }
    }
  }
  ForEachChunk(
      isolate, string, consumed,
      [&](const uint8_t* units, size_t n) {
        size_t read;
        written += Utf8EncodeLatin1(units, n, dst + written, cap - written, &read);
        consumed += read;
        return read == n;
      },
      [&](const char16_t* units, size_t n) {
        size_t read;
        // A chunk never ends inside a pair, so a high surrogate ending it is lone: last = true.
        written += Utf8EncodeUtf16(units, n, true, dst + written, cap - written, &read,
                                   replace_surrogates);
        consumed += read;
        return read == n;
      });
  if (units_read != nullptr) *units_read = consumed;
  return written;
}

bool WriteIfAscii(Isolate* isolate, Local<String> string, uint8_t* dst, size_t length) {
  if (StringView view(isolate, string); !view.empty()) {
    return view.one_byte() != nullptr && CopyAsciiPrefix(view.one_byte(), length, dst) == length;
  }
  if (!string->IsOneByte()) return false;
  string->WriteOneByte(isolate, dst, 0, static_cast<int>(length), String::NO_NULL_TERMINATION);
  return IsAscii(dst, length);
}

namespace {

size_t WriteUcs2(Isolate* isolate, Local<String> string, uint8_t* dst, size_t cap) {
  size_t units = static_cast<size_t>(string->Length());
  if (units > cap / 2) units = cap / 2;
  if (reinterpret_cast<uintptr_t>(dst) % alignof(uint16_t) == 0) {
    string->Write(isolate, reinterpret_cast<uint16_t*>(dst), 0, static_cast<int>(units),
                  String::NO_NULL_TERMINATION);
  } else {
    TempBuffer<uint16_t> tmp(units);
    string->Write(isolate, tmp.data(), 0, static_cast<int>(units), String::NO_NULL_TERMINATION);
    memcpy(dst, tmp.data(), units * 2);
  }
  return units * 2;
}

// Decodes hex or base64 text, reading at most max_chars characters of the string.
template <typename Decode>
size_t WriteDecoded(Isolate* isolate, Local<String> string, size_t max_chars, Decode decode) {
  size_t length = static_cast<size_t>(string->Length());
  if (length > max_chars) length = max_chars;
  if (StringView view(isolate, string); !view.empty()) {
    return view.one_byte() != nullptr ? decode(view.one_byte(), length)
                                      : decode(view.two_byte(), length);
  }
  if (string->IsOneByte()) {
    TempBuffer<uint8_t> chars(length);
    string->WriteOneByte(isolate, chars.data(), 0, static_cast<int>(length),
                         String::NO_NULL_TERMINATION);
    return decode(static_cast<const uint8_t*>(chars.data()), length);
  }
  TempBuffer<char16_t> chars(length);
  string->Write(isolate, reinterpret_cast<uint16_t*>(chars.data()), 0, static_cast<int>(length),
                String::NO_NULL_TERMINATION);
  return decode(static_cast<const char16_t*>(chars.data()), length);
}

}  // namespace

bool IsValidEncoding(int value) { return value >= 1 && value <= 7; }

MaybeLocal<String> EncodeString(Isolate* isolate, const uint8_t* data, size_t n,
                                Encoding encoding) {
  switch (encoding) {
    case Encoding::kUtf8:
      return DecodeUtf8(isolate, data, n);
    case Encoding::kLatin1:
      return FromOneByte(isolate, data, n);
    case Encoding::kAscii:
      if (IsAscii(data, n)) return FromOneByte(isolate, data, n);
      return MakeOneByte(isolate, n, [&](uint8_t* out) { CopyAscii(data, n, out); });
    case Encoding::kUcs2: {
      size_t units = n / 2;
      if (reinterpret_cast<uintptr_t>(data) % alignof(char16_t) == 0) {
        return FromTwoByte(isolate, reinterpret_cast<const char16_t*>(data), units);
      }
      TempBuffer<char16_t> tmp(units);
      memcpy(tmp.data(), data, units * 2);
      return FromTwoByte(isolate, tmp.data(), units);
    }
    case Encoding::kHex:
      if (n > static_cast<size_t>(String::kMaxLength) / 2) return {};
      return MakeOneByte(isolate, 2 * n,
                         [&](uint8_t* out) { HexEncode(data, n, reinterpret_cast<char*>(out)); });
    case Encoding::kBase64:
    case Encoding::kBase64Url: {
      Base64Mode mode = encoding == Encoding::kBase64 ? Base64Mode::kStandard : Base64Mode::kUrl;
      size_t length = Base64EncodedLength(n, mode);
      return MakeOneByte(isolate, length, [&](uint8_t* out) {
        Base64Encode(data, n, reinterpret_cast<char*>(out), mode);
      });
    }
  }
  return {};
}

size_t WriteString(Isolate* isolate, Local<String> string, Encoding encoding, uint8_t* dst,
                   size_t cap, bool scratch) {
  if (cap == 0) return 0;
  switch (encoding) {
    case Encoding::kUtf8:
      return WriteUtf8(isolate, string, dst, cap, nullptr, true, scratch);
    case Encoding::kLatin1:
    case Encoding::kAscii: {
      size_t n = static_cast<size_t>(string->Length());
      if (n > cap) n = cap;
      string->WriteOneByte(isolate, dst, 0, static_cast<int>(n), String::NO_NULL_TERMINATION);
      return n;
    }
    case Encoding::kUcs2:
      return WriteUcs2(isolate, string, dst, cap);
    case Encoding::kHex: {
      if (scratch) WarmFresh(dst, cap);
      size_t max_chars = cap > SIZE_MAX / 2 ? SIZE_MAX : cap * 2;
      return WriteDecoded(isolate, string, max_chars,
                          [&](const auto* chars, size_t n) { return HexDecode(chars, n, dst, cap); });
    }
    case Encoding::kBase64:
    case Encoding::kBase64Url:
      // The decoded size depends on the string's end ('=' padding), so read all of it.
      if (scratch) WarmFresh(dst, cap);
      return WriteDecoded(isolate, string, SIZE_MAX, [&](const auto* chars, size_t n) {
        return Base64Decode(chars, n, dst, cap);
      });
  }
  return 0;
}

size_t Utf8Length(Isolate* isolate, Local<String> string) {
  size_t total = 0;
  ForEachChunk(
      isolate, string, 0,
      [&](const uint8_t* units, size_t n) {
        total += Utf8LengthOfLatin1(units, n);
        return true;
      },
      [&](const char16_t* units, size_t n) {
        total += Utf8LengthOfUtf16(units, n);
        return true;
      });
  return total;
}

size_t StringBytes::Capacity(Isolate* isolate, Local<String> string, Encoding encoding) {
  size_t length = static_cast<size_t>(string->Length());
  switch (encoding) {
    case Encoding::kUtf8: return Utf8Length(isolate, string);
    case Encoding::kUcs2: return 2 * length;
    case Encoding::kHex: return length / 2;
    case Encoding::kBase64:
    case Encoding::kBase64Url: return length / 4 * 3 + 3;
    default: return length;
  }
}

StringBytes::StringBytes(Isolate* isolate, Local<String> string, Encoding encoding,
                         Surrogates surrogates)
    : StringBytes(isolate, string, encoding, surrogates, Capacity(isolate, string, encoding)) {}

StringBytes::StringBytes(Isolate* isolate, Local<String> string, Encoding encoding,
                         Surrogates surrogates, size_t capacity)
    : buffer_(capacity),
      length_(encoding == Encoding::kUtf8 && surrogates == Surrogates::kKeep
                  ? WriteUtf8(isolate, string, buffer_.data(), capacity, nullptr, false)
                  : WriteString(isolate, string, encoding, buffer_.data(), capacity)) {}

}  // namespace octet::buffer
