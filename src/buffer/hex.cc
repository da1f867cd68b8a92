#include "buffer/hex.h"

#include <array>

#include "buffer/cpu.h"
#include "buffer/simd.h"

namespace octet::buffer {

namespace {

using detail::HexKernel;

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

// A character's value already in place as the high or low half of a byte; 0x100 for anything
// but a hex digit, so that one test of the OR of several characters finds any invalid one.
constexpr std::array<uint16_t, 256> MakeShiftedTable(int shift) {
  std::array<uint16_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    uint8_t v = kDecode[c];
    table[c] = v == 0xff ? 0x100 : static_cast<uint16_t>(v << shift);
  }
  return table;
}

constexpr std::array<uint16_t, 256> kDecodeHigh = MakeShiftedTable(4);
constexpr std::array<uint16_t, 256> kDecodeLow = MakeShiftedTable(0);

inline uint8_t Low(uint8_t c) { return c; }
inline uint8_t Low(char16_t c) { return static_cast<uint8_t>(c); }

void EncodeScalar(const uint8_t* src, size_t n, char* dst) {
  for (size_t i = 0; i < n; ++i) {
    uint16_t pair = kEncode[src[i]];
    dst[2 * i] = static_cast<char>(pair & 0xff);
    dst[2 * i + 1] = static_cast<char>(pair >> 8);
  }
}

// The pairs a decoder may consume: one per output byte, and a lone final character is ignored.
inline size_t DecodablePairs(size_t len, size_t dst_len) {
  return len / 2 < dst_len ? len / 2 : dst_len;
}

template <typename Char>
inline uint16_t DecodePair(const Char* pair) {
  return kDecodeHigh[Low(pair[0])] | kDecodeLow[Low(pair[1])];
}

// Decodes pairs starting at byte index `start`; stops at the first invalid pair.
template <typename Char>
size_t DecodeScalar(const Char* src, size_t len, uint8_t* dst, size_t dst_len, size_t start) {
  const size_t pairs = DecodablePairs(len, dst_len);
  size_t i = start;
  // Four pairs per step with one validity test; the pair loop below finds where a bad step stops.
  for (; i + 4 <= pairs; i += 4) {
    const uint16_t a = DecodePair(src + 2 * i);
    const uint16_t b = DecodePair(src + 2 * i + 2);
    const uint16_t c = DecodePair(src + 2 * i + 4);
    const uint16_t d = DecodePair(src + 2 * i + 6);
    if ((a | b | c | d) & 0x100) break;
    dst[i] = static_cast<uint8_t>(a);
    dst[i + 1] = static_cast<uint8_t>(b);
    dst[i + 2] = static_cast<uint8_t>(c);
    dst[i + 3] = static_cast<uint8_t>(d);
  }
  for (; i < pairs; ++i) {
    const uint16_t v = DecodePair(src + 2 * i);
    if (v & 0x100) return i;
    dst[i] = static_cast<uint8_t>(v);
  }
  return i;
}

#if OCTET_HAVE_AVX2_KERNELS
// 32 bytes → 64 characters per step; returns the bytes done.
OCTET_TARGET_AVX2 size_t EncodeAvx2(const uint8_t* src, size_t n, char* dst) {
  const __m256i digits = _mm256_setr_epi8('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a',
                                          'b', 'c', 'd', 'e', 'f', '0', '1', '2', '3', '4', '5',
                                          '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f');
  const __m256i nibble = _mm256_set1_epi8(0x0f);
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
    // Quadwords 0 2 1 3: the per-lane unpacks below then yield bytes 0-15 and 16-31 in order.
    v = _mm256_permute4x64_epi64(v, 0xd8);
    __m256i hi = _mm256_shuffle_epi8(digits, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
    __m256i lo = _mm256_shuffle_epi8(digits, _mm256_and_si256(v, nibble));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + 2 * i), _mm256_unpacklo_epi8(hi, lo));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + 2 * i + 32),
                        _mm256_unpackhi_epi8(hi, lo));
  }
  return i;
}

// Decodes whole blocks of 32 pairs while every character is a hex digit; returns the bytes done.
// A character is a digit exactly when hi_class[high nibble] & lo_class[low nibble] is non-zero:
// class 1 is 0x30-0x39, class 2 is 0x41-0x46 and 0x61-0x66. Characters >= 0x80 index lo_class
// with their top bit set, which pshufb turns into 0: invalid, as they should be.
OCTET_TARGET_AVX2 size_t DecodeAvx2(const uint8_t* src, size_t len, uint8_t* dst,
                                    size_t dst_len) {
  const __m256i hi_class = _mm256_setr_epi8(0, 0, 0, 1, 2, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                            0, 1, 2, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  const __m256i lo_class = _mm256_setr_epi8(1, 3, 3, 3, 3, 3, 3, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 3,
                                            3, 3, 3, 3, 3, 1, 1, 1, 0, 0, 0, 0, 0, 0);
  // What to add to a digit to get its value, by high nibble: -'0', -('A' - 10), -('a' - 10).
  const __m256i offset = _mm256_setr_epi8(0, 0, 0, -0x30, -0x37, 0, -0x57, 0, 0, 0, 0, 0, 0, 0, 0,
                                          0, 0, 0, 0, -0x30, -0x37, 0, -0x57, 0, 0, 0, 0, 0, 0, 0,
                                          0, 0);
  const __m256i nibble = _mm256_set1_epi8(0x0f);
  const __m256i weights = _mm256_set1_epi16(0x0110);
  const size_t pairs = DecodablePairs(len, dst_len);
  size_t i = 0;
  for (; i + 32 <= pairs; i += 32) {
    const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + 2 * i));
    const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + 2 * i + 32));
    const __m256i ha = _mm256_and_si256(_mm256_srli_epi16(a, 4), nibble);
    const __m256i hb = _mm256_and_si256(_mm256_srli_epi16(b, 4), nibble);
    const __m256i ok_a =
        _mm256_and_si256(_mm256_shuffle_epi8(hi_class, ha), _mm256_shuffle_epi8(lo_class, a));
    const __m256i ok_b =
        _mm256_and_si256(_mm256_shuffle_epi8(hi_class, hb), _mm256_shuffle_epi8(lo_class, b));
    const __m256i none = _mm256_cmpeq_epi8(_mm256_min_epu8(ok_a, ok_b), _mm256_setzero_si256());
    if (!_mm256_testz_si256(none, none)) break;
    const __m256i va = _mm256_add_epi8(a, _mm256_shuffle_epi8(offset, ha));
    const __m256i vb = _mm256_add_epi8(b, _mm256_shuffle_epi8(offset, hb));
    const __m256i wa = _mm256_maddubs_epi16(va, weights);
    const __m256i wb = _mm256_maddubs_epi16(vb, weights);
    const __m256i packed = _mm256_permute4x64_epi64(_mm256_packus_epi16(wa, wb), 0xd8);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + i), packed);
  }
  return i;
}

// AVX-512 VBMI: 32 bytes → 64 characters per step. One byte permute puts every byte twice in a
// row, one multishift moves the high nibble of the first copy down (the lookup ignores bits 4-5),
// and one more permute maps all 64 nibbles to digits. Reads the low 32 bytes of `bytes` only.
OCTET_TARGET_AVX512VBMI inline __m512i EncodeBlockAvx512(__m512i bytes) {
  const __m512i twice = _mm512_set_epi64(0x1f1f1e1e1d1d1c1cLL, 0x1b1b1a1a19191818LL,
                                         0x1717161615151414LL, 0x1313121211111010LL,
                                         0x0f0f0e0e0d0d0c0cLL, 0x0b0b0a0a09090808LL,
                                         0x0707060605050404LL, 0x0303020201010000LL);
  const __m512i nibbles = _mm512_set1_epi64(0x3834282418140804LL);
  const __m512i digits = _mm512_broadcast_i32x4(_mm_setr_epi8(
      '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'));
  const __m512i doubled = _mm512_permutexvar_epi8(twice, bytes);
  return _mm512_permutexvar_epi8(_mm512_multishift_epi64_epi8(nibbles, doubled), digits);
}

// Encodes all n bytes; the last partial block with masked loads and stores.
OCTET_TARGET_AVX512VBMI size_t EncodeAvx512(const uint8_t* src, size_t n, char* dst) {
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
    _mm512_storeu_si512(dst + 2 * i, EncodeBlockAvx512(_mm512_castsi256_si512(v)));
  }
  if (i < n) {
    const size_t rest = n - i;
    const __m512i v = _mm512_maskz_loadu_epi8(_bzhi_u64(~0ULL, rest), src + i);
    _mm512_mask_storeu_epi8(dst + 2 * i, _bzhi_u64(~0ULL, 2 * rest), EncodeBlockAvx512(v));
  }
  return n;
}

// Character → value for the 128 ASCII characters, 0x80 for the rest. Non-ASCII characters
// alias ASCII ones in the 7-bit lookup, so their own top bit is checked as well.
struct alignas(64) AsciiTable {
  std::array<uint8_t, 128> value;
};
constexpr AsciiTable MakeAsciiTable() {
  AsciiTable t{};
  for (int c = 0; c < 128; ++c) t.value[c] = kDecode[c] == 0xff ? 0x80 : kDecode[c];
  return t;
}
constexpr AsciiTable kAsciiValues = MakeAsciiTable();

// 128 characters (two registers) → 64 bytes; masks of the characters that are not digits.
struct Avx512Block {
  __m512i bytes;
  __mmask64 bad_a;
  __mmask64 bad_b;
};

OCTET_TARGET_AVX512VBMI inline Avx512Block DecodeBlockAvx512(__m512i a, __m512i b) {
  const __m512i lo = _mm512_load_si512(kAsciiValues.value.data());
  const __m512i hi = _mm512_load_si512(kAsciiValues.value.data() + 64);
  // Byte j of the result is byte 2j of the concatenated words: the low byte of each.
  const __m512i evens = _mm512_set_epi64(0x7e7c7a7876747270LL, 0x6e6c6a6866646260LL,
                                         0x5e5c5a5856545250LL, 0x4e4c4a4846444240LL,
                                         0x3e3c3a3836343230LL, 0x2e2c2a2826242220LL,
                                         0x1e1c1a1816141210LL, 0x0e0c0a0806040200LL);
  const __m512i va = _mm512_permutex2var_epi8(lo, a, hi);
  const __m512i vb = _mm512_permutex2var_epi8(lo, b, hi);
  const __m512i weights = _mm512_set1_epi16(0x0110);
  const __m512i wa = _mm512_maddubs_epi16(va, weights);
  const __m512i wb = _mm512_maddubs_epi16(vb, weights);
  return {_mm512_permutex2var_epi8(wa, evens, wb), _mm512_movepi8_mask(_mm512_or_si512(va, a)),
          _mm512_movepi8_mask(_mm512_or_si512(vb, b))};
}

// Decodes up to the first invalid pair, 64 pairs per step. The step that holds the end of the
// input or an invalid character is redone with masked loads and a masked store of exactly the
// pairs before the first non-digit, so nothing past the result is written.
OCTET_TARGET_AVX512VBMI size_t DecodeAvx512(const uint8_t* src, size_t len, uint8_t* dst,
                                            size_t dst_len) {
  const size_t pairs = DecodablePairs(len, dst_len);
  size_t i = 0;
  for (; i + 64 <= pairs; i += 64) {
    const __m512i a = _mm512_loadu_si512(src + 2 * i);
    const __m512i b = _mm512_loadu_si512(src + 2 * i + 64);
    const Avx512Block block = DecodeBlockAvx512(a, b);
    if ((block.bad_a | block.bad_b) != 0) break;
    _mm512_storeu_si512(dst + i, block.bytes);
  }
  if (i == pairs) return i;
  const size_t chars = 2 * (pairs - i < 64 ? pairs - i : 64);
  const __mmask64 load_a = _bzhi_u64(~0ULL, chars);
  const __mmask64 load_b = chars > 64 ? _bzhi_u64(~0ULL, chars - 64) : 0;
  const __m512i a = _mm512_maskz_loadu_epi8(load_a, src + 2 * i);
  const __m512i b = _mm512_maskz_loadu_epi8(load_b, src + 2 * i + 64);
  const Avx512Block block = DecodeBlockAvx512(a, b);
  const uint64_t bad_a = block.bad_a & load_a;
  const uint64_t bad_b = block.bad_b & load_b;
  const size_t good_chars = bad_a != 0   ? __builtin_ctzll(bad_a)
                            : bad_b != 0 ? 64 + __builtin_ctzll(bad_b)
                                         : chars;
  const size_t good = good_chars / 2;
  _mm512_mask_storeu_epi8(dst + i, _bzhi_u64(~0ULL, good), block.bytes);
  return i + good;
}
#endif

bool Supported(HexKernel kernel) {
  switch (kernel) {
    case HexKernel::kScalar:
      return true;
    case HexKernel::kAvx2:
      return CpuHasAvx2();
    case HexKernel::kAvx512Vbmi:
      return CpuHasAvx512Vbmi() && CpuHasAvx2();
  }
  return false;
}

HexKernel Best() {
  static const HexKernel best = Supported(HexKernel::kAvx512Vbmi) ? HexKernel::kAvx512Vbmi
                                : Supported(HexKernel::kAvx2)     ? HexKernel::kAvx2
                                                                  : HexKernel::kScalar;
  return best;
}

void EncodeWith(HexKernel kernel, const uint8_t* src, size_t n, char* dst) {
  size_t done = 0;
#if OCTET_HAVE_AVX2_KERNELS
  if (kernel == HexKernel::kAvx512Vbmi) done = EncodeAvx512(src, n, dst);
  if (kernel == HexKernel::kAvx2) done = EncodeAvx2(src, n, dst);
#endif
  EncodeScalar(src + done, n - done, dst + 2 * done);
}

size_t DecodeWith(HexKernel kernel, const uint8_t* src, size_t len, uint8_t* dst,
                  size_t dst_len) {
  size_t done = 0;
#if OCTET_HAVE_AVX2_KERNELS
  if (kernel == HexKernel::kAvx512Vbmi) return DecodeAvx512(src, len, dst, dst_len);
  if (kernel == HexKernel::kAvx2) done = DecodeAvx2(src, len, dst, dst_len);
#endif
  return DecodeScalar(src, len, dst, dst_len, done);
}

}  // namespace

void HexEncode(const uint8_t* src, size_t n, char* dst) { EncodeWith(Best(), src, n, dst); }

size_t HexDecode(const uint8_t* src, size_t len, uint8_t* dst, size_t dst_len) {
  return DecodeWith(Best(), src, len, dst, dst_len);
}

size_t HexDecode(const char16_t* src, size_t len, uint8_t* dst, size_t dst_len) {
  return DecodeScalar(src, len, dst, dst_len, 0);
}

namespace detail {

bool HexKernelSupported(HexKernel kernel) { return Supported(kernel); }

void HexEncodeWith(HexKernel kernel, const uint8_t* src, size_t n, char* dst) {
  EncodeWith(kernel, src, n, dst);
}

size_t HexDecodeWith(HexKernel kernel, const uint8_t* src, size_t len, uint8_t* dst,
                     size_t dst_len) {
  return DecodeWith(kernel, src, len, dst, dst_len);
}

}  // namespace detail

}  // namespace octet::buffer
