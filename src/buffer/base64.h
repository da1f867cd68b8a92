// Base64 and base64url, both ways, over plain byte ranges. Decoding follows node's lenient rules:
// both alphabets are accepted, characters outside them (whitespace, junk) are skipped, and the
// first '=' ends the input. Two-byte input is read through its low byte, as node does.
#ifndef OCTET_SRC_BUFFER_BASE64_H_
#define OCTET_SRC_BUFFER_BASE64_H_

#include <cstddef>
#include <cstdint>

namespace octet::buffer {

enum class Base64Mode { kStandard, kUrl };

// Characters needed for n bytes: padded for kStandard, unpadded for kUrl.
size_t Base64EncodedLength(size_t n, Base64Mode mode);
// Writes exactly Base64EncodedLength(n, mode) characters to dst.
size_t Base64Encode(const uint8_t* src, size_t n, char* dst, Base64Mode mode);

// The number of bytes node reserves when decoding len characters (trailing '=' discounted).
size_t Base64DecodedSize(const uint8_t* src, size_t len);
size_t Base64DecodedSize(const char16_t* src, size_t len);

// Decodes into dst (at most dst_len bytes); returns the bytes written.
size_t Base64Decode(const uint8_t* src, size_t len, uint8_t* dst, size_t dst_len);
size_t Base64Decode(const char16_t* src, size_t len, uint8_t* dst, size_t dst_len);

}  // namespace octet::buffer

#endif  // OCTET_SRC_BUFFER_BASE64_H_
