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

// Base64Decode over one-byte input that arrives in pieces (a long string read a chunk at a time
// into cache-resident scratch), with exactly Base64Decode's result. Feed() takes the leading
// groups of a chunk while every character is significant and says how many characters it used;
// the first chunk it does not finish, and everything after it, goes to Finish() in one piece.
class Base64ChunkDecoder {
 public:
  // len: the whole input's length; the last two characters decide how much padding it has.
  Base64ChunkDecoder(size_t len, uint8_t second_last, uint8_t last, uint8_t* dst,
                     size_t dst_len);
  // n: a multiple of 4, starting on a group boundary (all chunks before it fully consumed).
  size_t Feed(const uint8_t* chunk, size_t n);
  // The rest of the input from the first character Feed() did not use; returns bytes written.
  size_t Finish(const uint8_t* rest, size_t n);

 private:
  uint8_t* dst_;
  size_t dst_len_;
  size_t max_k_;
  size_t written_ = 0;
};

}  // namespace octet::buffer

#endif  // OCTET_SRC_BUFFER_BASE64_H_
