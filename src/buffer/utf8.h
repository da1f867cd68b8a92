// UTF-8 over plain ranges: validation, decoding to UTF-16 with WHATWG replacement (each maximal
// invalid subpart becomes one U+FFFD, as V8's String::NewFromUtf8 does), the UTF-8 length of JS
// strings, and encoding JS strings with lone surrogates replaced and no partial characters.
#ifndef OCTET_SRC_BUFFER_UTF8_H_
#define OCTET_SRC_BUFFER_UTF8_H_

#include <cstddef>
#include <cstdint>

namespace octet::buffer {

// Length of the leading run of bytes < 0x80.
size_t AsciiPrefixLength(const uint8_t* src, size_t n);
inline bool IsAscii(const uint8_t* src, size_t n) { return AsciiPrefixLength(src, n) == n; }

// Copies the leading run of bytes < 0x80 to dst and returns its length.
size_t CopyAsciiPrefix(const uint8_t* src, size_t n, uint8_t* dst);

// Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool IsValidUtf8(const uint8_t* src, size_t n);

// Decodes n bytes into dst, which must hold n units. Returns the units written; *units_or is
// > 0xff exactly when some unit written is (a one-byte string suffices otherwise).
size_t Utf8Decode(const uint8_t* src, size_t n, char16_t* dst, uint32_t* units_or);

// Decodes the leading part of src whose characters all fit Latin-1 (ASCII and well-formed
// U+0080..U+00FF) to one byte per character in dst, which has room for n. Returns the input bytes
// consumed, whole characters: all of src, or up to the first character that is larger or
// malformed (which Utf8Decode then takes). *written gets the bytes written.
size_t Utf8DecodeLatin1(const uint8_t* src, size_t n, uint8_t* dst, size_t* written);

// UTF-8 length of UTF-16 units: a lone surrogate counts 3 (it becomes U+FFFD). A pair split
// between two calls counts as two lone surrogates, so callers never split one.
size_t Utf8LengthOfUtf16(const char16_t* src, size_t n);
size_t Utf8LengthOfLatin1(const uint8_t* src, size_t n);

// Encodes as many whole characters as fit in cap bytes. Returns the bytes written and sets *read
// to the units consumed. A high surrogate that ends src is written as U+FFFD only when last is
// true; otherwise it is left unread for the caller's next chunk. With replace_surrogates false,
// lone surrogates are written as their own three bytes (WTF-8), as node's search needles are.
size_t Utf8EncodeUtf16(const char16_t* src, size_t n, bool last, uint8_t* dst, size_t cap,
                       size_t* read, bool replace_surrogates = true);
size_t Utf8EncodeLatin1(const uint8_t* src, size_t n, uint8_t* dst, size_t cap, size_t* read);

// The widest vector kernels the functions above may pick (each is used only if the CPU has it).
// Tests lower the ceiling to compare every path with the scalar code on the same inputs.
enum class Utf8Isa { kScalar, kAvx2, kAvx512 };
void SetUtf8IsaCeiling(Utf8Isa isa);

}  // namespace octet::buffer

#endif  // OCTET_SRC_BUFFER_UTF8_H_
