#include "buffer/base64.h"

#include <array>

namespace octet::buffer {

namespace {

constexpr char kStandardAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kUrlAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// 12 input bits → two output characters at once: halves the lookups of the encoder's hot loop.
using PairTable = std::array<uint16_t, 4096>;

constexpr PairTable MakePairTable(const char* alphabet) {
  PairTable table{};
  for (int i = 0; i < 4096; ++i) {
    // Stored so that a little-endian store puts the first character first.
    table[i] = static_cast<uint16_t>(static_cast<uint8_t>(alphabet[i >> 6]) |
                                     (static_cast<uint8_t>(alphabet[i & 63]) << 8));
  }
  return table;
}

constexpr PairTable kStandardPairs = MakePairTable(kStandardAlphabet);
constexpr PairTable kUrlPairs = MakePairTable(kUrlAlphabet);

// Character → 6-bit value for both alphabets at once; 0xff for anything else.
constexpr std::array<uint8_t, 256> MakeDecodeTable() {
  std::array<uint8_t, 256> table{};
  for (auto& v : table) v = 0xff;
  for (int i = 0; i < 64; ++i) {
    table[static_cast<uint8_t>(kStandardAlphabet[i])] = static_cast<uint8_t>(i);
    table[static_cast<uint8_t>(kUrlAlphabet[i])] = static_cast<uint8_t>(i);
  }
  return table;
}

constexpr std::array<uint8_t, 256> kDecode = MakeDecodeTable();

// The same values pre-shifted into their place in a 24-bit group; invalid characters set bit 31.
constexpr std::array<uint32_t, 256> MakeShiftedTable(int shift) {
  std::array<uint32_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    uint8_t v = kDecode[c];
    table[c] = v == 0xff ? 0x80000000u : static_cast<uint32_t>(v) << shift;
  }
  return table;
}

constexpr std::array<uint32_t, 256> kDecode0 = MakeShiftedTable(18);
constexpr std::array<uint32_t, 256> kDecode1 = MakeShiftedTable(12);
constexpr std::array<uint32_t, 256> kDecode2 = MakeShiftedTable(6);
constexpr std::array<uint32_t, 256> kDecode3 = MakeShiftedTable(0);

inline uint8_t Low(uint8_t c) { return c; }
inline uint8_t Low(char16_t c) { return static_cast<uint8_t>(c); }

// One group of up to four significant characters, skipping anything outside the alphabets.
// Returns false when decoding must stop: input exhausted, '=' seen, or dst full.
template <typename Char>
bool DecodeGroupSlow(const Char* src, size_t len, uint8_t* dst, size_t dst_len, size_t* i,
                     size_t* k) {
  uint8_t prev = 0;
  for (int slot = 0; slot < 4; ++slot) {
    uint8_t value;
    for (;;) {
      uint8_t c = Low(src[*i]);
      value = kDecode[c];
      *i += 1;
      if (value < 64) break;
      if (c == '=' || *i >= len) return false;
    }
    switch (slot) {
      case 1: dst[(*k)++] = static_cast<uint8_t>((prev << 2) | (value >> 4)); break;
      case 2: dst[(*k)++] = static_cast<uint8_t>((prev << 4) | (value >> 2)); break;
      case 3: dst[(*k)++] = static_cast<uint8_t>((prev << 6) | value); break;
      default: break;
    }
    if (*i >= len || *k >= dst_len) return false;
    prev = value;
  }
  return true;
}

template <typename Char>
size_t DecodedSize(const Char* src, size_t len) {
  if (len < 2) return 0;
  if (src[len - 1] == '=') {
    --len;
    if (src[len - 1] == '=') --len;
  }
  return len > 1 ? (len / 4) * 3 + (len % 4 + 1) / 2 : 0;
}

template <typename Char>
size_t Decode(const Char* src, size_t len, uint8_t* dst, size_t dst_len) {
  const size_t decoded = DecodedSize(src, len);
  const size_t available = dst_len < decoded ? dst_len : decoded;
  const size_t max_k = available / 3 * 3;
  size_t max_i = len / 4 * 4;
  size_t i = 0;
  size_t k = 0;
  while (i < max_i && k < max_k) {
    uint32_t v = kDecode0[Low(src[i])] | kDecode1[Low(src[i + 1])] | kDecode2[Low(src[i + 2])] |
                 kDecode3[Low(src[i + 3])];
    if (v & 0x80000000u) {
      // Whitespace or junk inside the group: take it one character at a time.
      if (!DecodeGroupSlow(src, len, dst, dst_len, &i, &k)) return k;
      max_i = i + (len - i) / 4 * 4;
    } else {
      dst[k] = static_cast<uint8_t>(v >> 16);
      dst[k + 1] = static_cast<uint8_t>(v >> 8);
      dst[k + 2] = static_cast<uint8_t>(v);
      i += 4;
      k += 3;
    }
  }
  if (i < len && k < dst_len) DecodeGroupSlow(src, len, dst, dst_len, &i, &k);
  return k;
}

}  // namespace

size_t Base64EncodedLength(size_t n, Base64Mode mode) {
  if (mode == Base64Mode::kStandard) return (n + 2) / 3 * 4;
  return n / 3 * 4 + (n % 3 == 0 ? 0 : n % 3 + 1);
}

size_t Base64Encode(const uint8_t* src, size_t n, char* dst, Base64Mode mode) {
  const PairTable& pairs = mode == Base64Mode::kUrl ? kUrlPairs : kStandardPairs;
  const char* alphabet = mode == Base64Mode::kUrl ? kUrlAlphabet : kStandardAlphabet;
  char* out = dst;
  size_t i = 0;
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (static_cast<uint32_t>(src[i]) << 16) | (static_cast<uint32_t>(src[i + 1]) << 8) |
                 src[i + 2];
    uint16_t hi = pairs[v >> 12];
    uint16_t lo = pairs[v & 0xfff];
    out[0] = static_cast<char>(hi & 0xff);
    out[1] = static_cast<char>(hi >> 8);
    out[2] = static_cast<char>(lo & 0xff);
    out[3] = static_cast<char>(lo >> 8);
    out += 4;
  }
  size_t rest = n - i;
  if (rest == 1) {
    uint32_t a = src[i];
    *out++ = alphabet[a >> 2];
    *out++ = alphabet[(a & 3) << 4];
    if (mode == Base64Mode::kStandard) {
      *out++ = '=';
      *out++ = '=';
    }
  } else if (rest == 2) {
    uint32_t a = src[i];
    uint32_t b = src[i + 1];
    *out++ = alphabet[a >> 2];
    *out++ = alphabet[((a & 3) << 4) | (b >> 4)];
    *out++ = alphabet[(b & 15) << 2];
    if (mode == Base64Mode::kStandard) *out++ = '=';
  }
  return static_cast<size_t>(out - dst);
}

size_t Base64DecodedSize(const uint8_t* src, size_t len) { return DecodedSize(src, len); }
size_t Base64DecodedSize(const char16_t* src, size_t len) { return DecodedSize(src, len); }

size_t Base64Decode(const uint8_t* src, size_t len, uint8_t* dst, size_t dst_len) {
  return Decode(src, len, dst, dst_len);
}
size_t Base64Decode(const char16_t* src, size_t len, uint8_t* dst, size_t dst_len) {
  return Decode(src, len, dst, dst_len);
}

}  // namespace octet::buffer
