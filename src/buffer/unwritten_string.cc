#include "buffer/unwritten_string.h"

#include <dlfcn.h>

#include <atomic>
#include <cstring>

#include "buffer/string_view.h"

namespace octet::buffer {

namespace {

using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::String;
using v8::internal::Address;

// V8's own FactoryBase<Factory>::NewRawOneByteString(int length, AllocationType), the call its
// encoders make before writing a string in place. libnode exports it but no header declares it,
// so it is looked up by name and called as the plain function it compiles to: `this` first (the
// factory, which V8 keeps at the isolate's own address: Isolate::factory() is a cast of `this`),
// and the result a MaybeHandle, one pointer in a register: the new handle's slot, or null when V8
// threw. Nothing here is promised to embedders: Confirm() checks it on a real string first.
using NewRawOneByteString = Address* (*)(void* factory, int length, uint8_t allocation);
constexpr char kNewRawOneByteString[] =
    "_ZN2v88internal11FactoryBaseINS0_7FactoryEE19NewRawOneByteStringEiNS0_14AllocationTypeE";
constexpr uint8_t kAllocateYoung = 0;  // AllocationType::kYoung

NewRawOneByteString Lookup() {
  return reinterpret_cast<NewRawOneByteString>(dlsym(RTLD_DEFAULT, kNewRawOneByteString));
}

// V8 leaves the bytes between the last character and the object's 8-byte aligned end as they
// were; they are cleared so that no stale memory of the process ends up inside a string.
void ClearPadding(uint8_t* end) {
  const auto address = reinterpret_cast<uintptr_t>(end);
  memset(end, 0, ((address + 7) & ~uintptr_t{7}) - address);
}

// A new string's handle (a Local is the address of its handle slot), empty if V8 threw.
Local<String> MakeRaw(NewRawOneByteString make, Isolate* isolate, size_t length) {
  Address* slot = make(isolate, static_cast<int>(length), kAllocateYoung);
  return *reinterpret_cast<Local<String>*>(&slot);
}

// The characters of a string MakeRaw made, as StringView finds them; null if it cannot.
uint8_t* CharsOf(const StringView& view, size_t length) {
  if (view.one_byte() == nullptr || view.length() != length) return nullptr;
  return const_cast<uint8_t*>(view.one_byte());
}

enum class Trust : int { kUnknown, kConfirmed, kRefuted };
std::atomic<Trust> trust{Trust::kUnknown};

// Writes a known text into a string made this way and reads it back through V8's API.
bool Confirm(Isolate* isolate, NewRawOneByteString make) {
  if (make == nullptr) return false;
  HandleScope scope(isolate);
  static constexpr char kText[] = "octet: a string written in place \xe9";
  constexpr size_t kLength = sizeof(kText) - 1;
  Local<String> string = MakeRaw(make, isolate, kLength);
  if (string.IsEmpty()) return false;
  // StringView's constructor confirms its own layout checks first, which may allocate.
  uint8_t* chars = CharsOf(StringView(isolate, string), kLength);
  if (chars == nullptr) return false;
  memcpy(chars, kText, kLength);
  ClearPadding(chars + kLength);
  uint8_t back[kLength];
  if (!string->IsOneByte() || string->Length() != static_cast<int>(kLength)) return false;
  string->WriteOneByte(isolate, back, 0, kLength, String::NO_NULL_TERMINATION);
  Local<String> expected =
      String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(kText),
                             v8::NewStringType::kNormal, kLength)
          .ToLocalChecked();
  return memcmp(back, kText, kLength) == 0 && string->StrictEquals(expected) &&
         expected->StrictEquals(string);
}

}  // namespace

bool NewUnwrittenOneByte(Isolate* isolate, size_t length, Local<String>* string,
                         uint8_t** chars) {
  static const NewRawOneByteString make = Lookup();
  if (length == 0 || length > static_cast<size_t>(String::kMaxLength)) return false;
  Trust known = trust.load(std::memory_order_relaxed);
  if (known == Trust::kUnknown) {
    known = Confirm(isolate, make) ? Trust::kConfirmed : Trust::kRefuted;
    trust.store(known, std::memory_order_relaxed);
  }
  if (known != Trust::kConfirmed) return false;
  const Local<String> made = MakeRaw(make, isolate, length);
  if (made.IsEmpty()) return false;
  uint8_t* made_chars = CharsOf(StringView::Confirmed(made), length);
  if (made_chars == nullptr) return false;
  ClearPadding(made_chars + length);
  *string = made;
  *chars = made_chars;
  return true;
}

}  // namespace octet::buffer
