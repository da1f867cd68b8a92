#include "buffer/string_view.h"

#include <atomic>
#include <cstring>

namespace octet::buffer {

namespace {

using v8::internal::Address;
using v8::internal::Internals;

// V8 10.2's string layout, from the constants v8-internal.h publishes for V8's own inline
// accessors. V8 does not promise them to embedders, so each use below is confirmed on real
// strings before it is trusted (see PeekConfirmed), and views stay empty if it does not hold.
//
// Instance type: the low three bits give the representation, 0x8 marks one-byte characters.
constexpr int kRepresentationMask = 0x7;
constexpr int kSequential = 0;
constexpr int kCons = 1;
constexpr int kSliced = 3;
constexpr int kOneByteBit = Internals::kStringEncodingMask;
// Every string starts with map, hash field and length; a sequential string's characters follow,
// as an external string's resource pointer does.
constexpr int kLengthOffset = v8::internal::kApiTaggedSize + v8::internal::kApiInt32Size;
constexpr int kHeaderSize = Internals::kStringResourceOffset;
// Cons strings hold (first, second) after the header; sliced strings (parent, offset as a Smi).
constexpr int kFirstOffset = kHeaderSize;
constexpr int kSecondOffset = kHeaderSize + v8::internal::kApiTaggedSize;

struct Peeked {
  const void* chars;
  bool one_byte;
};

int32_t LengthOf(Address object) { return Internals::ReadRawField<int32_t>(object, kLengthOffset); }

// What Peek looked through on its way to the characters: each layout is confirmed on its own.
enum Followed : int { kFollowedNothing = 0, kFollowedCons = 1, kFollowedSlice = 2 };

// Follows a flattened cons string (all characters in `first`, `second` empty) or a sliced string
// to the sequential string holding the characters; *followed says which it went through.
bool Peek(v8::Local<v8::String> string, Peeked* out, int* followed) {
  // A Local is the address of a handle slot holding the tagged pointer, as V8's inline
  // String::GetExternalStringResource reads it.
  Address object = *reinterpret_cast<const Address*>(*string);
  size_t offset = 0;
  *followed = kFollowedNothing;
  // V8 keeps a sliced string's parent and a flattened cons string's first part flat, so at most
  // one step is needed; the bound only guards against a layout this code does not know.
  for (int step = 0; step < 2; ++step) {
    const int type = Internals::GetInstanceType(object);
    switch (type & kRepresentationMask) {
      case kSequential: {
        const bool one_byte = (type & kOneByteBit) != 0;
        out->one_byte = one_byte;
        out->chars = reinterpret_cast<const void*>(object - v8::internal::kHeapObjectTag +
                                                   kHeaderSize + (one_byte ? offset : 2 * offset));
        return true;
      }
      case kCons:
        if (LengthOf(Internals::ReadTaggedPointerField(object, kSecondOffset)) != 0) return false;
        object = Internals::ReadTaggedPointerField(object, kFirstOffset);
        *followed |= kFollowedCons;
        break;
      case kSliced:
        offset += static_cast<size_t>(
            Internals::SmiValue(Internals::ReadTaggedSignedField(object, kSecondOffset)));
        object = Internals::ReadTaggedPointerField(object, kFirstOffset);
        *followed |= kFollowedSlice;
        break;
      default:
        return false;
    }
  }
  return false;
}

// Whether `peeked` shows the same characters V8 copies out of `string` (its first and last
// units). `sample` was copied before peeking: copying may flatten, which allocates.
bool SameUnits(const Peeked& peeked, size_t length, const uint16_t* head, const uint16_t* tail,
               size_t sample) {
  for (size_t i = 0; i < sample; ++i) {
    const size_t last = length - sample + i;
    const uint16_t first_unit = peeked.one_byte ? static_cast<const uint8_t*>(peeked.chars)[i]
                                                : static_cast<const char16_t*>(peeked.chars)[i];
    const uint16_t last_unit = peeked.one_byte ? static_cast<const uint8_t*>(peeked.chars)[last]
                                               : static_cast<const char16_t*>(peeked.chars)[last];
    if (first_unit != head[i] || last_unit != tail[i]) return false;
  }
  return true;
}

// The layout is confirmed once per process for sequential strings (on strings of known content)
// and once each for cons and sliced strings (on the first real one met, against V8's own copy of
// its ends).
enum class Trust : int { kUnknown, kConfirmed, kRefuted };
std::atomic<Trust> sequential_trust{Trust::kUnknown};
std::atomic<Trust> cons_trust{Trust::kUnknown};
std::atomic<Trust> slice_trust{Trust::kUnknown};

// Checks the flattened-cons layout on a string of known, distinct characters, so that short cons
// strings (never evidence on their own, see PeekConfirmed) can be read in place from the start.
void ConfirmConsLayout(v8::Isolate* isolate, v8::Local<v8::String> first,
                       v8::Local<v8::String> second) {
  v8::Local<v8::String> cons = v8::String::Concat(isolate, first, second);
  const int length = cons->Length();
  uint16_t units[128];
  if (length > 128) return;
  cons->Write(isolate, units, 0, length, v8::String::NO_NULL_TERMINATION);  // flattens it
  Peeked peeked;
  int followed;
  if (!Peek(cons, &peeked, &followed) || followed != kFollowedCons) return;
  bool same = true;
  for (int i = 0; i < length; ++i) {
    const uint16_t unit = peeked.one_byte ? static_cast<const uint8_t*>(peeked.chars)[i]
                                          : static_cast<const char16_t*>(peeked.chars)[i];
    same = same && unit == units[i];
  }
  Trust expected = Trust::kUnknown;
  cons_trust.compare_exchange_strong(expected, same ? Trust::kConfirmed : Trust::kRefuted,
                                     std::memory_order_relaxed);
}

bool SequentialConfirmed(v8::Isolate* isolate) {
  Trust trust = sequential_trust.load(std::memory_order_relaxed);
  if (trust != Trust::kUnknown) return trust == Trust::kConfirmed;
  v8::HandleScope scope(isolate);
  static constexpr char kOneByte[] = "octet: in-place string check \xe9";
  static constexpr char16_t kTwoByte[] = u"octet: in-place \u03b1\u03b2\u03b3 check";
  const int one_length = static_cast<int>(sizeof(kOneByte) - 1);
  const int two_length = static_cast<int>(sizeof(kTwoByte) / sizeof(char16_t) - 1);
  v8::Local<v8::String> one;
  v8::Local<v8::String> two;
  bool confirmed = false;
  if (v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(kOneByte),
                                 v8::NewStringType::kNormal, one_length)
          .ToLocal(&one) &&
      v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(kTwoByte),
                                 v8::NewStringType::kNormal, two_length)
          .ToLocal(&two)) {
    Peeked a;
    Peeked b;
    int followed_a;
    int followed_b;
    confirmed = Peek(one, &a, &followed_a) && followed_a == kFollowedNothing && a.one_byte &&
                memcmp(a.chars, kOneByte, one_length) == 0 && Peek(two, &b, &followed_b) &&
                followed_b == kFollowedNothing && !b.one_byte &&
                memcmp(b.chars, kTwoByte, two_length * sizeof(char16_t)) == 0;
  }
  sequential_trust.store(confirmed ? Trust::kConfirmed : Trust::kRefuted,
                         std::memory_order_relaxed);
  if (confirmed) ConfirmConsLayout(isolate, one, two);
  return confirmed;
}

bool PeekConfirmed(v8::Isolate* isolate, v8::Local<v8::String> string, size_t length,
                   Peeked* out) {
  if (!SequentialConfirmed(isolate)) return false;
  int followed;
  if (!Peek(string, out, &followed)) return false;
  if (followed == kFollowedNothing) return true;
  if (followed == (kFollowedCons | kFollowedSlice)) return false;  // V8 does not nest them
  std::atomic<Trust>& trust = followed == kFollowedCons ? cons_trust : slice_trust;
  const Trust known = trust.load(std::memory_order_relaxed);
  if (known != Trust::kUnknown) return known == Trust::kConfirmed;
  // Sample the ends through V8 (which may allocate and move the string), then peek again.
  constexpr size_t kSample = 16;
  const size_t sample = length < kSample ? length : kSample;
  uint16_t head[kSample];
  uint16_t tail[kSample];
  string->Write(isolate, head, 0, static_cast<int>(sample), v8::String::NO_NULL_TERMINATION);
  string->Write(isolate, tail, static_cast<int>(length - sample), static_cast<int>(sample),
                v8::String::NO_NULL_TERMINATION);
  if (!Peek(string, out, &followed)) return false;
  const bool same = SameUnits(*out, length, head, tail, sample);
  // Only a string long enough for distinct ends is evidence either way.
  if (length >= 2 * kSample) {
    trust.store(same ? Trust::kConfirmed : Trust::kRefuted, std::memory_order_relaxed);
  }
  return same;
}

}  // namespace

bool StringView::Fill(v8::Local<v8::String> string) {
  Peeked peeked;
  int followed;
  if (sequential_trust.load(std::memory_order_relaxed) == Trust::kConfirmed &&
      Peek(string, &peeked, &followed)) {
    if (followed != kFollowedNothing) {
      std::atomic<Trust>& trust = followed == kFollowedCons ? cons_trust : slice_trust;
      if (followed == (kFollowedCons | kFollowedSlice) ||
          trust.load(std::memory_order_relaxed) != Trust::kConfirmed) {
        return false;
      }
    }
    if (peeked.one_byte) {
      one_byte_ = static_cast<const uint8_t*>(peeked.chars);
    } else {
      two_byte_ = static_cast<const char16_t*>(peeked.chars);
    }
    length_ = static_cast<size_t>(LengthOf(*reinterpret_cast<const Address*>(*string)));
    return true;
  }
  if (const auto* external = string->GetExternalOneByteStringResource()) {
    one_byte_ = reinterpret_cast<const uint8_t*>(external->data());
  } else if (const auto* external_two = string->GetExternalStringResource()) {
    two_byte_ = reinterpret_cast<const char16_t*>(external_two->data());
  } else {
    return false;
  }
  length_ = static_cast<size_t>(string->Length());
  return true;
}

StringView StringView::Confirmed(v8::Local<v8::String> string) {
  StringView view;
  view.Fill(string);
  return view;
}

StringView::StringView(v8::Isolate* isolate, v8::Local<v8::String> string) {
  if (Fill(string)) return;
  Peeked peeked;
  const size_t length = static_cast<size_t>(string->Length());
  if (!PeekConfirmed(isolate, string, length, &peeked)) return;
  if (peeked.one_byte) {
    one_byte_ = static_cast<const uint8_t*>(peeked.chars);
  } else {
    two_byte_ = static_cast<const char16_t*>(peeked.chars);
  }
  length_ = length;
}

}  // namespace octet::buffer
