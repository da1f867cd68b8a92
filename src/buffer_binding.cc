// Binding `buffer`: the byte work under lib/buffer.js. JS has validated every argument (types,
// ranges, encodings); each function here CHECKs the ranges again before touching memory, so no
// call from JS can read or write outside a buffer.
#include <v8-fast-api-calls.h>

#include <cstring>

#include "buffer/bytes.h"
#include "buffer/search.h"
#include "buffer/string_bytes.h"
#include "buffer/string_view.h"
#include "buffer/utf8.h"
#include "env.h"
#include "util.h"

namespace octet {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::String;
using v8::Value;

namespace {

using buffer::Encoding;
using buffer::kNotFound;

// JS passes indices and encodings as small integers, which V8 keeps as Smis: reading one straight
// from the handle (as V8's own inline checks do) saves two API calls per argument on every call.
inline bool SmiArg(Local<Value> value, int* out) {
  using Address = v8::internal::Address;
  using Internals = v8::internal::Internals;
  Address raw = *reinterpret_cast<const Address*>(*value);
  if (Internals::HasHeapObjectTag(raw)) return false;
  *out = Internals::SmiValue(raw);
  return true;
}

// A byte count or index as the call's result: a Smi set in place when it fits (ReturnValue's
// inline path), a heap number through V8 only beyond that.
void ReturnSize(const FunctionCallbackInfo<Value>& info, size_t n) {
  if (n <= static_cast<size_t>(INT32_MAX)) {
    info.GetReturnValue().Set(static_cast<int32_t>(n));
  } else {
    info.GetReturnValue().Set(static_cast<double>(n));
  }
}

// A byte index or length JS has already validated: an integral number in [0, 2^53].
size_t IndexArg(const FunctionCallbackInfo<Value>& info, int i) {
  int smi;
  if (SmiArg(info[i], &smi)) {
    CHECK_GE(smi, 0);
    return static_cast<size_t>(smi);
  }
  CHECK(info[i]->IsNumber());
  double value = info[i].As<Number>()->Value();
  CHECK(value >= 0 && value <= 9007199254740992.0);
  return static_cast<size_t>(value);
}

Encoding EncodingArg(const FunctionCallbackInfo<Value>& info, int i) {
  int value;
  if (!SmiArg(info[i], &value)) {
    CHECK(info[i]->IsInt32());
    value = info[i].As<v8::Int32>()->Value();
  }
  CHECK(buffer::IsValidEncoding(value));
  return static_cast<Encoding>(value);
}

// Views come first: every byte-moving call from lib/ passes one.
ByteSpan BytesArg(const FunctionCallbackInfo<Value>& info, int i) {
  Local<Value> value = info[i];
  if (value->IsArrayBufferView()) {
    Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    ByteSpan span;
    span.data = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
    span.length = view->ByteLength();
    return span;
  }
  CHECK(value->IsArrayBuffer() || value->IsSharedArrayBuffer());
  return ViewBytes(value);
}

uint8_t* Data(const ByteSpan& span) { return reinterpret_cast<uint8_t*>(span.data); }

// slice(view, start, end, encoding) → string; undefined when too long for a string.
void Slice(const FunctionCallbackInfo<Value>& info) {
  const ViewContents bytes(info[0]);
  size_t start = IndexArg(info, 1);
  size_t end = IndexArg(info, 2);
  Encoding encoding = EncodingArg(info, 3);
  CHECK_LE(start, end);
  CHECK_LE(end, bytes.length());
  Local<String> result;
  if (buffer::EncodeString(info.GetIsolate(), bytes.data() + start, end - start, encoding)
          .ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
}

// write(view, string, offset, maxLength, encoding[, scratch]) → bytes written. scratch: the
// caller owns the range and ignores bytes past the result (a fresh buffer sized for the string).
void Write(const FunctionCallbackInfo<Value>& info) {
  ByteSpan bytes = BytesArg(info, 0);
  CHECK(info[1]->IsString());
  size_t offset = IndexArg(info, 2);
  size_t max_length = IndexArg(info, 3);
  Encoding encoding = EncodingArg(info, 4);
  bool scratch = info[5]->IsTrue();
  CHECK_LE(offset, bytes.length);
  CHECK_LE(max_length, bytes.length - offset);
  size_t written = buffer::WriteString(info.GetIsolate(), info[1].As<String>(), encoding,
                                       Data(bytes) + offset, max_length, scratch);
  ReturnSize(info, written);
}

// isOneByte(string): whether V8 holds the string one byte per character.
void IsOneByte(const FunctionCallbackInfo<Value>& info) {
  CHECK(info[0]->IsString());
  info.GetReturnValue().Set(info[0].As<String>()->IsOneByte());
}

// writeIfAscii(view, string) → whether `string` was all ASCII and now fills `view`, which has
// exactly string.length bytes. Buffer.from(large string) tries this first: for ASCII text it is one
// copy and one scan instead of a measuring pass followed by the encoding pass. Two-byte strings
// answer false at once; a one-byte string with other characters leaves the view's bytes undefined.
void WriteIfAscii(const FunctionCallbackInfo<Value>& info) {
  ByteSpan bytes = BytesArg(info, 0);
  CHECK(info[1]->IsString());
  Local<String> string = info[1].As<String>();
  CHECK_EQ(static_cast<size_t>(string->Length()), bytes.length);
  info.GetReturnValue().Set(
      buffer::WriteIfAscii(info.GetIsolate(), string, Data(bytes), bytes.length));
}

// encodeInto(string, view, result): TextEncoder.encodeInto; result[0] = units read,
// result[1] = bytes written.
void EncodeInto(const FunctionCallbackInfo<Value>& info) {
  CHECK(info[0]->IsString());
  ByteSpan bytes = BytesArg(info, 1);
  CHECK(info[2]->IsFloat64Array());
  Local<v8::Float64Array> result = info[2].As<v8::Float64Array>();
  CHECK_GE(result->Length(), 2u);
  size_t read = 0;
  size_t written = buffer::WriteUtf8(info.GetIsolate(), info[0].As<String>(), Data(bytes),
                                     bytes.length, &read);
  double* out = reinterpret_cast<double*>(static_cast<char*>(result->Buffer()->Data()) +
                                          result->ByteOffset());
  out[0] = static_cast<double>(read);
  out[1] = static_cast<double>(written);
}

void ByteLengthUtf8(const FunctionCallbackInfo<Value>& info) {
  CHECK(info[0]->IsString());
  ReturnSize(info, buffer::Utf8Length(info.GetIsolate(), info[0].As<String>()));
}

// The same count called straight from optimized code (V8's fast API calls): no handle scope,
// no FunctionCallbackInfo, no return-value boxing, which is most of a short string's cost. It may
// not allocate, so strings whose characters cannot be seen in place take the call above.
uint32_t FastByteLengthUtf8(Local<Value> receiver, Local<Value> value,
                            v8::FastApiCallbackOptions& options) {
  const buffer::StringView view =
      value->IsString() ? buffer::StringView::Confirmed(value.As<String>()) : buffer::StringView();
  if (view.empty()) {
    options.fallback = true;
    return 0;
  }
  const size_t length = view.one_byte() != nullptr
                            ? buffer::Utf8LengthOfLatin1(view.one_byte(), view.length())
                            : buffer::Utf8LengthOfUtf16(view.two_byte(), view.length());
  return static_cast<uint32_t>(length);
}
const v8::CFunction fast_byte_length_utf8 = v8::CFunction::Make(FastByteLengthUtf8);

int CompareBytes(const uint8_t* a, size_t a_length, const uint8_t* b, size_t b_length) {
  size_t n = a_length < b_length ? a_length : b_length;
  int result = n > 0 ? memcmp(a, b, n) : 0;
  if (result == 0) return a_length > b_length ? 1 : a_length < b_length ? -1 : 0;
  return result > 0 ? 1 : -1;
}

// compare(a, b) → -1, 0 or 1 over the whole views.
void Compare(const FunctionCallbackInfo<Value>& info) {
  const ViewContents a(info[0]);
  const ViewContents b(info[1]);
  info.GetReturnValue().Set(CompareBytes(a.data(), a.length(), b.data(), b.length()));
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
void CompareOffset(const FunctionCallbackInfo<Value>& info) {
  const ViewContents source(info[0]);
  const ViewContents target(info[1]);
  size_t target_start = IndexArg(info, 2);
  size_t source_start = IndexArg(info, 3);
  size_t target_end = IndexArg(info, 4);
  size_t source_end = IndexArg(info, 5);
  CHECK_LE(source_start, source_end);
  CHECK_LE(source_end, source.length());
  CHECK_LE(target_start, target_end);
  CHECK_LE(target_end, target.length());
  info.GetReturnValue().Set(CompareBytes(source.data() + source_start, source_end - source_start,
                                         target.data() + target_start, target_end - target_start));
}

// copy(source, target, targetStart, sourceStart, count): memmove, the views may overlap.
void Copy(const FunctionCallbackInfo<Value>& info) {
  const ViewContents source(info[0]);
  ByteSpan target = BytesArg(info, 1);
  size_t target_start = IndexArg(info, 2);
  size_t source_start = IndexArg(info, 3);
  size_t count = IndexArg(info, 4);
  CHECK_LE(source_start, source.length());
  CHECK_LE(count, source.length() - source_start);
  CHECK_LE(target_start, target.length);
  CHECK_LE(count, target.length - target_start);
  if (count > 0) memmove(Data(target) + target_start, source.data() + source_start, count);
}

// fillString(view, string, start, end, encoding) → 0, or -1 when the string encodes to no bytes.
// UTF-8 and UTF-16 patterns are whole strings (a final partial copy may cut a character, as in
// node); the others are what fits of the decoded string, repeated.
void FillString(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  ByteSpan bytes = BytesArg(info, 0);
  CHECK(info[1]->IsString());
  size_t start = IndexArg(info, 2);
  size_t end = IndexArg(info, 3);
  Encoding encoding = EncodingArg(info, 4);
  CHECK_LE(start, end);
  CHECK_LE(end, bytes.length);
  uint8_t* dst = Data(bytes) + start;
  size_t n = end - start;
  Local<String> string = info[1].As<String>();
  size_t pattern_length;
  if (encoding == Encoding::kUtf8 || encoding == Encoding::kUcs2) {
    buffer::StringBytes pattern(isolate, string, encoding);
    pattern_length = pattern.length();
    if (pattern_length == 0) return info.GetReturnValue().Set(-1);
    buffer::FillPattern(dst, n, pattern.data(), pattern_length);
    return info.GetReturnValue().Set(0);
  }
  pattern_length = buffer::WriteString(isolate, string, encoding, dst, n);
  if (pattern_length == 0 && n > 0) return info.GetReturnValue().Set(-1);
  if (pattern_length < n) buffer::FillPattern(dst, n, dst, pattern_length);
  info.GetReturnValue().Set(0);
}

// fillBuffer(view, source, start, end) → 0, or -1 for an empty source.
void FillBuffer(const FunctionCallbackInfo<Value>& info) {
  ByteSpan bytes = BytesArg(info, 0);
  const ViewContents source(info[1]);
  size_t start = IndexArg(info, 2);
  size_t end = IndexArg(info, 3);
  CHECK_LE(start, end);
  CHECK_LE(end, bytes.length);
  if (source.length() == 0) return info.GetReturnValue().Set(-1);
  // The source may overlap the destination: take a private copy of the pattern first.
  size_t plen = source.length() < end - start ? source.length() : end - start;
  buffer::TempBuffer<uint8_t> pattern(plen);
  memcpy(pattern.data(), source.data(), plen);
  buffer::FillPattern(Data(bytes) + start, end - start, pattern.data(), plen);
  info.GetReturnValue().Set(0);
}

// Where a search starts, or -1 when nothing can match (node's IndexOfOffset).
int64_t IndexOfOffset(size_t length, int64_t offset, int64_t needle_length, bool forward) {
  int64_t len = static_cast<int64_t>(length);
  if (offset < 0) {
    if (offset + len >= 0) return len + offset;
    if (forward || needle_length == 0) return 0;
    return -1;
  }
  if (offset + needle_length <= len) return offset;
  if (needle_length == 0) return len;
  if (forward) return -1;
  return len - 1;
}

// A search's byteOffset: JS clamps it to int32, but a valueOf() that changes its answer can slip
// anything through, so clamp again; IndexOfOffset copes with every int64.
int64_t OffsetArg(const FunctionCallbackInfo<Value>& info, int i) {
  int smi;
  if (SmiArg(info[i], &smi)) return smi;
  CHECK(info[i]->IsNumber());
  double value = info[i].As<Number>()->Value();
  if (!(value == value)) return 0;
  if (value < -9007199254740992.0) value = -9007199254740992.0;
  if (value > 9007199254740992.0) value = 9007199254740992.0;
  return static_cast<int64_t>(value);
}

// The shared tail of indexOfString / indexOfBuffer once the needle's bytes are known.
void SearchBytes(const FunctionCallbackInfo<Value>& info, const uint8_t* haystack,
                 size_t haystack_length, const uint8_t* needle, size_t needle_length,
                 int64_t offset_arg, bool ucs2, bool forward, bool round_to_units) {
  // node rounds an odd haystack down to whole units for string needles only.
  if (round_to_units) haystack_length &= ~static_cast<size_t>(1);
  int64_t start = IndexOfOffset(haystack_length, offset_arg,
                                static_cast<int64_t>(needle_length), forward);
  if (needle_length == 0) return info.GetReturnValue().Set(static_cast<double>(start));
  if (haystack_length == 0 || start < 0) return info.GetReturnValue().Set(-1);
  size_t offset = static_cast<size_t>(start);
  CHECK_LT(offset, haystack_length);
  if ((forward && needle_length + offset > haystack_length) || needle_length > haystack_length) {
    return info.GetReturnValue().Set(-1);
  }
  size_t result;
  if (ucs2) {
    if (haystack_length < 2 || needle_length < 2) return info.GetReturnValue().Set(-1);
    // Units are compared as unaligned 16-bit values: copy both sides to aligned memory.
    size_t h_units = haystack_length / 2;
    size_t n_units = needle_length / 2;
    buffer::TempBuffer<char16_t> h(h_units);
    buffer::TempBuffer<char16_t> nd(n_units);
    memcpy(h.data(), haystack, h_units * 2);
    memcpy(nd.data(), needle, n_units * 2);
    size_t found = forward ? buffer::SearchForward(h.data(), h_units, nd.data(), n_units, offset / 2)
                           : buffer::SearchBackward(h.data(), h_units, nd.data(), n_units, offset / 2);
    // node reports a miss as the unit count times two, which differs from -1 when the byte length
    // is odd: keep that quirk so results match.
    result = found == kNotFound ? h_units * 2 : found * 2;
  } else {
    size_t found = forward ? buffer::SearchForward(haystack, haystack_length, needle, needle_length,
                                                   offset)
                           : buffer::SearchBackward(haystack, haystack_length, needle,
                                                    needle_length, offset);
    result = found == kNotFound ? haystack_length : found;
  }
  if (result == haystack_length) return info.GetReturnValue().Set(-1);
  ReturnSize(info, result);
}

// indexOfString(view, string, byteOffset, encoding, forward)
void IndexOfString(const FunctionCallbackInfo<Value>& info) {
  const ViewContents haystack(info[0]);
  CHECK(info[1]->IsString());
  int64_t offset = OffsetArg(info, 2);
  Encoding encoding = EncodingArg(info, 3);
  bool forward = info[4]->IsTrue();
  buffer::StringBytes needle(info.GetIsolate(), info[1].As<String>(), encoding,
                             buffer::Surrogates::kKeep);
  SearchBytes(info, haystack.data(), haystack.length(), needle.data(), needle.length(), offset,
              encoding == Encoding::kUcs2, forward, encoding == Encoding::kUcs2);
}

// indexOfBuffer(view, needle, byteOffset, encoding, forward)
void IndexOfBuffer(const FunctionCallbackInfo<Value>& info) {
  const ViewContents haystack(info[0]);
  const ViewContents needle(info[1]);
  int64_t offset = OffsetArg(info, 2);
  Encoding encoding = EncodingArg(info, 3);
  bool forward = info[4]->IsTrue();
  SearchBytes(info, haystack.data(), haystack.length(), needle.data(), needle.length(), offset,
              encoding == Encoding::kUcs2, forward, false);
}

// indexOfNumber(view, byte, byteOffset, forward)
void IndexOfNumber(const FunctionCallbackInfo<Value>& info) {
  const ViewContents haystack(info[0]);
  int smi;
  uint8_t needle;
  if (SmiArg(info[1], &smi) && smi >= 0) {
    needle = static_cast<uint8_t>(smi);
  } else {
    CHECK(info[1]->IsUint32());
    needle = static_cast<uint8_t>(info[1].As<v8::Uint32>()->Value());
  }
  int64_t offset_arg = OffsetArg(info, 2);
  bool forward = info[3]->IsTrue();
  int64_t start = IndexOfOffset(haystack.length(), offset_arg, 1, forward);
  if (start < 0 || haystack.length() == 0) return info.GetReturnValue().Set(-1);
  size_t offset = static_cast<size_t>(start);
  CHECK_LT(offset, haystack.length());
  const void* hit = forward ? memchr(haystack.data() + offset, needle, haystack.length() - offset)
                            : memrchr(haystack.data(), needle, offset + 1);
  if (hit == nullptr) return info.GetReturnValue().Set(-1);
  ReturnSize(info, static_cast<size_t>(static_cast<const uint8_t*>(hit) - haystack.data()));
}

template <void (*swap)(uint8_t*, size_t)>
void Swap(const FunctionCallbackInfo<Value>& info) {
  ByteSpan bytes = BytesArg(info, 0);
  swap(Data(bytes), bytes.length);
}

void IsUtf8(const FunctionCallbackInfo<Value>& info) {
  const ViewContents bytes(info[0]);
  info.GetReturnValue().Set(buffer::IsValidUtf8(bytes.data(), bytes.length()));
}

void IsAscii(const FunctionCallbackInfo<Value>& info) {
  const ViewContents bytes(info[0]);
  info.GetReturnValue().Set(buffer::IsAscii(bytes.data(), bytes.length()));
}

}  // namespace

void InitializeBinding_buffer(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  SetMethod(context, target, "slice", Slice);
  SetMethod(context, target, "write", Write);
  SetMethod(context, target, "isOneByte", IsOneByte);
  SetMethod(context, target, "writeIfAscii", WriteIfAscii);
  SetFastMethod(context, target, "byteLengthUtf8", ByteLengthUtf8, &fast_byte_length_utf8);
  SetMethod(context, target, "encodeInto", EncodeInto);
  SetMethod(context, target, "compare", Compare);
  SetMethod(context, target, "compareOffset", CompareOffset);
  SetMethod(context, target, "copy", Copy);
  SetMethod(context, target, "fillString", FillString);
  SetMethod(context, target, "fillBuffer", FillBuffer);
  SetMethod(context, target, "indexOfString", IndexOfString);
  SetMethod(context, target, "indexOfBuffer", IndexOfBuffer);
  SetMethod(context, target, "indexOfNumber", IndexOfNumber);
  SetMethod(context, target, "swap16", Swap<buffer::Swap16>);
  SetMethod(context, target, "swap32", Swap<buffer::Swap32>);
  SetMethod(context, target, "swap64", Swap<buffer::Swap64>);
  SetMethod(context, target, "isUtf8", IsUtf8);
  SetMethod(context, target, "isAscii", IsAscii);
  SetConstant(context, target, "kMaxLength", static_cast<double>(v8::TypedArray::kMaxLength));
  SetConstant(context, target, "kStringMaxLength", String::kMaxLength);
  Local<Object> encodings = Object::New(isolate);
  SetConstant(context, encodings, "utf8", static_cast<int>(Encoding::kUtf8));
  SetConstant(context, encodings, "ucs2", static_cast<int>(Encoding::kUcs2));
  SetConstant(context, encodings, "latin1", static_cast<int>(Encoding::kLatin1));
  SetConstant(context, encodings, "ascii", static_cast<int>(Encoding::kAscii));
  SetConstant(context, encodings, "base64", static_cast<int>(Encoding::kBase64));
  SetConstant(context, encodings, "base64url", static_cast<int>(Encoding::kBase64Url));
  SetConstant(context, encodings, "hex", static_cast<int>(Encoding::kHex));
  SetValue(context, target, "encodings", encodings);
}

}  // namespace octet
