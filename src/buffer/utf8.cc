#include "buffer/utf8.h"

#include <cstring>

#include "buffer/cpu.h"
#include "buffer/simd.h"
#include "buffer/utf8_kernels.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace octet::buffer {

namespace {

constexpr char16_t kReplacement = 0xfffd;

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

}  // namespace

namespace detail {

// The reference decoder (contract in utf8_kernels.h): every rule of the replacement, one character
// (or one maximal invalid subpart) at a time.
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

}  // namespace detail

using detail::DecodeScalar;
using detail::IsHighSurrogate;
using detail::IsLowSurrogate;
#if OCTET_HAVE_AVX2_KERNELS
using detail::DecodeAvx512;
using detail::DecodeLatin1Avx512;
using detail::EncodeLatin1Avx512;
using detail::EncodeUtf16Avx512;
using detail::Utf8LengthLatin1Avx512;
using detail::Utf8LengthUtf16Avx512;
#endif

void SetUtf8IsaCeiling(Utf8Isa ceiling) { isa = ceiling < cpu_isa ? ceiling : cpu_isa; }

size_t AsciiPrefixLength(const uint8_t* src, size_t n) {
  size_t i = 0;
#if OCTET_HAVE_AVX2_KERNELS
  if (n >= 32 && UseAvx2()) i = AsciiPrefixAvx2(src, n);
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, src + i, 8);
    if (w & 0x8080808080808080ull) break;
  }
  while (i < n && src[i] < 0x80) ++i;
  return i;
}

size_t CopyAsciiPrefix(const uint8_t* src, size_t n, uint8_t* dst) {
  // Scan first, then one memcpy: a fresh destination is usually cold, and glibc copies large
  // blocks with `rep movsb`, which writes whole cache lines without reading them in. A fused
  // copy-and-check loop pays that read for every line (Buffer.from(64 KiB ASCII): 31 → 24 GB/s,
  // and 23 GB/s in 4 KiB chunks, too small for `rep movsb`).
  const size_t ascii = AsciiPrefixLength(src, n);
  if (ascii > 0) memcpy(dst, src, ascii);  // src and dst may be null when n is 0
  return ascii;
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
size_t Utf8DecodeLatin1(const uint8_t* s, size_t n, uint8_t* d, size_t* written) {
  size_t i = 0;
  size_t o = 0;
#if OCTET_HAVE_AVX2_KERNELS
  if (UseAvx512()) i = DecodeLatin1Avx512(s, n, d, &o);
#endif
  while (i < n) {
    const uint8_t b = s[i];
    if (b < 0x80) {
      const size_t run = AsciiPrefixLength(s + i, n - i);
      memcpy(d + o, s + i, run);
      i += run;
      o += run;
    } else if ((b & 0xfe) == 0xc2 && i + 1 < n && IsContinuation(s[i + 1])) {
      d[o++] = static_cast<uint8_t>(((b & 0x03) << 6) | (s[i + 1] & 0x3f));
      i += 2;
    } else {
      break;
    }
  }
  *written = o;
  return i;
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
  // Short strings (most byteLength calls) cost more in a vector kernel's masked tail than in
  // eight bytes at a time.
  constexpr size_t kShort = 64;
#if OCTET_HAVE_AVX2_KERNELS
  if (n >= kShort && UseAvx512()) return Utf8LengthLatin1Avx512(s, n);
  if (n >= kShort && UseAvx2()) high = CountHighBitsAvx2(s, n, &i);
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t word;
    memcpy(&word, s + i, 8);
    // One 0/1 per byte, summed into the top byte by the multiply (no popcnt in the base ISA).
    high += static_cast<size_t>((((word >> 7) & 0x0101010101010101ull) * 0x0101010101010101ull) >> 56);
  }
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
