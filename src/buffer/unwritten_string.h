// A one-byte heap string that V8 has allocated but nobody has written yet, so an encoder can
// put its output straight into it. V8 10.2's API only makes strings by copying from a buffer
// (String::NewFromOneByte), which for toString('base64') of 64 KiB was a fifth of the time.
#ifndef OCTET_SRC_BUFFER_UNWRITTEN_STRING_H_
#define OCTET_SRC_BUFFER_UNWRITTEN_STRING_H_

#include <v8.h>

#include <cstddef>
#include <cstdint>

namespace octet::buffer {

// Makes a young sequential one-byte string of `length` (1 to String::kMaxLength) characters and points *chars at them. The caller writes all `length` of them before it next
// calls into V8: until then the string holds whatever memory V8 gave it, and any allocation may
// move it. False (nothing made) when this V8 does not offer it; the caller then copies.
bool NewUnwrittenOneByte(v8::Isolate* isolate, size_t length, v8::Local<v8::String>* string,
                         uint8_t** chars);

}  // namespace octet::buffer

#endif  // OCTET_SRC_BUFFER_UNWRITTEN_STRING_H_
