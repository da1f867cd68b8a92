// JS strings ↔ bytes in node's encodings: the V8-facing half of the codecs (the byte work itself is
// in base64/hex/utf8/bytes). Used by the buffer binding and by anything else that turns strings
// into bytes (fs, net) so every caller gets node's exact rules.
#ifndef OCTET_SRC_BUFFER_STRING_BYTES_H_
#define OCTET_SRC_BUFFER_STRING_BYTES_H_

#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace octet::buffer {

// Values shared with lib/ (the binding exports them as `encodings`).
enum class Encoding : int {
  kUtf8 = 1,
  kUcs2 = 2,
  kLatin1 = 3,
  kAscii = 4,
  kBase64 = 5,
  kBase64Url = 6,
  kHex = 7,
};

bool IsValidEncoding(int value);

// Bytes → string. Empty (and nothing thrown) when the result would exceed v8::String::kMaxLength;
// the caller throws ERR_STRING_TOO_LONG.
v8::MaybeLocal<v8::String> EncodeString(v8::Isolate* isolate, const uint8_t* data, size_t n,
                                        Encoding encoding);

// String → at most cap bytes in the encoding, no partial UTF-8 characters. Returns bytes written.
// Bytes past the result are left untouched unless scratch says the caller does not care.
size_t WriteString(v8::Isolate* isolate, v8::Local<v8::String> string, Encoding encoding,
                   uint8_t* dst, size_t cap, bool scratch = false);

// UTF-8 form of a string, whole characters only; *units_read (if given) gets the UTF-16 units
// consumed, as TextEncoder.encodeInto reports them.
size_t WriteUtf8(v8::Isolate* isolate, v8::Local<v8::String> string, uint8_t* dst, size_t cap,
                 size_t* units_read, bool replace_surrogates = true, bool scratch = false);

// Writes a string of `length` characters to dst when they are all ASCII (its UTF-8 is then its
// Latin-1) and returns true; otherwise returns false and dst holds some of them.
bool WriteIfAscii(v8::Isolate* isolate, v8::Local<v8::String> string, uint8_t* dst,
                  size_t length);

// UTF-8 length of a string (lone surrogates count 3: they are written as U+FFFD).
size_t Utf8Length(v8::Isolate* isolate, v8::Local<v8::String> string);

// Scratch memory: inline for small sizes, malloc beyond, freed on scope exit.
template <typename T, size_t kInline = 1024 / sizeof(T)>
class TempBuffer {
 public:
  explicit TempBuffer(size_t n) : size_(n) {
    if (n > kInline) {
      heap_ = static_cast<T*>(malloc(n * sizeof(T)));
      if (heap_ == nullptr) abort();
    }
  }
  ~TempBuffer() { free(heap_); }
  TempBuffer(const TempBuffer&) = delete;
  TempBuffer& operator=(const TempBuffer&) = delete;
  T* data() { return heap_ != nullptr ? heap_ : inline_; }
  size_t size() const { return size_; }

 private:
  size_t size_;
  T* heap_ = nullptr;
  T inline_[kInline];
};

// The full byte form of a string in an encoding (a search needle, a fill pattern). node encodes
// search needles' lone surrogates as WTF-8 but fill patterns' as U+FFFD: kind says which.
enum class Surrogates { kReplace, kKeep };
class StringBytes {
 public:
  StringBytes(v8::Isolate* isolate, v8::Local<v8::String> string, Encoding encoding,
              Surrogates surrogates = Surrogates::kReplace);
  const uint8_t* data() { return buffer_.data(); }
  size_t length() const { return length_; }

 private:
  static size_t Capacity(v8::Isolate* isolate, v8::Local<v8::String> string, Encoding encoding);
  TempBuffer<uint8_t> buffer_;
  size_t length_;
  StringBytes(v8::Isolate* isolate, v8::Local<v8::String> string, Encoding encoding,
              Surrogates surrogates, size_t capacity);
};

}  // namespace octet::buffer

#endif  // OCTET_SRC_BUFFER_STRING_BYTES_H_
