// Byte moves that are not codecs: in-place byte swaps, repeating-pattern fill, the 7-bit view of
// "ascii" decoding, and UTF-16LE helpers that must not assume alignment.
#ifndef OCTET_SRC_BUFFER_BYTES_H_
#define OCTET_SRC_BUFFER_BYTES_H_

#include <cstddef>
#include <cstdint>

namespace octet::buffer {

// Reverse the byte order of each 2-, 4- or 8-byte group; n must be a multiple of the group size.
void Swap16(uint8_t* data, size_t n);
void Swap32(uint8_t* data, size_t n);
void Swap64(uint8_t* data, size_t n);

// Fills n bytes with pattern (length plen > 0) repeated from its start, doubling the copied
// prefix so large fills run at memcpy speed.
void FillPattern(uint8_t* dst, size_t n, const uint8_t* pattern, size_t plen);

// Copies n bytes clearing the high bit of each ("ascii" decoding in node).
void CopyAscii(const uint8_t* src, size_t n, uint8_t* dst);

// Narrows UTF-16 units that are all <= 0xff to bytes. dst may be src itself (narrowing in place):
// no unit is overwritten before it is read.
void NarrowUtf16(const char16_t* src, size_t n, uint8_t* dst);
// Widens bytes to UTF-16 units (Latin-1 to UTF-16). src may lie n or more bytes into dst's own
// memory (the second half of a buffer of n units): no byte is overwritten before it is read.
void WidenLatin1(const uint8_t* src, size_t n, char16_t* dst);

}  // namespace octet::buffer

#endif  // OCTET_SRC_BUFFER_BYTES_H_
