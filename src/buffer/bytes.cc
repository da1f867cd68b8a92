#include "buffer/bytes.h"

#include <cstring>

#include "buffer/cpu.h"
#include "buffer/simd.h"

namespace octet::buffer {

void Swap16(uint8_t* data, size_t n) {
  for (size_t i = 0; i + 2 <= n; i += 2) {
    uint16_t v;
    memcpy(&v, data + i, 2);
    v = __builtin_bswap16(v);
    memcpy(data + i, &v, 2);
  }
}

void Swap32(uint8_t* data, size_t n) {
  for (size_t i = 0; i + 4 <= n; i += 4) {
    uint32_t v;
    memcpy(&v, data + i, 4);
    v = __builtin_bswap32(v);
    memcpy(data + i, &v, 4);
  }
}

void Swap64(uint8_t* data, size_t n) {
  for (size_t i = 0; i + 8 <= n; i += 8) {
    uint64_t v;
    memcpy(&v, data + i, 8);
    v = __builtin_bswap64(v);
    memcpy(data + i, &v, 8);
  }
}

void FillPattern(uint8_t* dst, size_t n, const uint8_t* pattern, size_t plen) {
  if (n == 0) return;
  if (plen == 1) {
    memset(dst, pattern[0], n);
    return;
  }
  size_t first = plen < n ? plen : n;
  memmove(dst, pattern, first);  // pattern may alias dst (fill from a view of itself)
  size_t done = first;
  // Grow the repeated prefix to a whole number of patterns of about 8 KiB, then copy that block
  // from cache over the rest.
  while (done < n && done < 8192) {
    size_t chunk = done < n - done ? done : n - done;
    memcpy(dst + done, dst, chunk);
    done += chunk;
  }
  const size_t block = done;
  while (done < n) {
    size_t chunk = block < n - done ? block : n - done;
    memcpy(dst + done, dst, chunk);
    done += chunk;
  }
}

void CopyAscii(const uint8_t* src, size_t n, uint8_t* dst) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, src + i, 8);
    w &= 0x7f7f7f7f7f7f7f7full;
    memcpy(dst + i, &w, 8);
  }
  for (; i < n; ++i) dst[i] = src[i] & 0x7f;
}

#if OCTET_HAVE_AVX2_KERNELS
// 32 units a step; packus saturates nothing when every unit fits a byte, and works per 128-bit
// lane, which the permute puts back in order. Each step loads its units before it stores.
OCTET_TARGET_AVX2 size_t NarrowUtf16Avx2(const char16_t* src, size_t n, uint8_t* dst) {
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
    const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i + 16));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + i),
                        _mm256_permute4x64_epi64(_mm256_packus_epi16(a, b), 0xd8));
  }
  return i;
}
#endif

void NarrowUtf16(const char16_t* src, size_t n, uint8_t* dst) {
  size_t i = 0;
#if OCTET_HAVE_AVX2_KERNELS
  if (CpuHasAvx2()) i = NarrowUtf16Avx2(src, n, dst);
#endif
  for (; i < n; ++i) dst[i] = static_cast<uint8_t>(src[i]);
}

#if OCTET_HAVE_AVX2_KERNELS
// 32 bytes a step, loaded before their 64 bytes of units are stored.
OCTET_TARGET_AVX2 size_t WidenLatin1Avx2(const uint8_t* src, size_t n, char16_t* dst) {
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + i),
                        _mm256_cvtepu8_epi16(_mm256_castsi256_si128(v)));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + i + 16),
                        _mm256_cvtepu8_epi16(_mm256_extracti128_si256(v, 1)));
  }
  return i;
}
#endif

void WidenLatin1(const uint8_t* src, size_t n, char16_t* dst) {
  size_t i = 0;
#if OCTET_HAVE_AVX2_KERNELS
  if (CpuHasAvx2()) i = WidenLatin1Avx2(src, n, dst);
#endif
  for (; i < n; ++i) dst[i] = src[i];
}

}  // namespace octet::buffer
