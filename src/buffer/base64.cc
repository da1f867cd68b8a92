#include "buffer/base64.h"

#include <array>

#include "buffer/cpu.h"
#include "buffer/simd.h"

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

#if OCTET_HAVE_AVX2_KERNELS
// 24 input bytes → 32 characters per step (Muła/Lemire): spread each 3-byte group over a 32-bit
// word, cut it into four 6-bit indices with two multiplies, then map indices to ASCII by adding
// a per-range offset looked up with pshufb. Returns the input bytes consumed.
OCTET_TARGET_AVX2 size_t EncodeAvx2(const uint8_t* src, size_t n, char* dst, Base64Mode mode) {
  const bool url = mode == Base64Mode::kUrl;
  const __m256i spread = _mm256_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10,
                                          1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
  const char c62 = url ? '-' : '+';
  const char c63 = url ? '_' : '/';
  const __m256i offsets = _mm256_setr_epi8(
      'a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
      '0' - 52, '0' - 52, static_cast<char>(c62 - 62), static_cast<char>(c63 - 63), 'A', 0, 0,
      'a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
      '0' - 52, '0' - 52, static_cast<char>(c62 - 62), static_cast<char>(c63 - 63), 'A', 0, 0);
  size_t i = 0;
  for (; i + 28 <= n; i += 24) {
    __m256i in = _mm256_inserti128_si256(
        _mm256_castsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i))),
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i + 12)), 1);
    in = _mm256_shuffle_epi8(in, spread);
    const __m256i t0 = _mm256_and_si256(in, _mm256_set1_epi32(0x0fc0fc00));
    const __m256i t1 = _mm256_mulhi_epu16(t0, _mm256_set1_epi32(0x04000040));
    const __m256i t2 = _mm256_and_si256(in, _mm256_set1_epi32(0x003f03f0));
    const __m256i t3 = _mm256_mullo_epi16(t2, _mm256_set1_epi32(0x01000010));
    const __m256i indices = _mm256_or_si256(t1, t3);
    __m256i range = _mm256_subs_epu8(indices, _mm256_set1_epi8(51));
    const __m256i below26 = _mm256_cmpgt_epi8(_mm256_set1_epi8(26), indices);
    range = _mm256_or_si256(range, _mm256_and_si256(below26, _mm256_set1_epi8(13)));
    const __m256i out = _mm256_add_epi8(indices, _mm256_shuffle_epi8(offsets, range));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + i / 3 * 4), out);
  }
  return i;
}

// Per-nibble classification tables for the decoder: a character is outside both alphabets
// exactly when kHiClass[its high nibble] & kLoInvalid[its low nibble] is non-zero. Each high
// nibble gets a class bit; a low nibble's entry holds the classes in which it is invalid.
//   class 0x01: 0x2_ (valid: + - /)   0x02: 0x3_ (0-9)     0x04: 0x4_, 0x6_ (A-O, a-o)
//   class 0x08: 0x5_ (P-Z, _)         0x20: 0x7_ (p-z)     0x10: everything else
constexpr uint8_t LoInvalid(int lo) {
  return static_cast<uint8_t>(0x10 | (lo != 0xb && lo != 0xd && lo != 0xf ? 0x01 : 0) |
                              (lo >= 0xa ? 0x02 : 0) | (lo == 0 ? 0x04 : 0) |
                              (lo >= 0xb && lo <= 0xe ? 0x08 : 0) | (lo >= 0xb ? 0x20 : 0));
}

// 32 characters of either alphabet → 24 bytes, while every character is significant. Stops at
// the first block holding anything else (whitespace, '=', junk), which the scalar code handles.
// Follows the scalar fast loop's limits exactly: i stays below max_i, k below max_k.
OCTET_TARGET_AVX2 void DecodeAvx2(const uint8_t* src, size_t max_i, uint8_t* dst, size_t max_k,
                                  size_t* i_io, size_t* k_io) {
  const __m256i hi_class = _mm256_setr_epi8(
      0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x20, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
      0x10, 0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x20, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
      0x10, 0x10);
#define OCTET_LO(n) static_cast<char>(LoInvalid(n))
  const __m256i lo_invalid = _mm256_setr_epi8(
      OCTET_LO(0), OCTET_LO(1), OCTET_LO(2), OCTET_LO(3), OCTET_LO(4), OCTET_LO(5), OCTET_LO(6),
      OCTET_LO(7), OCTET_LO(8), OCTET_LO(9), OCTET_LO(10), OCTET_LO(11), OCTET_LO(12),
      OCTET_LO(13), OCTET_LO(14), OCTET_LO(15), OCTET_LO(0), OCTET_LO(1), OCTET_LO(2),
      OCTET_LO(3), OCTET_LO(4), OCTET_LO(5), OCTET_LO(6), OCTET_LO(7), OCTET_LO(8), OCTET_LO(9),
      OCTET_LO(10), OCTET_LO(11), OCTET_LO(12), OCTET_LO(13), OCTET_LO(14), OCTET_LO(15));
#undef OCTET_LO
  // Offset from character to value by high nibble: '+' (0x2b) +19, digits +4, A-Z -65, a-z -71;
  // '-', '/' and '_' are patched afterwards.
  const __m256i roll = _mm256_setr_epi8(0, 0, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0,
                                        0, 0, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0);
  const __m256i nibble = _mm256_set1_epi8(0x0f);
  size_t i = *i_io;
  size_t k = *k_io;
  while (i + 32 <= max_i && k + 24 <= max_k) {
    const __m256i c = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
    const __m256i hi = _mm256_and_si256(_mm256_srli_epi32(c, 4), nibble);
    const __m256i lo = _mm256_and_si256(c, nibble);
    const __m256i bad = _mm256_and_si256(_mm256_shuffle_epi8(hi_class, hi),
                                         _mm256_shuffle_epi8(lo_invalid, lo));
    if (!_mm256_testz_si256(bad, bad)) break;
    __m256i values = _mm256_add_epi8(c, _mm256_shuffle_epi8(roll, hi));
    const __m256i is62 = _mm256_cmpeq_epi8(c, _mm256_set1_epi8('-'));
    const __m256i is63 = _mm256_or_si256(_mm256_cmpeq_epi8(c, _mm256_set1_epi8('/')),
                                         _mm256_cmpeq_epi8(c, _mm256_set1_epi8('_')));
    values = _mm256_blendv_epi8(values, _mm256_set1_epi8(62), is62);
    values = _mm256_blendv_epi8(values, _mm256_set1_epi8(63), is63);
    // Four 6-bit values → one 24-bit group per 32-bit lane, then drop every fourth byte.
    const __m256i pairs = _mm256_maddubs_epi16(values, _mm256_set1_epi32(0x01400140));
    const __m256i groups = _mm256_madd_epi16(pairs, _mm256_set1_epi32(0x00011000));
    const __m256i packed = _mm256_shuffle_epi8(
        groups, _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, 2, 1, 0,
                                 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1));
    const __m256i out =
        _mm256_permutevar8x32_epi32(packed, _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 7, 7));
    // Exactly 24 bytes: anything past the decoded length must stay as the caller left it.
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + k), _mm256_castsi256_si128(out));
    _mm_storel_epi64(reinterpret_cast<__m128i*>(dst + k + 16), _mm256_extracti128_si256(out, 1));
    i += 32;
    k += 24;
  }
  *i_io = i;
  *k_io = k;
}
// AVX-512 VBMI: 48 bytes → 64 characters with two byte permutes and one multishift (Muła):
// gather each 3-byte group into a 32-bit lane, let multishift pick the four 6-bit fields, and
// translate all 64 indices through the alphabet held in one register.
OCTET_TARGET_AVX512VBMI size_t EncodeAvx512(const uint8_t* src, size_t n, char* dst,
                                            Base64Mode mode) {
  const char* alphabet = mode == Base64Mode::kUrl ? kUrlAlphabet : kStandardAlphabet;
  const __m512i lookup = _mm512_loadu_si512(alphabet);
  const __m512i gather = _mm512_setr_epi32(
      0x01020001, 0x04050304, 0x07080607, 0x0a0b090a, 0x0d0e0c0d, 0x10110f10, 0x13141213,
      0x16171516, 0x191a1819, 0x1c1d1b1c, 0x1f201e1f, 0x22232122, 0x25262425, 0x28292728,
      0x2b2c2a2b, 0x2e2f2d2e);
  const __m512i fields = _mm512_set1_epi64(0x3036242a1016040aLL);
  size_t i = 0;
  for (; i + 64 <= n; i += 48) {
    const __m512i v = _mm512_loadu_si512(src + i);
    const __m512i groups = _mm512_permutexvar_epi8(gather, v);
    const __m512i indices = _mm512_multishift_epi64_epi8(fields, groups);
    _mm512_storeu_si512(dst + i / 3 * 4, _mm512_permutexvar_epi8(indices, lookup));
  }
  return i;
}

// AVX-512 VBMI: 64 characters → 48 bytes; characters translate through a 128-entry table (0x80
// for anything outside both alphabets), so one test finds junk and non-ASCII alike.
OCTET_TARGET_AVX512VBMI void DecodeAvx512(const uint8_t* src, size_t max_i, uint8_t* dst,
                                          size_t max_k, size_t* i_io, size_t* k_io) {
  alignas(64) static const std::array<uint8_t, 128> table = [] {
    std::array<uint8_t, 128> t{};
    for (int c = 0; c < 128; ++c) t[c] = kDecode[c] < 64 ? kDecode[c] : 0x80;
    return t;
  }();
  const __m512i lo = _mm512_load_si512(table.data());
  const __m512i hi = _mm512_load_si512(table.data() + 64);
  alignas(64) static const std::array<uint8_t, 64> pack = [] {
    std::array<uint8_t, 64> p{};
    for (int j = 0; j < 16; ++j) {
      p[3 * j] = static_cast<uint8_t>(4 * j + 2);
      p[3 * j + 1] = static_cast<uint8_t>(4 * j + 1);
      p[3 * j + 2] = static_cast<uint8_t>(4 * j);
    }
    return p;
  }();
  const __m512i packer = _mm512_load_si512(pack.data());
  size_t i = *i_io;
  size_t k = *k_io;
  while (i + 64 <= max_i && k + 48 <= max_k) {
    const __m512i c = _mm512_loadu_si512(src + i);
    const __m512i values = _mm512_permutex2var_epi8(lo, c, hi);
    if (_mm512_movepi8_mask(_mm512_or_si512(values, c)) != 0) break;
    const __m512i pairs = _mm512_maddubs_epi16(values, _mm512_set1_epi32(0x01400140));
    const __m512i groups = _mm512_madd_epi16(pairs, _mm512_set1_epi32(0x00011000));
    _mm512_mask_storeu_epi8(dst + k, (1ULL << 48) - 1, _mm512_permutexvar_epi8(packer, groups));
    i += 64;
    k += 48;
  }
  *i_io = i;
  *k_io = k;
}

#endif

template <typename Char>
size_t Decode(const Char* src, size_t len, uint8_t* dst, size_t dst_len) {
  const size_t decoded = DecodedSize(src, len);
  const size_t available = dst_len < decoded ? dst_len : decoded;
  const size_t max_k = available / 3 * 3;
  size_t max_i = len / 4 * 4;
  size_t i = 0;
  size_t k = 0;
  while (i < max_i && k < max_k) {
#if OCTET_HAVE_AVX2_KERNELS
    if constexpr (sizeof(Char) == 1) {
      if (CpuHasAvx512Vbmi()) DecodeAvx512(src, max_i, dst, max_k, &i, &k);
      if (CpuHasAvx2()) {
        DecodeAvx2(src, max_i, dst, max_k, &i, &k);
        if (i >= max_i || k >= max_k) break;
      }
    }
#endif
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
#if OCTET_HAVE_AVX2_KERNELS
  if (CpuHasAvx512Vbmi()) {
    i = EncodeAvx512(src, n, dst, mode);
  }
  if (CpuHasAvx2()) {
    i += EncodeAvx2(src + i, n - i, dst + i / 3 * 4, mode);
  }
  out += i / 3 * 4;
#endif
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
