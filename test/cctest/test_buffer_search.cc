// Substring search: agreement with a naive search in both directions and for both unit widths,
// and linear behaviour on inputs that defeat the first/last-unit filter.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "buffer/search.h"

namespace octet::buffer {
namespace {

template <typename Char>
size_t NaiveForward(const std::basic_string<Char>& h, const std::basic_string<Char>& nd,
                    size_t start) {
  if (nd.empty()) return start <= h.size() ? start : kNotFound;
  for (size_t i = start; i + nd.size() <= h.size(); ++i) {
    if (h.compare(i, nd.size(), nd) == 0) return i;
  }
  return kNotFound;
}

template <typename Char>
size_t NaiveBackward(const std::basic_string<Char>& h, const std::basic_string<Char>& nd,
                     size_t start) {
  if (nd.size() > h.size()) return kNotFound;
  size_t i = start < h.size() - nd.size() ? start : h.size() - nd.size();
  for (;; --i) {
    if (h.compare(i, nd.size(), nd) == 0) return i;
    if (i == 0) return kNotFound;
  }
}

template <typename Char>
void CompareRandom(unsigned seed, int alphabet) {
  std::mt19937 rng(seed);
  for (int round = 0; round < 4000; ++round) {
    std::basic_string<Char> h(rng() % 150, Char('a'));
    for (auto& c : h) c = static_cast<Char>('a' + rng() % alphabet);
    std::basic_string<Char> nd(rng() % 6, Char('a'));
    for (auto& c : nd) c = static_cast<Char>('a' + rng() % alphabet);
    if (rng() % 3 == 0 && h.size() > 10) nd = h.substr(rng() % (h.size() - 5), 1 + rng() % 5);
    size_t start = rng() % (h.size() + 3);
    ASSERT_EQ(SearchForward(h.data(), h.size(), nd.data(), nd.size(), start),
              NaiveForward(h, nd, start))
        << "round " << round;
    ASSERT_EQ(SearchBackward(h.data(), h.size(), nd.data(), nd.size(), start),
              NaiveBackward(h, nd, start))
        << "round " << round;
  }
}

TEST(Search, BytesAgreeWithNaiveSearch) {
  CompareRandom<uint8_t>(1, 2);
  CompareRandom<uint8_t>(2, 4);
  CompareRandom<uint8_t>(3, 26);
}

TEST(Search, Utf16AgreesWithNaiveSearch) {
  CompareRandom<char16_t>(4, 2);
  CompareRandom<char16_t>(5, 26);
}

TEST(Search, FindsNeedleAtEndOfLargeHaystack) {
  std::basic_string<uint8_t> h(1 << 20, 'x');
  std::basic_string<uint8_t> nd(reinterpret_cast<const uint8_t*>("0123456789abcdef"), 16);
  h.replace(h.size() - 16, 16, nd);
  EXPECT_EQ(SearchForward(h.data(), h.size(), nd.data(), nd.size(), 0), h.size() - 16);
  EXPECT_EQ(SearchBackward(h.data(), h.size(), nd.data(), nd.size(), h.size()), h.size() - 16);
  EXPECT_EQ(SearchForward(h.data(), h.size(), nd.data(), nd.size(), h.size() - 15), kNotFound);
}

// "aaa…a" against "aaa…ab" makes every position a candidate; a quadratic search would take
// seconds here, the fallback keeps it to milliseconds.
TEST(Search, PeriodicInputStaysLinear) {
  const size_t n = 4 << 20;
  const size_t m = 4096;
  std::basic_string<uint8_t> h(n, 'a');
  std::basic_string<uint8_t> nd(m, 'a');
  nd[m - 1] = 'b';
  std::basic_string<uint8_t> rev(m, 'a');
  rev[0] = 'b';
  auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(SearchForward(h.data(), n, nd.data(), m, 0), kNotFound);
  EXPECT_EQ(SearchBackward(h.data(), n, rev.data(), m, n), kNotFound);
  nd[m - 1] = 'a';
  h[n - 1] = 'b';
  nd[0] = 'a';
  std::basic_string<uint8_t> tail(m, 'a');
  tail[m - 1] = 'b';
  EXPECT_EQ(SearchForward(h.data(), n, tail.data(), m, 0), n - m);
  std::u16string h16(n / 2, u'a');
  std::u16string nd16(m, u'a');
  nd16[m - 1] = u'b';
  EXPECT_EQ(SearchForward(h16.data(), h16.size(), nd16.data(), m, 0), kNotFound);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(ms, 2000);
}

}  // namespace
}  // namespace octet::buffer
