// Small helpers shared by every native file: checks, string conversion, binding registration.
#ifndef OCTET_SRC_UTIL_H_
#define OCTET_SRC_UTIL_H_

#include <v8.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace octet {

[[noreturn]] void Abort(const char* file, int line, const char* expr);

#define OCTET_STRINGIFY_(x) #x
#define CHECK(expr)                                         \
  do {                                                      \
    if (__builtin_expect(!(expr), 0))                       \
      ::octet::Abort(__FILE__, __LINE__, #expr);            \
  } while (0)
#define CHECK_EQ(a, b) CHECK((a) == (b))
#define CHECK_NE(a, b) CHECK((a) != (b))
#define CHECK_LE(a, b) CHECK((a) <= (b))
#define CHECK_LT(a, b) CHECK((a) < (b))
#define CHECK_GE(a, b) CHECK((a) >= (b))
#define CHECK_GT(a, b) CHECK((a) > (b))
#define UNREACHABLE() ::octet::Abort(__FILE__, __LINE__, "unreachable")

// A one-byte internalized string for property names known at compile time.
v8::Local<v8::String> OneByteString(v8::Isolate* isolate, const char* data, int length = -1);
// UTF-8 → JS string; an empty handle only when the string is longer than V8 allows.
v8::MaybeLocal<v8::String> Utf8String(v8::Isolate* isolate, const std::string& s);
std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> value);

// Registration helpers: each binding's Initialize is a list of these, one line per function.
void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               v8::FunctionCallback callback, v8::Local<v8::Value> data = {});
// The same, with a C++ fast path that V8's optimized code may call instead (v8-fast-api-calls.h).
void SetFastMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                   v8::FunctionCallback callback, const v8::CFunction* fast);
void SetConstant(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                 double value);
void SetValue(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
              v8::Local<v8::Value> value);

// Bytes of an ArrayBufferView (or ArrayBuffer) argument. Views ≤ 64 bytes may live on the V8 heap:
// Buffer() forces a backing store only when the caller must hold the pointer.
struct ByteSpan {
  char* data = nullptr;
  size_t length = 0;
};
ByteSpan ViewBytes(v8::Local<v8::Value> value);

// The bytes of an ArrayBufferView / ArrayBuffer argument that a call only reads. A typed array
// of up to 64 bytes lives on the V8 heap until something asks for its ArrayBuffer, and asking
// moves it off the heap for good (it then counts in memoryUsage().arrayBuffers). node's
// read-only calls never ask, so neither does this: such a view's bytes are copied in here. So
// are those of any other view that small, for the copy costs less than asking V8 for the buffer
// (toString() of a 16-byte pool Buffer: 31.2 → 30.4 ns).
// Not copyable: data() may point into the object itself. Anything but a view or an ArrayBuffer /
// SharedArrayBuffer is a bug in the caller (CHECK).
class ViewContents {
 public:
  explicit ViewContents(v8::Local<v8::Value> value);
  ViewContents(const ViewContents&) = delete;
  ViewContents& operator=(const ViewContents&) = delete;
  const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(span_.data); }
  size_t length() const { return span_.length; }

 private:
  static constexpr size_t kInlineBytes = 64;  // V8's default --typed-array-max-size-in-heap
  ByteSpan span_;
  alignas(16) char inline_[kInlineBytes];
};

}  // namespace octet

#endif  // OCTET_SRC_UTIL_H_
