#include "buffer/search.h"

#include <cstring>
#include <vector>

#include "buffer/cpu.h"
#include "buffer/simd.h"

namespace octet::buffer {

namespace {

// Verification may cost this many unit comparisons plus kSlack before the search falls back to
// KMP; real inputs never get close, adversarial ones switch early and stay linear.
constexpr size_t kWorkPerPosition = 4;
constexpr size_t kSlack = 4096;

// A view that reads a sequence forwards or backwards, so one KMP serves both directions.
template <typename Char>
struct View {
  const Char* data;
  size_t length;
  bool reversed;
  Char operator[](size_t i) const { return reversed ? data[length - 1 - i] : data[i]; }
};

// First match of needle in haystack at an index >= start (indices of the view).
template <typename Char>
size_t Kmp(View<Char> haystack, View<Char> needle, size_t start) {
  const size_t m = needle.length;
  std::vector<size_t> border(m + 1);
  border[0] = 0;
  border[1] = 0;
  for (size_t i = 1, k = 0; i < m; ++i) {
    while (k > 0 && needle[i] != needle[k]) k = border[k];
    if (needle[i] == needle[k]) ++k;
    border[i + 1] = k;
  }
  size_t k = 0;
  for (size_t i = start; i < haystack.length; ++i) {
    while (k > 0 && haystack[i] != needle[k]) k = border[k];
    if (haystack[i] == needle[k]) ++k;
    if (k == m) return i + 1 - m;
  }
  return kNotFound;
}

template <typename Char>
inline bool Matches(const Char* at, const Char* needle, size_t m) {
  return memcmp(at, needle, m * sizeof(Char)) == 0;
}

template <typename Char>
size_t ForwardScalar(const Char* h, size_t n, const Char* nd, size_t m, size_t start) {
  const Char first = nd[0];
  const Char last = nd[m - 1];
  const size_t end = n - m;  // last possible match index
  size_t work = 0;
  for (size_t i = start; i <= end;) {
    if constexpr (sizeof(Char) == 1) {
      const void* hit = memchr(h + i, first, end - i + 1);
      if (hit == nullptr) return kNotFound;
      i = static_cast<size_t>(static_cast<const Char*>(hit) - h);
    } else {
      while (i <= end && h[i] != first) ++i;
      if (i > end) return kNotFound;
    }
    if (h[i + m - 1] == last) {
      if (Matches(h + i, nd, m)) return i;
      work += m;
      if (work > kWorkPerPosition * (i - start) + kSlack) {
        return Kmp(View<Char>{h, n, false}, View<Char>{nd, m, false}, i + 1);
      }
    }
    ++i;
  }
  return kNotFound;
}

template <typename Char>
size_t BackwardScalar(const Char* h, size_t n, const Char* nd, size_t m, size_t start) {
  const Char first = nd[0];
  size_t work = 0;
  size_t i = start;  // candidate match index, moving down
  for (;;) {
    if constexpr (sizeof(Char) == 1) {
      const void* hit = memrchr(h, first, i + 1);
      if (hit == nullptr) return kNotFound;
      i = static_cast<size_t>(static_cast<const Char*>(hit) - h);
    } else {
      while (h[i] != first) {
        if (i == 0) return kNotFound;
        --i;
      }
    }
    if (Matches(h + i, nd, m)) return i;
    work += m;
    if (work > kWorkPerPosition * (start - i) + kSlack) {
      // Reversed view index q covers original [n - q - m, n - q): starts <= i - 1 are q >= q_min.
      size_t q_min = n - m - i + 1;
      size_t q = Kmp(View<Char>{h, n, true}, View<Char>{nd, m, true}, q_min);
      return q == kNotFound ? kNotFound : n - q - m;
    }
    if (i == 0) return kNotFound;
    --i;
  }
}

#if OCTET_HAVE_AVX2_KERNELS
// Candidates in the 32 positions from `block`: where the needle's first and last bytes both
// agree. True when the search is decided (*found is a match, or KMP's answer after the work
// budget ran out).
OCTET_TARGET_AVX2 inline bool VerifyBlockAvx2(const uint8_t* h, size_t n, const uint8_t* nd,
                                              size_t m, size_t start, size_t block,
                                              __m256i first, __m256i last, size_t* work,
                                              size_t* found) {
  __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(h + block));
  __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(h + block + m - 1));
  uint32_t mask = static_cast<uint32_t>(_mm256_movemask_epi8(
      _mm256_and_si256(_mm256_cmpeq_epi8(a, first), _mm256_cmpeq_epi8(b, last))));
  while (mask != 0) {
    size_t at = block + static_cast<size_t>(__builtin_ctz(mask));
    if (Matches(h + at, nd, m)) {
      *found = at;
      return true;
    }
    *work += m;
    if (*work > kWorkPerPosition * (at - start) + kSlack) {
      *found = Kmp(View<uint8_t>{h, n, false}, View<uint8_t>{nd, m, false}, at + 1);
      return true;
    }
    mask &= mask - 1;
  }
  return false;
}

// Mula's filter: compare the needle's first and last bytes against 32 candidate positions at once
// and verify only where both agree.
OCTET_TARGET_AVX2 size_t ForwardAvx2(const uint8_t* h, size_t n, const uint8_t* nd, size_t m,
                                     size_t start) {
  const __m256i first = _mm256_set1_epi8(static_cast<char>(nd[0]));
  const __m256i last = _mm256_set1_epi8(static_cast<char>(nd[m - 1]));
  const size_t end = n - m;
  size_t work = 0;
  size_t i = start;
  size_t found;
  // Blocks where the first byte occurs get the two-byte filter; where it does not, memchr skips
  // ahead.
  while (i + 64 <= end + 1) {
    __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(h + i));
    __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(h + i + 32));
    __m256i any = _mm256_or_si256(_mm256_cmpeq_epi8(a, first), _mm256_cmpeq_epi8(b, first));
    if (_mm256_testz_si256(any, any)) {
      // A rare first byte: let memchr run to its next occurrence at full speed.
      const void* next = memchr(h + i + 64, nd[0], end + 1 - (i + 64));
      if (next == nullptr) return kNotFound;
      i = static_cast<size_t>(static_cast<const uint8_t*>(next) - h);
      continue;
    }
    if (VerifyBlockAvx2(h, n, nd, m, start, i, first, last, &work, &found) ||
        VerifyBlockAvx2(h, n, nd, m, start, i + 32, first, last, &work, &found)) {
      return found;
    }
    i += 64;
  }
  for (; i + 32 <= end + 1; i += 32) {
    if (VerifyBlockAvx2(h, n, nd, m, start, i, first, last, &work, &found)) return found;
  }
  if (i > end) return kNotFound;
  return ForwardScalar(h, n, nd, m, i);
}
#endif

template <typename Char>
size_t Forward(const Char* h, size_t n, const Char* nd, size_t m, size_t start) {
  if (m == 0) return start <= n ? start : kNotFound;
  if (m > n || start > n - m) return kNotFound;
#if OCTET_HAVE_AVX2_KERNELS
  if constexpr (sizeof(Char) == 1) {
    if (m > 1 && CpuHasAvx2()) return ForwardAvx2(h, n, nd, m, start);
  }
#endif
  return ForwardScalar(h, n, nd, m, start);
}

template <typename Char>
size_t Backward(const Char* h, size_t n, const Char* nd, size_t m, size_t start) {
  if (m > n) return kNotFound;
  if (start > n - m) start = n - m;
  if (m == 0) return start;
  return BackwardScalar(h, n, nd, m, start);
}

}  // namespace

size_t SearchForward(const uint8_t* h, size_t n, const uint8_t* nd, size_t m, size_t start) {
  return Forward(h, n, nd, m, start);
}
size_t SearchForward(const char16_t* h, size_t n, const char16_t* nd, size_t m, size_t start) {
  return Forward(h, n, nd, m, start);
}
size_t SearchBackward(const uint8_t* h, size_t n, const uint8_t* nd, size_t m, size_t start) {
  return Backward(h, n, nd, m, start);
}
size_t SearchBackward(const char16_t* h, size_t n, const char16_t* nd, size_t m, size_t start) {
  return Backward(h, n, nd, m, start);
}

}  // namespace octet::buffer
