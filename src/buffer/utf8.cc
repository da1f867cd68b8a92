#include "buffer/utf8.h"

#include <cstring>

#include "buffer/cpu.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if OCTET_HAVE_AVX2_KERNELS
// gcc 12's AVX-512 intrinsics header trips -W(maybe-)uninitialized on its own temporaries.
#if defined(__clang__)
#include <immintrin.h>
#else
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"
#include <immintrin.h>
#pragma GCC diagnostic pop
#endif
#endif

namespace octet::buffer {

namespace {

constexpr char16_t kReplacement = 0xfffd;

#if OCTET_HAVE_AVX2_KERNELS
// The AVX-512 kernels compress bytes and words (VBMI2) and permute bytes (VBMI).
#define OCTET_TARGET_UTF8_AVX512 \
  __attribute__((target("avx512f,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,bmi,bmi2,popcnt")))
#endif

// The widest kernels this CPU runs, found once at load time, so that choosing costs one load per
// call (small strings notice a function call). Code that runs before this is set sees kScalar.
Utf8Isa DetectIsa() {
#if OCTET_HAVE_AVX2_KERNELS
  __builtin_cpu_init();
  if (CpuHasAvx512Vbmi() && __builtin_cpu_supports("avx512vbmi2") &&
      __builtin_cpu_supports("avx512vl") && CpuHasAvx2()) {
    return Utf8Isa::kAvx512;
  }
  if (CpuHasAvx2()) return Utf8Isa::kAvx2;
#endif
  return Utf8Isa::kScalar;
}
const Utf8Isa cpu_isa = DetectIsa();
Utf8Isa isa = cpu_isa;  // lowered by SetUtf8IsaCeiling

[[maybe_unused]] inline bool UseAvx512() { return isa >= Utf8Isa::kAvx512; }
[[maybe_unused]] inline bool UseAvx2() { return isa >= Utf8Isa::kAvx2; }

inline bool IsContinuation(uint8_t b) { return (b & 0xc0) == 0x80; }
inline bool IsHighSurrogate(char16_t c) { return (c & 0xfc00) == 0xd800; }
inline bool IsLowSurrogate(char16_t c) { return (c & 0xfc00) == 0xdc00; }

// The range the second byte of a sequence led by b must fall in (WHATWG's lower/upper bounds),
// which rules out overlongs, surrogates and code points above U+10FFFF.
inline uint8_t SecondLow(uint8_t lead) { return lead == 0xe0 ? 0xa0 : lead == 0xf0 ? 0x90 : 0x80; }
inline uint8_t SecondHigh(uint8_t lead) { return lead == 0xed ? 0x9f : lead == 0xf4 ? 0x8f : 0xbf; }

#if OCTET_HAVE_AVX2_KERNELS
OCTET_TARGET_AVX2 size_t AsciiPrefixAvx2(const uint8_t* src, size_t n) {
  size_t i = 0;
  for (; i + 64 <= n; i += 64) {
    __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
    __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i + 32));
    if (_mm256_movemask_epi8(_mm256_or_si256(a, b)) != 0) break;
  }
  for (; i + 32 <= n; i += 32) {
    uint32_t mask = static_cast<uint32_t>(
        _mm256_movemask_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i))));
    if (mask != 0) return i + __builtin_ctz(mask);
  }
  return i;
}

OCTET_TARGET_AVX2 size_t CountHighBitsAvx2(const uint8_t* src, size_t n, size_t* done) {
  size_t count = 0;
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    uint32_t mask = static_cast<uint32_t>(
        _mm256_movemask_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i))));
    count += static_cast<size_t>(__builtin_popcount(mask));
  }
  *done = i;
  return count;
}

// Per unit: 3 bytes, minus one if < 0x800, minus one more if < 0x80; then minus 2 per valid
// surrogate pair (counted 3 + 3, encoded in 4). Lanes are 16-bit, flushed before they can overflow.
OCTET_TARGET_AVX2 size_t Utf8LengthUtf16Avx2(const char16_t* src, size_t n, size_t* done) {
  const __m256i lim7f = _mm256_set1_epi16(0x7f);
  const __m256i lim7ff = _mm256_set1_epi16(0x7ff);
  const __m256i mask_fc00 = _mm256_set1_epi16(static_cast<short>(0xfc00));
  const __m256i hi_tag = _mm256_set1_epi16(static_cast<short>(0xd800));
  const __m256i lo_tag = _mm256_set1_epi16(static_cast<short>(0xdc00));
  const __m256i ones = _mm256_set1_epi16(1);
  __m256i total32 = _mm256_setzero_si256();
  size_t i = 0;
  size_t units = 0;
  while (i + 17 <= n) {
    __m256i acc = _mm256_setzero_si256();  // holds the negated savings, ≤ 4 per unit per step
    size_t block_end = i + 16 * 4096;
    for (; i + 17 <= n && i < block_end; i += 16) {
      __m256i c = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
      __m256i next = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i + 1));
      __m256i le7f = _mm256_cmpeq_epi16(_mm256_min_epu16(c, lim7f), c);
      __m256i le7ff = _mm256_cmpeq_epi16(_mm256_min_epu16(c, lim7ff), c);
      __m256i hi = _mm256_cmpeq_epi16(_mm256_and_si256(c, mask_fc00), hi_tag);
      __m256i lo = _mm256_cmpeq_epi16(_mm256_and_si256(next, mask_fc00), lo_tag);
      __m256i pair = _mm256_and_si256(hi, lo);
      acc = _mm256_add_epi16(acc, _mm256_add_epi16(le7f, le7ff));
      acc = _mm256_add_epi16(acc, _mm256_add_epi16(pair, pair));
      units += 16;
    }
    total32 = _mm256_add_epi32(total32, _mm256_madd_epi16(acc, ones));
  }
  alignas(32) int32_t lanes[8];
  _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), total32);
  int64_t saved = 0;
  for (int32_t lane : lanes) saved += lane;
  *done = i;
  return 3 * units + saved;  // saved is negative
}
#endif

// Widens the ASCII run at src[i..] into dst; returns the new index.
inline size_t CopyAsciiRun(const uint8_t* src, size_t n, size_t i, char16_t* dst, size_t* o) {
#if defined(__SSE2__)
  const __m128i zero = _mm_setzero_si128();
  while (i + 16 <= n) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
    if (_mm_movemask_epi8(v) != 0) break;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + *o), _mm_unpacklo_epi8(v, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + *o + 8), _mm_unpackhi_epi8(v, zero));
    i += 16;
    *o += 16;
  }
#endif
  while (i < n && src[i] < 0x80) dst[(*o)++] = src[i++];
  return i;
}

// The reference decoder: every rule of the replacement, one character (or one maximal invalid
// subpart) at a time. Decodes from s[i] while i < stop; a sequence that starts before stop is
// finished (n bounds it). Returns the new index; *o and *acc carry the output position and the OR
// of the units written.
size_t DecodeScalar(const uint8_t* s, size_t n, size_t i, size_t stop, char16_t* d, size_t* out,
                    uint32_t* units_or) {
  size_t o = *out;
  uint32_t acc = *units_or;
  while (i < stop) {
    uint8_t b = s[i];
    if (b < 0x80) {
      i = CopyAsciiRun(s, n, i, d, &o);
      continue;
    }
    // Well-formed sequences with four readable bytes: one load, mask tests on the continuation
    // bytes, no per-byte branches. Anything else falls through to the byte-wise rules below.
    if (i + 4 <= n) {
      uint32_t w;
      memcpy(&w, s + i, 4);
      const uint8_t b1 = static_cast<uint8_t>(w >> 8);
      if (b >= 0xc2 && b <= 0xdf) {
        if ((w & 0xc000) == 0x8000) {
          char16_t c = static_cast<char16_t>(((b & 0x1f) << 6) | (b1 & 0x3f));
          d[o++] = c;
          acc |= c;
          i += 2;
          continue;
        }
      } else if ((b & 0xf0) == 0xe0) {
        if ((w & 0xc0c000) == 0x808000 && b1 >= SecondLow(b) && b1 <= SecondHigh(b)) {
          char16_t c = static_cast<char16_t>(((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) |
                                             ((w >> 16) & 0x3f));
          d[o++] = c;
          acc |= c;
          i += 3;
          continue;
        }
      } else if (b >= 0xf0 && b <= 0xf4) {
        if ((w & 0xc0c0c000) == 0x80808000 && b1 >= SecondLow(b) && b1 <= SecondHigh(b)) {
          uint32_t cp = ((b & 0x07u) << 18) | ((b1 & 0x3fu) << 12) | (((w >> 16) & 0x3fu) << 6) |
                        ((w >> 24) & 0x3fu);
          cp -= 0x10000;
          d[o] = static_cast<char16_t>(0xd800 | (cp >> 10));
          d[o + 1] = static_cast<char16_t>(0xdc00 | (cp & 0x3ff));
          o += 2;
          acc |= 0xd800;
          i += 4;
          continue;
        }
      }
    }
    if (b >= 0xc2 && b <= 0xdf) {
      if (i + 1 < n && IsContinuation(s[i + 1])) {
        char16_t c = static_cast<char16_t>(((b & 0x1f) << 6) | (s[i + 1] & 0x3f));
        d[o++] = c;
        acc |= c;
        i += 2;
      } else {
        d[o++] = kReplacement;
        acc |= kReplacement;
        i += 1;
      }
      continue;
    }
    if (b >= 0xe0 && b <= 0xef) {
      if (i + 1 >= n || s[i + 1] < SecondLow(b) || s[i + 1] > SecondHigh(b)) {
        i += 1;
      } else if (i + 2 >= n || !IsContinuation(s[i + 2])) {
        i += 2;
      } else {
        char16_t c = static_cast<char16_t>(((b & 0x0f) << 12) | ((s[i + 1] & 0x3f) << 6) |
                                           (s[i + 2] & 0x3f));
        d[o++] = c;
        acc |= c;
        i += 3;
        continue;
      }
      d[o++] = kReplacement;
      acc |= kReplacement;
      continue;
    }
    if (b >= 0xf0 && b <= 0xf4) {
      if (i + 1 >= n || s[i + 1] < SecondLow(b) || s[i + 1] > SecondHigh(b)) {
        i += 1;
      } else if (i + 2 >= n || !IsContinuation(s[i + 2])) {
        i += 2;
      } else if (i + 3 >= n || !IsContinuation(s[i + 3])) {
        i += 3;
      } else {
        uint32_t cp = ((b & 0x07u) << 18) | ((s[i + 1] & 0x3fu) << 12) |
                      ((s[i + 2] & 0x3fu) << 6) | (s[i + 3] & 0x3fu);
        cp -= 0x10000;
        d[o++] = static_cast<char16_t>(0xd800 | (cp >> 10));
        d[o++] = static_cast<char16_t>(0xdc00 | (cp & 0x3ff));
        acc |= 0xd800;
        i += 4;
        continue;
      }
      d[o++] = kReplacement;
      acc |= kReplacement;
      continue;
    }
    d[o++] = kReplacement;
    acc |= kReplacement;
    i += 1;
  }
  *out = o;
  *units_or = acc;
  return i;
}

#if OCTET_HAVE_AVX2_KERNELS
// Lane tables indexed by the high nibble of a lane's first byte (vpermd reads the low 4 bits of
// each 32-bit index: the byte shifted right by 4). A lane starts at an ASCII byte, at a 2- or
// 3-byte lead, at a 4-byte lead (it yields the high surrogate) or at the third byte of a 4-byte
// sequence (a continuation byte: it yields the low surrogate). The gathered bytes, masked, make
// x0 << 18 | x1 << 12 | x2 << 6 | x3; shifting drops the bytes a lane does not use.
alignas(64) constexpr uint32_t kLaneMask[16] = {
    0x3f3f3f7f, 0x3f3f3f7f, 0x3f3f3f7f, 0x3f3f3f7f, 0x3f3f3f7f, 0x3f3f3f7f, 0x3f3f3f7f, 0x3f3f3f7f,
    0x3f3f3f0f, 0x3f3f3f0f, 0x3f3f3f0f, 0x3f3f3f0f, 0x3f3f3f1f, 0x3f3f3f1f, 0x3f3f3f0f, 0x3f3f3f07};
alignas(64) constexpr uint32_t kLaneShift[16] = {18, 18, 18, 18, 18, 18, 18, 18,
                                                 12, 12, 12, 12, 12, 12, 6,  10};
// The shifted value's range: below is overlong, above is past U+10FFFF (4-byte leads keep the
// code point's top 11 bits, 0x40..0x43f).
alignas(64) constexpr uint32_t kLaneMin[16] = {0, 0, 0, 0, 0, 0, 0, 0,
                                               0, 0, 0, 0, 0x80, 0x80, 0x800, 0x40};
alignas(64) constexpr uint32_t kLaneMax[16] = {0x7f,  0x7f,  0x7f,  0x7f,  0x7f,  0x7f,
                                               0x7f,  0x7f,  0x3ff, 0x3ff, 0x3ff, 0x3ff,
                                               0x7ff, 0x7ff, 0xffff, 0x43f};
// Added to make the UTF-16 unit: 0xd800 + (cp - 0x10000 >> 10) and 0xdc00 + (cp & 0x3ff).
alignas(64) constexpr uint32_t kLaneAdd[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0xdc00, 0xdc00, 0xdc00,
                                               0xdc00, 0, 0, 0, 0xd7c0};

// UTF-8 → UTF-16 over 64-byte blocks. A block whose characters are all well formed is decoded
// 16 UTF-16 units at a time: the positions where units start are compressed out of the block,
// each unit's bytes are gathered into a 32-bit lane, assembled, range checked and narrowed.
// Anything malformed hands the block to DecodeScalar, which owns the replacement rules.
// Returns the index reached.
OCTET_TARGET_UTF8_AVX512 size_t DecodeAvx512(const uint8_t* s, size_t n, char16_t* d,
                                             size_t* out, uint32_t* units_or) {
  alignas(64) static constexpr uint8_t kIota[64] = {
      0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
      22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
      44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63};
  const __m512i iota = _mm512_load_si512(kIota);
  // Byte k of a step's gather index: unit k / 4 of the step, plus byte offset k % 4.
  const __m512i spread =
      _mm512_set_epi64(0x0f0f0f0f0e0e0e0e, 0x0d0d0d0d0c0c0c0c, 0x0b0b0b0b0a0a0a0a,
                       0x0909090908080808, 0x0707070706060606, 0x0505050504040404,
                       0x0303030302020202, 0x0101010100000000);
  const __m512i byte_offsets = _mm512_set1_epi32(0x03020100);
  // The same for 16-bit lanes holding one unit each: byte k is unit k / 2, offset k % 2.
  const __m512i spread_pairs =
      _mm512_set_epi64(0x1f1f1e1e1d1d1c1c, 0x1b1b1a1a19191818, 0x1717161615151414,
                       0x1313121211111010, 0x0f0f0e0e0d0d0c0c, 0x0b0b0a0a09090808,
                       0x0707060605050404, 0x0303020201010000);
  const __m512i pair_offsets = _mm512_set1_epi16(0x0100);
  const __m512i lane_mask = _mm512_load_si512(kLaneMask);
  const __m512i lane_shift = _mm512_load_si512(kLaneShift);
  const __m512i lane_min = _mm512_load_si512(kLaneMin);
  const __m512i lane_max = _mm512_load_si512(kLaneMax);
  const __m512i lane_add = _mm512_load_si512(kLaneAdd);
  size_t i = 0;
  size_t o = *out;
  uint32_t scalar_or = *units_or;
  __m512i vector_or = _mm512_setzero_si512();
  auto fall_back = [&](size_t from) {
    size_t o2 = o;
    i = DecodeScalar(s, n, from, i + 64, d, &o2, &scalar_or);
    o = o2;
  };
  while (i + 64 <= n) {
    const __m512i v = _mm512_loadu_si512(s + i);
    const uint64_t high = _mm512_movepi8_mask(v);
    const size_t ascii = high == 0 ? 64 : static_cast<size_t>(__builtin_ctzll(high));
    if (ascii >= 16) {
      // o <= i (never more units than bytes), so 64 units fit below n.
      _mm512_storeu_si512(d + o, _mm512_cvtepu8_epi16(_mm512_castsi512_si256(v)));
      _mm512_storeu_si512(d + o + 32, _mm512_cvtepu8_epi16(_mm512_extracti64x4_epi64(v, 1)));
      i += ascii;
      o += ascii;
      continue;
    }
    const uint64_t cont = _mm512_cmplt_epi8_mask(v, _mm512_set1_epi8(-64));  // 0x80..0xbf
    const uint64_t leads_all = ~cont;
    // Characters led in the last three bytes may run past the block: they start the next one.
    const uint64_t late = leads_all & (7ull << 61);
    const size_t end = late == 0 ? 64 : static_cast<size_t>(__builtin_ctzll(late));
    const uint64_t region = end == 64 ? ~0ull : (1ull << end) - 1;
    const uint64_t ge_c0 = _mm512_cmpge_epu8_mask(v, _mm512_set1_epi8(static_cast<char>(0xc0)));
    const uint64_t ge_e0 = _mm512_cmpge_epu8_mask(v, _mm512_set1_epi8(static_cast<char>(0xe0)));
    const uint64_t ge_f0 = _mm512_cmpge_epu8_mask(v, _mm512_set1_epi8(static_cast<char>(0xf0)));
    const uint64_t ge_f5 = _mm512_cmpge_epu8_mask(v, _mm512_set1_epi8(static_cast<char>(0xf5)));
    // Each lead claims exactly its continuation bytes, and every continuation byte is claimed.
    const uint64_t four = ge_f0 & region;
    const uint64_t claimed = ((ge_c0 & region) << 1) | ((ge_e0 & region) << 2) | (four << 3);
    if (claimed != (cont & region) || (ge_f5 & region) != 0) {
      fall_back(i);
      continue;
    }
    const uint64_t starts = (leads_all & region) | (four << 2);
    const __m512i positions = _mm512_maskz_compress_epi8(starts, iota);
    const size_t units = static_cast<size_t>(__builtin_popcountll(starts));
    if ((ge_e0 & region) == 0 &&
        _mm512_mask_cmplt_epu8_mask(ge_c0 & region, v, _mm512_set1_epi8(static_cast<char>(0xc2))) ==
            0) {
      // Only ASCII and well-formed 2-byte characters (no overlong 0xc0/0xc1 leads): 32 units a
      // step in 16-bit lanes, with nothing left to check.
      for (size_t t = 0; t < units; t += 32) {
        const __mmask32 active = static_cast<__mmask32>(_bzhi_u64(~0ull, units - t));
        const __m512i index = _mm512_add_epi8(
            _mm512_permutexvar_epi8(
                _mm512_add_epi8(spread_pairs, _mm512_set1_epi8(static_cast<char>(t))), positions),
            pair_offsets);
        const __m512i w = _mm512_permutexvar_epi8(index, v);
        const __mmask32 ascii_lane = _mm512_testn_epi16_mask(w, _mm512_set1_epi16(0x80));
        const __m512i x = _mm512_and_si512(
            w, _mm512_mask_blend_epi16(ascii_lane, _mm512_set1_epi16(0x3f1f),
                                       _mm512_set1_epi16(0x7f)));
        __m512i unit = _mm512_maddubs_epi16(x, _mm512_set1_epi16(0x0140));  // b0 * 64 + b1
        unit = _mm512_mask_srli_epi16(unit, ascii_lane, unit, 6);
        vector_or = _mm512_or_si512(vector_or, _mm512_maskz_mov_epi16(active, unit));
        _mm512_mask_storeu_epi16(d + o, active, unit);
        o += units - t < 32 ? units - t : 32;
      }
      i += end;
      continue;
    }
    bool fell_back = false;
    for (size_t t = 0; t < units; t += 16) {
      const size_t count = units - t < 16 ? units - t : 16;
      const __mmask16 active = static_cast<__mmask16>((1u << count) - 1);
      const __m512i index = _mm512_add_epi8(
          _mm512_permutexvar_epi8(_mm512_add_epi8(spread, _mm512_set1_epi8(static_cast<char>(t))),
                                  positions),
          byte_offsets);
      // Bytes past a unit's sequence (or past the block: vpermb wraps) are shifted out below.
      const __m512i w = _mm512_permutexvar_epi8(index, v);
      const __m512i nibble = _mm512_srli_epi32(w, 4);
      const __m512i x = _mm512_and_si512(w, _mm512_permutexvar_epi32(nibble, lane_mask));
      const __m512i y = _mm512_madd_epi16(_mm512_maddubs_epi16(x, _mm512_set1_epi32(0x01400140)),
                                          _mm512_set1_epi32(0x00011000));
      const __m512i value = _mm512_srlv_epi32(y, _mm512_permutexvar_epi32(nibble, lane_shift));
      const __mmask16 bad =
          _mm512_mask_cmplt_epu32_mask(active, value, _mm512_permutexvar_epi32(nibble, lane_min)) |
          _mm512_mask_cmpgt_epu32_mask(active, value, _mm512_permutexvar_epi32(nibble, lane_max)) |
          _mm512_mask_cmpeq_epi32_mask(
              active, _mm512_and_si512(value, _mm512_set1_epi32(static_cast<int>(0xfffff800))),
              _mm512_set1_epi32(0xd800));
      if (bad != 0) {
        // Redo the block from this step's first character. A step that starts with a low
        // surrogate's lane restarts at its 4-byte lead, taking back the high surrogate.
        uint64_t at = static_cast<uint64_t>(__builtin_ctzll(_pdep_u64(1ull << t, starts)));
        if ((cont >> at) & 1) {
          at -= 2;
          --o;
        }
        fall_back(i + at);
        fell_back = true;
        break;
      }
      const __m512i unit = _mm512_add_epi32(value, _mm512_permutexvar_epi32(nibble, lane_add));
      vector_or = _mm512_mask_or_epi32(vector_or, active, vector_or, unit);
      _mm256_mask_storeu_epi16(d + o, active, _mm512_cvtepi32_epi16(unit));
      o += count;
    }
    if (!fell_back) i += end;
  }
  *out = o;
  // The 2-byte path ORs pairs of 16-bit units into each 32-bit lane: fold the halves.
  const uint32_t lanes_or = static_cast<uint32_t>(_mm512_reduce_or_epi32(vector_or));
  *units_or = scalar_or | (lanes_or & 0xffff) | (lanes_or >> 16);
  return i;
}

// UTF-8 length of UTF-16: one byte per unit, one more from 0x80, one more from 0x800, and two
// less per surrogate pair (3 + 3 counted, 4 written). 64 units a step: the two size thresholds
// are counted into 16-bit lanes (emptied before they can overflow); pairs are found on 64-bit
// masks, the last high half's bit carried into the next step. The last partial step is read
// with masked loads (zeros count 1 byte, as the missing units are counted in n).
struct Utf16Counts {
  __m512i from_80;
  __m512i from_800;
  uint64_t pairs;
  uint64_t carry;
};

OCTET_TARGET_UTF8_AVX512 inline uint64_t Mask64(__mmask32 low, __mmask32 high) {
  return _cvtmask32_u32(low) | (static_cast<uint64_t>(_cvtmask32_u32(high)) << 32);
}

OCTET_TARGET_UTF8_AVX512 inline void CountUtf16(__m512i a, __m512i b, Utf16Counts* k) {
  const __m512i minus_one = _mm512_set1_epi16(-1);
  const __m512i x80 = _mm512_set1_epi16(0x80);
  const __m512i x800 = _mm512_set1_epi16(0x800);
  const __m512i xd800 = _mm512_set1_epi16(static_cast<short>(0xd800));
  const __m512i xdc00 = _mm512_set1_epi16(static_cast<short>(0xdc00));
  k->from_80 = _mm512_mask_sub_epi16(k->from_80, _mm512_cmpge_epu16_mask(a, x80), k->from_80,
                                     minus_one);
  k->from_800 = _mm512_mask_sub_epi16(k->from_800, _mm512_cmpge_epu16_mask(a, x800), k->from_800,
                                      minus_one);
  k->from_80 = _mm512_mask_sub_epi16(k->from_80, _mm512_cmpge_epu16_mask(b, x80), k->from_80,
                                     minus_one);
  k->from_800 = _mm512_mask_sub_epi16(k->from_800, _mm512_cmpge_epu16_mask(b, x800), k->from_800,
                                      minus_one);
  const uint64_t surrogate =
      Mask64(_mm512_cmplt_epu16_mask(_mm512_sub_epi16(a, xd800), x800),
             _mm512_cmplt_epu16_mask(_mm512_sub_epi16(b, xd800), x800));
  if (surrogate == 0) {
    k->carry = 0;
    return;
  }
  const uint64_t high =
      surrogate & Mask64(_mm512_cmplt_epu16_mask(a, xdc00), _mm512_cmplt_epu16_mask(b, xdc00));
  const uint64_t low = surrogate & ~high;
  k->pairs += static_cast<uint64_t>(__builtin_popcountll(low & ((high << 1) | k->carry)));
  k->carry = high >> 63;
}

// Empties the lane counters into a total.
OCTET_TARGET_UTF8_AVX512 inline size_t FlushCounts(Utf16Counts* k) {
  const __m512i ones = _mm512_set1_epi16(1);
  const int sum = _mm512_reduce_add_epi32(
      _mm512_add_epi32(_mm512_madd_epi16(k->from_80, ones), _mm512_madd_epi16(k->from_800, ones)));
  k->from_80 = k->from_800 = _mm512_setzero_si512();
  return static_cast<size_t>(sum);
}

OCTET_TARGET_UTF8_AVX512 size_t Utf8LengthUtf16Avx512(const char16_t* s, size_t n) {
  Utf16Counts k{_mm512_setzero_si512(), _mm512_setzero_si512(), 0, 0};
  size_t total = n;
  size_t i = 0;
  while (n - i >= 64) {
    // Two counts per lane per step: emptied before 32768.
    const size_t end = n - i >= 64 * 16383 ? i + 64 * 16383 : n - (n - i) % 64;
    for (; i < end; i += 64) {
      CountUtf16(_mm512_loadu_si512(s + i), _mm512_loadu_si512(s + i + 32), &k);
    }
    total += FlushCounts(&k);
  }
  if (i < n) {
    const uint64_t rest = _bzhi_u64(~0ull, n - i);
    CountUtf16(_mm512_maskz_loadu_epi16(static_cast<__mmask32>(rest), s + i),
               _mm512_maskz_loadu_epi16(static_cast<__mmask32>(rest >> 32), s + i + 32), &k);
    total += FlushCounts(&k);
  }
  return total - 2 * k.pairs;
}

// Latin-1 bytes >= 0x80 take two bytes in UTF-8. Text is mostly ASCII: each 1 KiB block is first
// OR-ed together (one instruction per 64 bytes) and only counted if some byte has its high bit.
OCTET_TARGET_UTF8_AVX512 size_t Utf8LengthLatin1Avx512(const uint8_t* s, size_t n) {
  size_t high = 0;
  size_t i = 0;
  for (; i + 1024 <= n; i += 1024) {
    __m512i any = _mm512_loadu_si512(s + i);
    for (size_t k = 64; k < 1024; k += 64) {
      any = _mm512_or_si512(any, _mm512_loadu_si512(s + i + k));
    }
    if (_mm512_movepi8_mask(any) == 0) continue;
    for (size_t k = 0; k < 1024; k += 64) {
      high += static_cast<size_t>(
          __builtin_popcountll(_mm512_movepi8_mask(_mm512_loadu_si512(s + i + k))));
    }
  }
  for (; i + 64 <= n; i += 64) {
    high += static_cast<size_t>(
        __builtin_popcountll(_mm512_movepi8_mask(_mm512_loadu_si512(s + i))));
  }
  if (i < n) {
    const __m512i tail = _mm512_maskz_loadu_epi8(_bzhi_u64(~0ull, n - i), s + i);
    high += static_cast<size_t>(__builtin_popcountll(_mm512_movepi8_mask(tail)));
  }
  return n + high;
}

// vpmultishiftqb controls that pick a 32-bit lane's UTF-8 bytes out of its code point: byte k
// of the lane takes the 8 bits from the given offset (the masks below keep the payload bits).
constexpr uint64_t MultishiftControl(uint8_t b0, uint8_t b1, uint8_t b2, uint8_t b3) {
  const uint64_t lane = b0 | (b1 << 8) | (b2 << 16) | (static_cast<uint32_t>(b3) << 24);
  return lane | ((lane + 0x20202020u) << 32);  // the qword's second lane is 32 bits up
}
constexpr uint64_t kPick2 = MultishiftControl(6, 0, 24, 24);   // bits 24.. of a lane are zero
constexpr uint64_t kPick3 = MultishiftControl(12, 6, 0, 24);
constexpr uint64_t kPick4 = MultishiftControl(18, 12, 6, 0);

// (x & mask) | bits in one instruction.
OCTET_TARGET_UTF8_AVX512 inline __m512i MaskOr(__m512i x, __m512i mask, __m512i bits) {
  return _mm512_ternarylogic_epi32(x, mask, bits, 0xea);
}

// UTF-16 → UTF-8, 16 units per step in 32-bit lanes: each lane gets its 1-3 byte form (or 4 for
// a surrogate pair, whose low half's lane gets none), the used bytes are compressed together
// and stored under a mask, so nothing past the output is touched. A pair whose high half ends a
// step is written whole there; the next step sees (through the previous step's units) that its
// first unit is that pair's low half. Steps thus always move 16 units on, and pairs are found
// with vector compares rather than mask arithmetic, which keeps each step's dependency chain
// short. Runs while 17 units (a pair may end one past the step) and 64 bytes of room remain:
// the scalar code finishes, including any character that must not be split at the capacity
// limit. Returns units read.
OCTET_TARGET_UTF8_AVX512 size_t EncodeUtf16Avx512(const char16_t* s, size_t n, uint8_t* d,
                                                  size_t cap, size_t* written, bool replace) {
  // Constants held in registers across the loop (gcc otherwise rebuilds some every step).
  const __m512i pick2 = _mm512_set1_epi64(static_cast<long long>(kPick2));
  const __m512i pick3 = _mm512_set1_epi64(static_cast<long long>(kPick3));
  const __m512i pick4 = _mm512_set1_epi64(static_cast<long long>(kPick4));
  const __m512i mask2 = _mm512_set1_epi32(0x3f1f);
  const __m512i bits2 = _mm512_set1_epi32(0x80c0);
  const __m512i mask3 = _mm512_set1_epi32(0x3f3f0f);
  const __m512i bits3 = _mm512_set1_epi32(0x8080e0);
  const __m512i mask4 = _mm512_set1_epi32(0x3f3f3f07);
  const __m512i bits4 = _mm512_set1_epi32(static_cast<int>(0x808080f0));
  const __m512i x80 = _mm512_set1_epi32(0x80);
  const __m512i x800 = _mm512_set1_epi32(0x800);
  const __m512i xfc00 = _mm512_set1_epi32(0xfc00);
  const __m512i xd800 = _mm512_set1_epi32(0xd800);
  const __m512i xdc00 = _mm512_set1_epi32(0xdc00);
  const __m512i pair_bias = _mm512_set1_epi32(0x35fdc00);  // (0xd800 << 10) + 0xdc00 - 0x10000
  const __m512i replacement = _mm512_set1_epi32(0xbdbfef);  // U+FFFD in UTF-8
  const __m512i ones = _mm512_set1_epi32(1);
  const __m512i ascii_limit = _mm512_set1_epi16(0x80);
  size_t i = 0;
  size_t o = 0;
  __m512i previous = _mm512_setzero_si512();  // the last step's units (lane 15 precedes lane 0)
  while (i + 17 <= n && cap - o >= 64) {
    if (i + 32 <= n) {
      const __m512i v = _mm512_loadu_si512(s + i);
      if (_mm512_cmpge_epu16_mask(v, ascii_limit) == 0) {
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(d + o), _mm512_cvtepi16_epi8(v));
        i += 32;
        o += 32;
        previous = _mm512_setzero_si512();
        continue;
      }
    }
    const __m512i c =
        _mm512_cvtepu16_epi32(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i)));
    const __mmask16 surrogate = _mm512_cmplt_epu32_mask(_mm512_sub_epi32(c, xd800), x800);
    __m512i bytes = MaskOr(_mm512_multishift_epi64_epi8(pick3, c), mask3, bits3);
    bytes = _mm512_mask_mov_epi32(bytes, _mm512_cmplt_epu32_mask(c, x800),
                                  MaskOr(_mm512_multishift_epi64_epi8(pick2, c), mask2, bits2));
    bytes = _mm512_mask_mov_epi32(bytes, _mm512_cmplt_epu32_mask(c, x80), c);
    if (surrogate == 0) {
      // Every lane's first byte is kept, even NUL; the others where they are nonzero.
      const uint64_t keep = _mm512_test_epi8_mask(bytes, bytes) | 0x1111111111111111ull;
      const size_t m = static_cast<size_t>(__builtin_popcountll(keep));
      _mm512_mask_storeu_epi8(d + o, _bzhi_u64(~0ull, m), _mm512_maskz_compress_epi8(keep, bytes));
      o += m;
      i += 16;
      previous = c;
      continue;
    }
    const __m512i next =
        _mm512_cvtepu16_epi32(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i + 1)));
    const __m512i before = _mm512_alignr_epi32(c, previous, 15);
    const __m512i tag = _mm512_and_si512(c, xfc00);
    const __mmask16 pair_high = _mm512_cmpeq_epi32_mask(tag, xd800) &
                                _mm512_cmpeq_epi32_mask(_mm512_and_si512(next, xfc00), xdc00);
    const __mmask16 pair_low = _mm512_cmpeq_epi32_mask(tag, xdc00) &
                               _mm512_cmpeq_epi32_mask(_mm512_and_si512(before, xfc00), xd800);
    // cp = 0x10000 + (high - 0xd800 << 10) + (low - 0xdc00)
    const __m512i cp =
        _mm512_sub_epi32(_mm512_add_epi32(_mm512_slli_epi32(c, 10), next), pair_bias);
    bytes = _mm512_mask_mov_epi32(bytes, pair_high,
                                  MaskOr(_mm512_multishift_epi64_epi8(pick4, cp), mask4, bits4));
    if (replace) {
      bytes = _mm512_mask_mov_epi32(bytes, surrogate & ~pair_high & ~pair_low, replacement);
    }
    // A pair's low half writes nothing; every other lane keeps its first byte, even NUL.
    bytes = _mm512_maskz_mov_epi32(static_cast<__mmask16>(~pair_low), bytes);
    const __m512i marked =
        _mm512_mask_or_epi32(bytes, static_cast<__mmask16>(~pair_low), bytes, ones);
    const uint64_t keep = _mm512_test_epi8_mask(marked, marked);
    const size_t m = static_cast<size_t>(__builtin_popcountll(keep));
    _mm512_mask_storeu_epi8(d + o, _bzhi_u64(~0ull, m), _mm512_maskz_compress_epi8(keep, bytes));
    o += m;
    i += 16;
    previous = c;
  }
  *written = o;
  // A pair whose high half ended the last step was written whole: its low half is read too.
  if (i > 0 && i < n && IsHighSurrogate(s[i - 1]) && IsLowSurrogate(s[i])) ++i;
  return i;
}

// Latin-1 → UTF-8, 32 bytes per step in 16-bit lanes (one or two output bytes each).
OCTET_TARGET_UTF8_AVX512 size_t EncodeLatin1Avx512(const uint8_t* s, size_t n, uint8_t* d,
                                                   size_t cap, size_t* written) {
  size_t i = 0;
  size_t o = 0;
  while (i + 32 <= n && cap - o >= 64) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i));
    if (_mm256_movemask_epi8(v) == 0) {
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(d + o), v);
      i += 32;
      o += 32;
      continue;
    }
    const __m512i c = _mm512_cvtepu8_epi16(v);
    const __m512i two = _mm512_or_si512(
        _mm512_or_si512(_mm512_srli_epi16(c, 6),
                        _mm512_and_si512(_mm512_slli_epi16(c, 8), _mm512_set1_epi16(0x3f00))),
        _mm512_set1_epi16(static_cast<short>(0x80c0)));
    const __m512i bytes =
        _mm512_mask_mov_epi16(c, _mm512_cmpge_epu16_mask(c, _mm512_set1_epi16(0x80)), two);
    const uint64_t keep =
        0x5555555555555555ull |
        _mm512_test_epi8_mask(bytes, _mm512_set1_epi16(static_cast<short>(0xff00)));
    const size_t m = static_cast<size_t>(__builtin_popcountll(keep));
    _mm512_mask_storeu_epi8(d + o, _bzhi_u64(~0ull, m), _mm512_maskz_compress_epi8(keep, bytes));
    o += m;
    i += 32;
  }
  *written = o;
  return i;
}
#endif

}  // namespace

void SetUtf8IsaCeiling(Utf8Isa ceiling) { isa = ceiling < cpu_isa ? ceiling : cpu_isa; }

size_t AsciiPrefixLength(const uint8_t* src, size_t n) {
  size_t i = 0;
#if OCTET_HAVE_AVX2_KERNELS
  if (UseAvx2()) i = AsciiPrefixAvx2(src, n);
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, src + i, 8);
    if (w & 0x8080808080808080ull) break;
  }
  while (i < n && src[i] < 0x80) ++i;
  return i;
}

bool IsValidUtf8(const uint8_t* s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint8_t b = s[i];
    if (b < 0x80) {
      i += AsciiPrefixLength(s + i, n - i);
      continue;
    }
    size_t len;
    if (b >= 0xc2 && b <= 0xdf) {
      len = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
    } else {
      return false;
    }
    if (n - i < len) return false;
    if (s[i + 1] < SecondLow(b) || s[i + 1] > SecondHigh(b)) return false;
    for (size_t k = 2; k < len; ++k) {
      if (!IsContinuation(s[i + k])) return false;
    }
    i += len;
  }
  return true;
}

size_t Utf8Decode(const uint8_t* s, size_t n, char16_t* d, uint32_t* units_or) {
  size_t i = 0;
  size_t o = 0;
  uint32_t acc = 0;
#if OCTET_HAVE_AVX2_KERNELS
  if (UseAvx512()) i = DecodeAvx512(s, n, d, &o, &acc);
#endif
  DecodeScalar(s, n, i, n, d, &o, &acc);
  *units_or = acc;
  return o;
}
size_t Utf8LengthOfUtf16(const char16_t* s, size_t n) {
  size_t i = 0;
  size_t total = 0;
#if OCTET_HAVE_AVX2_KERNELS
  if (UseAvx512()) return Utf8LengthUtf16Avx512(s, n);
  if (UseAvx2()) total = Utf8LengthUtf16Avx2(s, n, &i);
#endif
  // A pair straddling the vector part and this tail had its saving taken with its high half (the
  // vector loop looks one unit ahead); its low half costs 3 here like any lone low surrogate.
  for (; i < n; ++i) {
    char16_t c = s[i];
    if (c < 0x80) {
      total += 1;
    } else if (c < 0x800) {
      total += 2;
    } else if (IsHighSurrogate(c) && i + 1 < n && IsLowSurrogate(s[i + 1])) {
      total += 4;
      ++i;
    } else {
      total += 3;
    }
  }
  return total;
}

size_t Utf8LengthOfLatin1(const uint8_t* s, size_t n) {
  size_t i = 0;
  size_t high = 0;
#if OCTET_HAVE_AVX2_KERNELS
  if (UseAvx512()) return Utf8LengthLatin1Avx512(s, n);
  if (UseAvx2()) high = CountHighBitsAvx2(s, n, &i);
#endif
  for (; i < n; ++i) high += s[i] >> 7;
  return n + high;
}

size_t Utf8EncodeUtf16(const char16_t* s, size_t n, bool last, uint8_t* d, size_t cap,
                       size_t* read, bool replace_surrogates) {
  size_t i = 0;
  size_t o = 0;
#if OCTET_HAVE_AVX2_KERNELS
  if (UseAvx512()) i = EncodeUtf16Avx512(s, n, d, cap, &o, replace_surrogates);
#endif
  while (i < n) {
    char16_t c = s[i];
    if (c < 0x80) {
      size_t limit = n - i < cap - o ? n - i : cap - o;
      if (limit == 0) break;
      size_t k = 0;
      while (k < limit && s[i + k] < 0x80) {
        d[o + k] = static_cast<uint8_t>(s[i + k]);
        ++k;
      }
      i += k;
      o += k;
      continue;
    }
    if (c < 0x800) {
      if (cap - o < 2) break;
      d[o] = static_cast<uint8_t>(0xc0 | (c >> 6));
      d[o + 1] = static_cast<uint8_t>(0x80 | (c & 0x3f));
      o += 2;
      i += 1;
      continue;
    }
    if (IsHighSurrogate(c)) {
      if (i + 1 < n && IsLowSurrogate(s[i + 1])) {
        if (cap - o < 4) break;
        uint32_t cp = 0x10000 + (((c & 0x3ffu) << 10) | (s[i + 1] & 0x3ffu));
        d[o] = static_cast<uint8_t>(0xf0 | (cp >> 18));
        d[o + 1] = static_cast<uint8_t>(0x80 | ((cp >> 12) & 0x3f));
        d[o + 2] = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3f));
        d[o + 3] = static_cast<uint8_t>(0x80 | (cp & 0x3f));
        o += 4;
        i += 2;
        continue;
      }
      if (i + 1 == n && !last) break;
      if (replace_surrogates) c = kReplacement;
    } else if (IsLowSurrogate(c) && replace_surrogates) {
      c = kReplacement;
    }
    if (cap - o < 3) break;
    d[o] = static_cast<uint8_t>(0xe0 | (c >> 12));
    d[o + 1] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3f));
    d[o + 2] = static_cast<uint8_t>(0x80 | (c & 0x3f));
    o += 3;
    i += 1;
  }
  *read = i;
  return o;
}

size_t Utf8EncodeLatin1(const uint8_t* s, size_t n, uint8_t* d, size_t cap, size_t* read) {
  size_t i = 0;
  size_t o = 0;
#if OCTET_HAVE_AVX2_KERNELS
  if (UseAvx512()) i = EncodeLatin1Avx512(s, n, d, cap, &o);
#endif
  while (i < n) {
    uint8_t c = s[i];
    if (c < 0x80) {
      size_t limit = n - i < cap - o ? n - i : cap - o;
      if (limit == 0) break;
      size_t run = AsciiPrefixLength(s + i, limit);  // at least 1: s[i] is ASCII
      memcpy(d + o, s + i, run);
      i += run;
      o += run;
      continue;
    }
    if (cap - o < 2) break;
    d[o] = static_cast<uint8_t>(0xc0 | (c >> 6));
    d[o + 1] = static_cast<uint8_t>(0x80 | (c & 0x3f));
    o += 2;
    i += 1;
  }
  *read = i;
  return o;
}

}  // namespace octet::buffer
