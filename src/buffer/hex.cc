#include "buffer/hex.h"

#include <array>

#include "buffer/cpu.h"

#if OCTET_HAVE_AVX2_KERNELS
#include <immintrin.h>
#endif

namespace octet::buffer {

namespace {

constexpr char kDigits[] = "0123456789abcdef";

constexpr std::array<uint16_t, 256> MakeEncodeTable() {
  std::array<uint16_t, 256> table{};
  for (int i = 0; i < 256; ++i) {
    table[i] = static_cast<uint16_t>(static_cast<uint8_t>(kDigits[i >> 4]) |
                                     (static_cast<uint8_t>(kDigits[i & 15]) << 8));
  }
  return table;
}

constexpr std::array<uint8_t, 256> MakeDecodeTable() {
  std::array<uint8_t, 256> table{};
  for (auto& v : table) v = 0xff;
  for (int i = 0; i < 10; ++i) table['0' + i] = static_cast<uint8_t>(i);
  for (int i = 0; i < 6; ++i) {
    table['a' + i] = static_cast<uint8_t>(10 + i);
    table['A' + i] = static_cast<uint8_t>(10 + i);
  }
  return table;
}

constexpr std::array<uint16_t, 256> kEncode = MakeEncodeTable();
constexpr std::array<uint8_t, 256> kDecode = MakeDecodeTable();

inline uint8_t Low(uint8_t c) { return c; }
inline uint8_t Low(char16_t c) { return static_cast<uint8_t>(c); }

void EncodeScalar(const uint8_t* src, size_t n, char* dst) {
  for (size_t i = 0; i < n; ++i) {
    uint16_t pair = kEncode[src[i]];
    dst[2 * i] = static_cast<char>(pair & 0xff);
    dst[2 * i + 1] = static_cast<char>(pair >> 8);
  }
}

// Decodes pairs starting at byte index `start`; stops at the first invalid pair.
template <typename Char>
size_t DecodeScalar(const Char* src, size_t len, uint8_t* dst, size_t dst_len, size_t start) {
  size_t i = start;
  for (; i < dst_len && i * 2 + 1 < len; ++i) {
    uint8_t a = kDecode[Low(src[2 * i])];
    uint8_t b = kDecode[Low(src[2 * i + 1])];
    if ((a | b) & 0xf0) return i;
    dst[i] = static_cast<uint8_t>((a << 4) | b);
  }
  return i;
}

#if OCTET_HAVE_AVX2_KERNELS
OCTET_TARGET_AVX2 size_t EncodeAvx2(const uint8_t* src, size_t n, char* dst) {
  const __m256i digits = _mm256_setr_epi8('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a',
                                          'b', 'c', 'd', 'e', 'f', '0', '1', '2', '3', '4', '5',
                                          '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f');
  const __m256i nibble = _mm256_set1_epi8(0x0f);
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
    __m256i hi = _mm256_shuffle_epi8(digits, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
    __m256i lo = _mm256_shuffle_epi8(digits, _mm256_and_si256(v, nibble));
    // unpack works per 128-bit lane: a = bytes 0-7 | 16-23, b = 8-15 | 24-31.
    __m256i a = _mm256_unpacklo_epi8(hi, lo);
    __m256i b = _mm256_unpackhi_epi8(hi, lo);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + 2 * i),
                        _mm256_permute2x128_si256(a, b, 0x20));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + 2 * i + 32),
                        _mm256_permute2x128_si256(a, b, 0x31));
  }
  return i;
}

// Hex digit values of 32 characters, and whether every one of them was a hex digit.
OCTET_TARGET_AVX2 inline __m256i NibblesAvx2(__m256i c, __m256i* valid) {
  const __m256i d = _mm256_sub_epi8(c, _mm256_set1_epi8('0'));
  const __m256i is_digit = _mm256_cmpeq_epi8(_mm256_min_epu8(d, _mm256_set1_epi8(9)), d);
  const __m256i l = _mm256_sub_epi8(_mm256_or_si256(c, _mm256_set1_epi8(0x20)),
                                    _mm256_set1_epi8('a'));
  const __m256i is_alpha = _mm256_cmpeq_epi8(_mm256_min_epu8(l, _mm256_set1_epi8(5)), l);
  *valid = _mm256_and_si256(*valid, _mm256_or_si256(is_digit, is_alpha));
  return _mm256_blendv_epi8(_mm256_add_epi8(l, _mm256_set1_epi8(10)), d, is_digit);
}

// Decodes whole 32-byte blocks while every character is a digit; returns the bytes done.
OCTET_TARGET_AVX2 size_t DecodeAvx2(const uint8_t* src, size_t len, uint8_t* dst,
                                    size_t dst_len) {
  const __m256i weights = _mm256_set1_epi16(0x0110);
  size_t pairs = len / 2 < dst_len ? len / 2 : dst_len;
  size_t i = 0;
  for (; i + 32 <= pairs; i += 32) {
    __m256i valid = _mm256_set1_epi8(-1);
    __m256i a = NibblesAvx2(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + 2 * i)),
                            &valid);
    __m256i b = NibblesAvx2(
        _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + 2 * i + 32)), &valid);
    if (_mm256_movemask_epi8(valid) != -1) break;
    __m256i wa = _mm256_maddubs_epi16(a, weights);
    __m256i wb = _mm256_maddubs_epi16(b, weights);
    __m256i packed = _mm256_permute4x64_epi64(_mm256_packus_epi16(wa, wb), 0xd8);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + i), packed);
  }
  return i;
}
#endif

}  // namespace

void HexEncode(const uint8_t* src, size_t n, char* dst) {
  size_t done = 0;
#if OCTET_HAVE_AVX2_KERNELS
  if (CpuHasAvx2()) done = EncodeAvx2(src, n, dst);
#endif
  EncodeScalar(src + done, n - done, dst + 2 * done);
}

size_t HexDecode(const uint8_t* src, size_t len, uint8_t* dst, size_t dst_len) {
  size_t done = 0;
#if OCTET_HAVE_AVX2_KERNELS
  if (CpuHasAvx2()) done = DecodeAvx2(src, len, dst, dst_len);
#endif
  return DecodeScalar(src, len, dst, dst_len, done);
}

size_t HexDecode(const char16_t* src, size_t len, uint8_t* dst, size_t dst_len) {
  return DecodeScalar(src, len, dst, dst_len, 0);
}

}  // namespace octet::buffer
