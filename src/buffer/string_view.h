// A read-only look at a string's characters where V8 keeps them, without copying them out.
// V8 11 offers this as String::ValueView; V8 10.2 only copies (String::Write*), and for a 64 KiB
// string the copy was a quarter of Buffer.from(string, 'base64') and most of byteLength().
#ifndef OCTET_SRC_BUFFER_STRING_VIEW_H_
#define OCTET_SRC_BUFFER_STRING_VIEW_H_

#include <v8.h>

#include <cstddef>
#include <cstdint>

namespace octet::buffer {

// Covers sequential strings (what V8 makes for nearly every flat string) and external ones.
// Cons, sliced and thin strings give an empty view: callers copy those out as before.
//
// The characters of a heap string stay put only until V8 next allocates or runs a GC, so a view
// is read and dropped without calling into V8 in between: no handles, no JS, no new strings.
class StringView {
 public:
  StringView() = default;  // empty
  StringView(v8::Isolate* isolate, v8::Local<v8::String> string);

  // Never calls into V8, so it may run where V8 allows no allocation (a fast API call): a layout
  // not yet confirmed by the constructor above gives an empty view instead of being checked.
  static StringView Confirmed(v8::Local<v8::String> string);

  bool empty() const { return one_byte_ == nullptr && two_byte_ == nullptr; }
  // Exactly one of these is non-null for a non-empty view.
  const uint8_t* one_byte() const { return one_byte_; }
  const char16_t* two_byte() const { return two_byte_; }
  size_t length() const { return length_; }

 private:
  // Fills the view from the string's own layout (sequential, external, or through a confirmed
  // cons/slice); false when only a check that calls into V8 could tell.
  bool Fill(v8::Local<v8::String> string);

  const uint8_t* one_byte_ = nullptr;
  const char16_t* two_byte_ = nullptr;
  size_t length_ = 0;
};

}  // namespace octet::buffer

#endif  // OCTET_SRC_BUFFER_STRING_VIEW_H_
