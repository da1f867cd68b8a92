// The byte codecs behind Buffer, checked without V8: known vectors for node's edge cases and
// randomized comparisons of the vector kernels against straightforward reference code.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "buffer/base64.h"
#include "buffer/bytes.h"
#include "buffer/hex.h"
#include "buffer/utf8.h"

namespace octet::buffer {
namespace {

std::vector<uint8_t> Bytes(const std::string& s) { return {s.begin(), s.end()}; }

std::string EncodeBase64(const std::string& in, Base64Mode mode) {
  std::string out(Base64EncodedLength(in.size(), mode), '\0');
  size_t n = Base64Encode(reinterpret_cast<const uint8_t*>(in.data()), in.size(), out.data(), mode);
  EXPECT_EQ(n, out.size());
  return out;
}

std::string DecodeBase64(const std::string& in) {
  auto src = Bytes(in);
  size_t cap = Base64DecodedSize(src.data(), src.size());
  std::string out(cap, '\0');
  size_t n = Base64Decode(src.data(), src.size(), reinterpret_cast<uint8_t*>(out.data()), cap);
  out.resize(n);
  return out;
}

TEST(Base64, EncodesWithAndWithoutPadding) {
  EXPECT_EQ(EncodeBase64("", Base64Mode::kStandard), "");
  EXPECT_EQ(EncodeBase64("f", Base64Mode::kStandard), "Zg==");
  EXPECT_EQ(EncodeBase64("fo", Base64Mode::kStandard), "Zm8=");
  EXPECT_EQ(EncodeBase64("foo", Base64Mode::kStandard), "Zm9v");
  EXPECT_EQ(EncodeBase64("foob", Base64Mode::kUrl), "Zm9vYg");
  EXPECT_EQ(EncodeBase64("\xfb\xff\xbf", Base64Mode::kStandard), "+/+/");
  EXPECT_EQ(EncodeBase64("\xfb\xff\xbf", Base64Mode::kUrl), "-_-_");
}

TEST(Base64, DecodesLenientlyLikeNode) {
  EXPECT_EQ(DecodeBase64("Zm9vYmFy"), "foobar");
  EXPECT_EQ(DecodeBase64("Zm9vYg=="), "foob");
  EXPECT_EQ(DecodeBase64("Zm9vYg"), "foob");
  EXPECT_EQ(DecodeBase64("YW Jj ZA"), "abcd");
  EXPECT_EQ(DecodeBase64("YWJjZA=x="), "abcd");
  EXPECT_EQ(DecodeBase64("ab=c d"), "i");
  EXPECT_EQ(DecodeBase64("-_+/"), "\xfb\xff\xbf");
  EXPECT_EQ(DecodeBase64("Z"), "");
  EXPECT_EQ(DecodeBase64("\n Zm9v \n"), "foo");
}

TEST(Base64, TwoByteInputIsReadThroughItsLowByte) {
  std::u16string in = u"\u0141QID";
  uint8_t out[8];
  size_t cap = Base64DecodedSize(in.data(), in.size());
  size_t n = Base64Decode(in.data(), in.size(), out, cap);
  ASSERT_EQ(n, 3u);
  EXPECT_EQ(out[0], 1);
  EXPECT_EQ(out[2], 3);
}

TEST(Base64, DecodeStopsAtDestinationLength) {
  auto src = Bytes("Zm9vYmFy");
  uint8_t out[4] = {0, 0, 0, 0};
  EXPECT_EQ(Base64Decode(src.data(), src.size(), out, 2), 2u);
  EXPECT_EQ(out[2], 0);
}

TEST(Base64, RoundTripsRandomBytes) {
  std::mt19937 rng(7);
  for (int round = 0; round < 500; ++round) {
    std::string in(rng() % 300, '\0');
    for (auto& c : in) c = static_cast<char>(rng());
    EXPECT_EQ(DecodeBase64(EncodeBase64(in, Base64Mode::kStandard)), in);
    EXPECT_EQ(DecodeBase64(EncodeBase64(in, Base64Mode::kUrl)), in);
  }
}

// Hex: every kernel (forced one at a time, not only the one the dispatcher picks here) against a
// one-pair-at-a-time reference, on random input, at every position of the vector blocks.
using detail::HexKernel;

std::string HexReferenceEncode(const std::vector<uint8_t>& in) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (uint8_t b : in) {
    out.push_back(digits[b >> 4]);
    out.push_back(digits[b & 15]);
  }
  return out;
}

int HexDigitValue(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Node's rule: pairs until the first that is not two digits, the destination being full, or
// fewer than two characters left.
template <typename Char>
std::vector<uint8_t> HexReferenceDecode(const std::basic_string<Char>& in, size_t dst_len) {
  std::vector<uint8_t> out;
  for (size_t i = 0; out.size() < dst_len && i + 1 < in.size(); i += 2) {
    int hi = HexDigitValue(static_cast<uint8_t>(in[i]));
    int lo = HexDigitValue(static_cast<uint8_t>(in[i + 1]));
    if (hi < 0 || lo < 0) break;
    out.push_back(static_cast<uint8_t>(hi * 16 + lo));
  }
  return out;
}

std::string RandomHex(std::mt19937& rng, size_t pairs) {
  static const char digits[] = "0123456789abcdefABCDEF";
  std::string s(2 * pairs, '0');
  for (auto& c : s) c = digits[rng() % 22];
  return s;
}

// Lengths around every block size the kernels use (16, 32, 64 pairs), then a few large ones.
std::vector<size_t> HexTestLengths() {
  std::vector<size_t> lengths;
  for (size_t n = 0; n <= 300; ++n) lengths.push_back(n);
  for (size_t n : {1000u, 4099u, 65536u, 65536u + 37u}) lengths.push_back(n);
  return lengths;
}

const char* HexKernelName(HexKernel kernel) {
  switch (kernel) {
    case HexKernel::kScalar: return "Scalar";
    case HexKernel::kAvx2: return "Avx2";
    case HexKernel::kAvx512Vbmi: return "Avx512Vbmi";
  }
  return "?";
}

class HexKernelTest : public testing::TestWithParam<HexKernel> {
 protected:
  void SetUp() override {
    if (!detail::HexKernelSupported(GetParam())) {
      GTEST_SKIP() << HexKernelName(GetParam()) << " is not available on this machine";
    }
  }

  std::string Encode(const std::vector<uint8_t>& in) {
    // One guard byte past the end must survive.
    std::string out(2 * in.size() + 1, '#');
    detail::HexEncodeWith(GetParam(), in.data(), in.size(), out.data());
    EXPECT_EQ(out.back(), '#');
    out.pop_back();
    return out;
  }

  // Decodes into a destination prefilled with 0xEE and checks that the bytes from the result on
  // were left alone.
  std::vector<uint8_t> Decode(const std::string& s, size_t dst_len) {
    std::vector<uint8_t> out(dst_len + 64, 0xEE);
    size_t n = detail::HexDecodeWith(GetParam(), reinterpret_cast<const uint8_t*>(s.data()),
                                     s.size(), out.data(), dst_len);
    EXPECT_LE(n, dst_len);
    for (size_t i = n; i < out.size(); ++i) {
      if (out[i] != 0xEE) {
        ADD_FAILURE() << "byte " << i << " written past the result " << n;
        break;
      }
    }
    out.resize(n);
    return out;
  }

  void ExpectDecodesLikeReference(const std::string& s, size_t dst_len) {
    std::vector<uint8_t> want = HexReferenceDecode(s, dst_len);
    std::vector<uint8_t> got = Decode(s, dst_len);
    ASSERT_EQ(got.size(), want.size()) << "length " << s.size() << " dst_len " << dst_len;
    ASSERT_TRUE(got == want) << "length " << s.size() << " dst_len " << dst_len;
  }
};

TEST_P(HexKernelTest, EncodesRandomBytesOfEveryLength) {
  std::mt19937 rng(3);
  for (size_t n : HexTestLengths()) {
    std::vector<uint8_t> in(n);
    for (auto& b : in) b = static_cast<uint8_t>(rng());
    ASSERT_EQ(Encode(in), HexReferenceEncode(in)) << "n=" << n;
  }
}

TEST_P(HexKernelTest, EncodesEveryByteValueAtEveryBlockOffset) {
  std::vector<uint8_t> all(256);
  for (int i = 0; i < 256; ++i) all[i] = static_cast<uint8_t>(i);
  for (size_t shift = 0; shift < 64; ++shift) {
    std::vector<uint8_t> in(shift, 0x5a);
    in.insert(in.end(), all.begin(), all.end());
    ASSERT_EQ(Encode(in), HexReferenceEncode(in)) << "shift=" << shift;
  }
}

TEST_P(HexKernelTest, DecodesMixedCaseOfEveryLength) {
  std::mt19937 rng(5);
  for (size_t n : HexTestLengths()) {
    std::string s = RandomHex(rng, n);
    ExpectDecodesLikeReference(s, n);
    // A lone last character is ignored.
    ExpectDecodesLikeReference(s + "a", n + 1);
    // A destination shorter than the input stops the decoder there.
    if (n > 0) ExpectDecodesLikeReference(s, rng() % n);
  }
}

TEST_P(HexKernelTest, RoundTripsEncoderOutput) {
  std::mt19937 rng(9);
  for (size_t n : HexTestLengths()) {
    std::vector<uint8_t> in(n);
    for (auto& b : in) b = static_cast<uint8_t>(rng());
    ASSERT_TRUE(Decode(Encode(in), n) == in) << "n=" << n;
  }
}

// Non-digits next to the digit ranges, and high bytes whose low seven bits are digits (a 7-bit
// table lookup would take them for digits).
constexpr uint8_t kHexInvalid[] = {0x00, ' ', '/', ':', '@', 'G', '`', 'g', 'x', 0x7f,
                                   0x80, 0xb0, 0xb9, 0xc1, 0xc6, 0xe1, 0xe6, 0xff};

TEST_P(HexKernelTest, DecodeStopsAtInvalidCharacterAtEveryPosition) {
  std::mt19937 rng(11);
  for (size_t pairs : {1u, 15u, 16u, 17u, 31u, 32u, 33u, 63u, 64u, 65u, 100u, 128u, 130u, 200u}) {
    std::string valid = RandomHex(rng, pairs);
    for (size_t pos = 0; pos < valid.size(); ++pos) {
      std::string s = valid;
      s[pos] = static_cast<char>(kHexInvalid[(pos + pairs) % sizeof(kHexInvalid)]);
      ExpectDecodesLikeReference(s, pairs);
      if (HasFatalFailure()) return;
    }
  }
  // Deep into a long input, past many whole blocks.
  std::string big = RandomHex(rng, 65536);
  for (size_t pos : {64000u, 64001u, 100000u, 131070u, 131071u}) {
    std::string s = big;
    s[pos] = 'z';
    ExpectDecodesLikeReference(s, 65536);
  }
}

TEST_P(HexKernelTest, DecodesEveryCharacterValueAtEveryBlockPosition) {
  std::mt19937 rng(13);
  const std::string valid = RandomHex(rng, 80);
  for (int c = 0; c < 256; ++c) {
    for (size_t pos = 0; pos < valid.size(); ++pos) {
      std::string s = valid;
      s[pos] = static_cast<char>(c);
      ExpectDecodesLikeReference(s, 80);
      if (HasFatalFailure()) return;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Hex, HexKernelTest,
                         testing::Values(HexKernel::kScalar, HexKernel::kAvx2,
                                         HexKernel::kAvx512Vbmi),
                         [](const testing::TestParamInfo<HexKernel>& info) {
                           return std::string(HexKernelName(info.param));
                         });

TEST(Hex, DispatcherAgreesWithReference) {
  std::mt19937 rng(17);
  for (size_t n : HexTestLengths()) {
    std::vector<uint8_t> in(n);
    for (auto& b : in) b = static_cast<uint8_t>(rng());
    std::string hex(2 * n, '\0');
    HexEncode(in.data(), n, hex.data());
    ASSERT_EQ(hex, HexReferenceEncode(in));
    if (n > 0) hex[rng() % hex.size()] = 'q';
    std::vector<uint8_t> out(n);
    size_t got = HexDecode(reinterpret_cast<const uint8_t*>(hex.data()), hex.size(), out.data(), n);
    out.resize(got);
    ASSERT_TRUE(out == HexReferenceDecode(hex, n)) << "n=" << n;
  }
}

TEST(Hex, DecodeStopsAtFirstInvalidPair) {
  auto run = [](const std::string& s) {
    auto src = Bytes(s);
    std::vector<uint8_t> out(s.size() / 2 + 1);
    size_t n = HexDecode(src.data(), src.size(), out.data(), s.size() / 2);
    return std::string(out.begin(), out.begin() + static_cast<long>(n));
  };
  EXPECT_EQ(run("abCD01"), "\xab\xcd\x01");
  EXPECT_EQ(run("abc"), "\xab");
  EXPECT_EQ(run("zz12"), "");
  EXPECT_EQ(run("12g4"), "\x12");
  // Across the 64-character vector block: an invalid pair deep inside stops there.
  std::string long_hex(200, 'a');
  long_hex[151] = 'x';
  EXPECT_EQ(run(long_hex).size(), 75u);
  long_hex[151] = 'F';
  EXPECT_EQ(run(long_hex).size(), 100u);
}

TEST(Hex, TwoByteInputIsReadThroughItsLowByte) {
  std::u16string in = u"\u0141\u0142";
  uint8_t out[1];
  ASSERT_EQ(HexDecode(in.data(), in.size(), out, 1), 1u);
  EXPECT_EQ(out[0], 0xab);
}

TEST(Hex, TwoByteDecodeAgreesWithReference) {
  std::mt19937 rng(19);
  for (size_t n = 0; n <= 100; ++n) {
    std::string ascii = RandomHex(rng, n);
    std::u16string s(ascii.begin(), ascii.end());
    // Units whose low byte is a digit count as that digit; others stop the decoder.
    for (auto& c : s) {
      if (rng() % 8 == 0) c = static_cast<char16_t>(c | 0x0100 * (1 + rng() % 255));
    }
    if (n > 0 && rng() % 2) s[rng() % s.size()] = u'\u00e6';
    std::vector<uint8_t> out(n + 1, 0xEE);
    size_t got = HexDecode(s.data(), s.size(), out.data(), n);
    std::vector<uint8_t> want = HexReferenceDecode(s, n);
    ASSERT_EQ(got, want.size()) << "n=" << n;
    out.resize(got);
    ASSERT_TRUE(out == want) << "n=" << n;
  }
}

// WHATWG's decoder, one byte at a time: the reference the fast decoder must agree with.
std::u16string ReferenceDecode(const std::vector<uint8_t>& in) {
  std::u16string out;
  uint32_t cp = 0;
  int needed = 0;
  int seen = 0;
  uint8_t lower = 0x80;
  uint8_t upper = 0xbf;
  auto emit = [&](uint32_t c) {
    if (c >= 0x10000) {
      c -= 0x10000;
      out.push_back(static_cast<char16_t>(0xd800 | (c >> 10)));
      out.push_back(static_cast<char16_t>(0xdc00 | (c & 0x3ff)));
    } else {
      out.push_back(static_cast<char16_t>(c));
    }
  };
  for (size_t i = 0; i < in.size();) {
    uint8_t b = in[i];
    if (needed == 0) {
      ++i;
      if (b < 0x80) {
        emit(b);
      } else if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b == 0xe0) lower = 0xa0;
        if (b == 0xed) upper = 0x9f;
        needed = 2;
        cp = b & 0xf;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b == 0xf0) lower = 0x90;
        if (b == 0xf4) upper = 0x8f;
        needed = 3;
        cp = b & 0x7;
      } else {
        emit(0xfffd);
      }
      continue;
    }
    if (b < lower || b > upper) {
      cp = needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      emit(0xfffd);
      continue;  // the byte is processed again
    }
    ++i;
    lower = 0x80;
    upper = 0xbf;
    cp = (cp << 6) | (b & 0x3f);
    if (++seen == needed) {
      emit(cp);
      cp = needed = seen = 0;
    }
  }
  if (needed != 0) emit(0xfffd);
  return out;
}

std::u16string FastDecode(const std::vector<uint8_t>& in, uint32_t* units_or) {
  std::u16string out(in.size(), u'\0');
  out.resize(Utf8Decode(in.data(), in.size(), out.data(), units_or));
  return out;
}

TEST(Utf8, DecodeReplacesMaximalSubparts) {
  uint32_t acc;
  EXPECT_EQ(FastDecode(Bytes("h\xc3\xa9llo"), &acc), u"h\u00e9llo");
  EXPECT_LE(acc, 0xffu);
  EXPECT_EQ(FastDecode(Bytes("\xf0\x9f\x98\x80"), &acc), u"\U0001F600");
  EXPECT_EQ(FastDecode(Bytes("\xed\xa0\x80"), &acc), u"\ufffd\ufffd\ufffd");
  EXPECT_EQ(FastDecode(Bytes("\xf0\x9f\x98"), &acc), u"\ufffd");
  EXPECT_EQ(FastDecode(Bytes("\xe2\x82x"), &acc), u"\ufffdx");
  EXPECT_EQ(FastDecode(Bytes("\xc0\xaf"), &acc), u"\ufffd\ufffd");
  EXPECT_GT(acc, 0xffu);
}

TEST(Utf8, DecodeAgreesWithReferenceOnRandomInput) {
  std::mt19937 rng(11);
  const uint8_t interesting[] = {0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed,
                                 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x8f, 0x90};
  for (int round = 0; round < 3000; ++round) {
    std::vector<uint8_t> in(rng() % 80);
    for (auto& b : in) {
      b = rng() % 3 == 0 ? interesting[rng() % sizeof(interesting)] : static_cast<uint8_t>(rng());
      if (rng() % 4 == 0) b &= 0x7f;
    }
    uint32_t acc;
    std::u16string want = ReferenceDecode(in);
    ASSERT_EQ(FastDecode(in, &acc), want) << "round " << round;
    uint32_t want_or = 0;
    for (char16_t c : want) want_or |= c;
    EXPECT_EQ(acc > 0xffu, want_or > 0xffu);
    // Strict validity agrees with "no replacement char produced" whenever the input has none.
    bool has_literal_fffd = false;
    for (size_t i = 0; i + 2 < in.size(); ++i) {
      if (in[i] == 0xef && in[i + 1] == 0xbf && in[i + 2] == 0xbd) has_literal_fffd = true;
    }
    if (!has_literal_fffd) {
      EXPECT_EQ(IsValidUtf8(in.data(), in.size()), want.find(u'\ufffd') == std::u16string::npos);
    }
  }
}

TEST(Utf8, AsciiPrefixFindsFirstHighByte) {
  for (size_t n : {0u, 5u, 31u, 32u, 64u, 65u, 200u}) {
    std::vector<uint8_t> in(n, 'a');
    EXPECT_EQ(AsciiPrefixLength(in.data(), n), n);
    for (size_t at = 0; at < n; at += 7) {
      in[at] = 0x80;
      EXPECT_EQ(AsciiPrefixLength(in.data(), n), at);
      in[at] = 'a';
    }
  }
}

TEST(Utf8, CopyAsciiPrefixCopiesExactlyThePrefix) {
  for (size_t n : {0u, 5u, 64u, 200u}) {
    std::vector<uint8_t> in(n, 'a');
    for (size_t at = 0; at <= n; at += 9) {
      if (at < n) in[at] = 0xe9;
      std::vector<uint8_t> out(n, 0x2a);
      EXPECT_EQ(CopyAsciiPrefix(in.data(), n, out.data()), at < n ? at : n);
      for (size_t i = 0; i < n; ++i) EXPECT_EQ(out[i], i < at ? 'a' : 0x2a) << n << " " << at;
      if (at < n) in[at] = 'a';
    }
  }
}

size_t ReferenceLength(const std::u16string& s) {
  size_t total = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char16_t c = s[i];
    if (c < 0x80) total += 1;
    else if (c < 0x800) total += 2;
    else if ((c & 0xfc00) == 0xd800 && i + 1 < s.size() && (s[i + 1] & 0xfc00) == 0xdc00) {
      total += 4;
      ++i;
    } else total += 3;
  }
  return total;
}

std::u16string RandomUtf16(std::mt19937& rng, size_t n) {
  const char16_t pool[] = {u'a', u'\u00e9', u'\u07ff', u'\u0800', u'\u20ac', 0xd83d, 0xde00,
                           0xdbff, 0xdc00, u'\uffff', u'\x7f', u'\x80'};
  std::u16string s(n, u'a');
  for (auto& c : s) c = pool[rng() % (sizeof(pool) / sizeof(pool[0]))];
  return s;
}

TEST(Utf8, LengthOfUtf16MatchesReferenceAcrossVectorBoundaries) {
  std::mt19937 rng(5);
  for (int round = 0; round < 2000; ++round) {
    std::u16string s = RandomUtf16(rng, rng() % 100);
    ASSERT_EQ(Utf8LengthOfUtf16(s.data(), s.size()), ReferenceLength(s)) << "round " << round;
  }
  std::u16string big(100000, u'\u20ac');
  EXPECT_EQ(Utf8LengthOfUtf16(big.data(), big.size()), 300000u);
}

TEST(Utf8, LengthOfLatin1CountsHighBytesTwice) {
  std::vector<uint8_t> s(100, 'a');
  s[3] = 0xe9;
  s[77] = 0x80;
  EXPECT_EQ(Utf8LengthOfLatin1(s.data(), s.size()), 102u);
}

TEST(Utf8, EncodeWritesWholeCharactersOnly) {
  std::u16string s = u"a\U0001F600";
  uint8_t out[8];
  size_t read;
  EXPECT_EQ(Utf8EncodeUtf16(s.data(), s.size(), true, out, 4, &read), 1u);
  EXPECT_EQ(read, 1u);
  EXPECT_EQ(Utf8EncodeUtf16(s.data(), s.size(), true, out, 5, &read), 5u);
  std::u16string lone = u"a\xd83d";
  EXPECT_EQ(Utf8EncodeUtf16(lone.data(), lone.size(), true, out, 3, &read), 1u);
  EXPECT_EQ(Utf8EncodeUtf16(lone.data(), lone.size(), true, out, 4, &read), 4u);
  EXPECT_EQ(out[1], 0xef);
  EXPECT_EQ(out[3], 0xbd);
  // A trailing high surrogate waits for the next chunk unless this is the last one.
  EXPECT_EQ(Utf8EncodeUtf16(lone.data(), lone.size(), false, out, 8, &read), 1u);
  EXPECT_EQ(read, 1u);
}

TEST(Utf8, EncodeRoundTripsThroughDecode) {
  std::mt19937 rng(9);
  for (int round = 0; round < 1000; ++round) {
    std::u16string s = RandomUtf16(rng, rng() % 60);
    std::vector<uint8_t> out(ReferenceLength(s));
    size_t read;
    ASSERT_EQ(Utf8EncodeUtf16(s.data(), s.size(), true, out.data(), out.size(), &read), out.size());
    ASSERT_EQ(read, s.size());
    uint32_t acc;
    std::u16string back = FastDecode(out, &acc);
    for (size_t i = 0; i < s.size(); ++i) {
      bool paired = (s[i] & 0xfc00) == 0xd800 && i + 1 < s.size() && (s[i + 1] & 0xfc00) == 0xdc00;
      if (paired) { ++i; continue; }
      if ((s[i] & 0xf800) == 0xd800) s[i] = 0xfffd;
    }
    ASSERT_EQ(back, s);
  }
}

TEST(Utf8, EncodeLatin1) {
  std::vector<uint8_t> s = {'a', 0xe9, 'b'};
  uint8_t out[4];
  size_t read;
  EXPECT_EQ(Utf8EncodeLatin1(s.data(), s.size(), out, 4, &read), 4u);
  EXPECT_EQ(out[1], 0xc3);
  EXPECT_EQ(out[2], 0xa9);
  EXPECT_EQ(Utf8EncodeLatin1(s.data(), s.size(), out, 2, &read), 1u);
  EXPECT_EQ(read, 1u);
}

// The vector kernels against the scalar code (and the reference) on the same inputs: lengths
// around the 16/32/64-unit vectors, malformed pieces at every offset of a block, every mix of
// sequence lengths. Each vector level is checked on its own; levels the CPU lacks run scalar.
constexpr Utf8Isa kEveryIsa[] = {Utf8Isa::kScalar, Utf8Isa::kAvx2, Utf8Isa::kAvx512};

class IsaCeiling {
 public:
  explicit IsaCeiling(Utf8Isa isa) { SetUtf8IsaCeiling(isa); }
  ~IsaCeiling() { SetUtf8IsaCeiling(Utf8Isa::kAvx512); }
};

void AppendUtf8(std::vector<uint8_t>* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<uint8_t>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<uint8_t>(0xc0 | (cp >> 6)));
    out->push_back(static_cast<uint8_t>(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<uint8_t>(0xe0 | (cp >> 12)));
    out->push_back(static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3f)));
    out->push_back(static_cast<uint8_t>(0x80 | (cp & 0x3f)));
  } else {
    out->push_back(static_cast<uint8_t>(0xf0 | (cp >> 18)));
    out->push_back(static_cast<uint8_t>(0x80 | ((cp >> 12) & 0x3f)));
    out->push_back(static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3f)));
    out->push_back(static_cast<uint8_t>(0x80 | (cp & 0x3f)));
  }
}

// Malformed pieces of every kind (stray continuations, overlongs, encoded surrogates, past
// U+10FFFF, bytes never valid, truncated sequences) and the valid extremes of each length.
const std::vector<std::vector<uint8_t>>& Utf8Pieces() {
  static const std::vector<std::vector<uint8_t>> pieces = {
      {0x80}, {0xbf}, {0x80, 0x80}, {0xc0, 0x80}, {0xc1, 0xbf}, {0xc2}, {0xdf}, {0xc2, 0xc2},
      {0xe0, 0x80, 0x80}, {0xe0, 0x9f, 0xbf}, {0xe0, 0xa0}, {0xe1}, {0xe1, 0x80},
      {0xed, 0xa0, 0x80},
      {0xed, 0xbf, 0xbf}, {0xed, 0x9f}, {0xef, 0xbf}, {0xf0, 0x80, 0x80, 0x80},
      {0xf0, 0x8f, 0xbf, 0xbf}, {0xf0, 0x90, 0x80}, {0xf0, 0x90}, {0xf1}, {0xf3, 0xbf, 0xbf},
      {0xf4, 0x90, 0x80, 0x80}, {0xf4, 0x8f}, {0xf5, 0x80, 0x80, 0x80}, {0xf7, 0xbf, 0xbf, 0xbf},
      {0xf8, 0x88, 0x80, 0x80}, {0xfc, 0x84, 0x80, 0x80}, {0xfe}, {0xff}, {0xe2, 0x82, 0xac, 0x80},
      {0xf0, 0x9f, 0x98, 0x80, 0x80}, {0xc3, 0xa9, 0xa9}, {0x00}, {0x7f}, {0xc2, 0x80},
      {0xdf, 0xbf}, {0xe0, 0xa0, 0x80}, {0xed, 0x9f, 0xbf}, {0xee, 0x80, 0x80}, {0xef, 0xbf, 0xbd},
      {0xef, 0xbf, 0xbf}, {0xf0, 0x90, 0x80, 0x80}, {0xf4, 0x8f, 0xbf, 0xbf}};
  return pieces;
}

// Characters drawn with per-length weights, so that runs of one length and every mix occur.
std::vector<uint8_t> RandomUtf8(std::mt19937& rng, size_t bytes, const int (&weights)[4],
                                int malformed_per_mille) {
  std::vector<uint8_t> out;
  const int total = weights[0] + weights[1] + weights[2] + weights[3];
  while (out.size() < bytes) {
    if (static_cast<int>(rng() % 1000) < malformed_per_mille) {
      const auto& piece = Utf8Pieces()[rng() % Utf8Pieces().size()];
      out.insert(out.end(), piece.begin(), piece.end());
      continue;
    }
    int pick = static_cast<int>(rng() % total);
    uint32_t cp;
    if ((pick -= weights[0]) < 0) {
      cp = rng() % 0x80;
    } else if ((pick -= weights[1]) < 0) {
      cp = 0x80 + rng() % 0x780;
    } else if ((pick -= weights[2]) < 0) {
      do cp = 0x800 + rng() % 0xf800; while (cp >= 0xd800 && cp < 0xe000);
    } else {
      cp = 0x10000 + rng() % 0x100000;
    }
    AppendUtf8(&out, cp);
  }
  out.resize(bytes);  // may cut the last character: a truncated sequence at the very end
  return out;
}

void ExpectDecodeAgrees(const std::vector<uint8_t>& in, const std::string& what) {
  const std::u16string want = ReferenceDecode(in);
  uint32_t want_or = 0;
  for (char16_t c : want) want_or |= c;
  for (Utf8Isa isa : kEveryIsa) {
    IsaCeiling ceiling(isa);
    uint32_t acc;
    ASSERT_EQ(FastDecode(in, &acc), want) << what << " isa " << static_cast<int>(isa);
    ASSERT_EQ(acc > 0xffu, want_or > 0xffu) << what << " isa " << static_cast<int>(isa);
  }
}

// The Latin-1 decoder agrees with the reference decoder up to the first unit above 0xff (or
// the first malformed sequence, which the reference turns into U+FFFD) and stops exactly there,
// at every vector level, with the output buffer no larger than the input.
TEST(Utf8, Latin1DecodeStopsAtFirstLargerCharacter) {
  std::mt19937 rng(77);
  for (int round = 0; round < 3000; ++round) {
    std::vector<uint8_t> in;
    const size_t len = rng() % (round % 2 == 0 ? 200 : 1500);
    const int rare = round % 3 == 0 ? 0 : round % 3 == 1 ? 2 : 20;  // per mille: not Latin-1
    while (in.size() < len) {
      const int r = static_cast<int>(rng() % 1000);
      if (r < rare) {
        const auto& piece = Utf8Pieces()[rng() % Utf8Pieces().size()];
        in.insert(in.end(), piece.begin(), piece.end());
      } else if (r < 2 * rare) {
        AppendUtf8(&in, 0x100 + rng() % 0x2000);
      } else {
        AppendUtf8(&in, rng() % 3 == 0 ? 0x80 + rng() % 0x80 : rng() % 0x80);
      }
    }
    const std::u16string reference = ReferenceDecode(in);
    size_t want_units = 0;
    while (want_units < reference.size() && reference[want_units] <= 0xff) ++want_units;
    for (Utf8Isa isa : kEveryIsa) {
      IsaCeiling ceiling(isa);
      std::vector<uint8_t> out(in.size());
      size_t written = 0;
      const size_t consumed = Utf8DecodeLatin1(in.data(), in.size(), out.data(), &written);
      const std::string what = "round " + std::to_string(round) + " isa " +
                               std::to_string(static_cast<int>(isa));
      ASSERT_LE(written, want_units) << what;
      for (size_t k = 0; k < written; ++k) ASSERT_EQ(out[k], reference[k]) << what << " at " << k;
      // What remains decodes, on its own, to the rest of the reference, starting with a unit
      // above 0xff: the decoder stopped at a character boundary, at the first larger character.
      const std::vector<uint8_t> rest(in.begin() + static_cast<ptrdiff_t>(consumed), in.end());
      const std::u16string rest_units = ReferenceDecode(rest);
      ASSERT_EQ(reference.substr(written), rest_units) << what;
      if (consumed < in.size()) {
        ASSERT_EQ(written, want_units) << what;
      } else {
        ASSERT_EQ(written, reference.size()) << what;
      }
    }
  }
}

TEST(Utf8, VectorDecodeMatchesReferenceOnEveryMix) {
  const int mixes[][4] = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}, {1, 1, 1, 1},
                          {8, 1, 0, 0}, {1, 4, 1, 0}, {2, 0, 4, 1}, {0, 1, 1, 1}, {20, 1, 1, 1}};
  std::mt19937 rng(31);
  for (int round = 0; round < 1500; ++round) {
    const auto& mix = mixes[round % 10];
    const int malformed = round % 3 == 0 ? 0 : round % 3 == 1 ? 5 : 100;
    const size_t bytes = round < 1200 ? rng() % 300 : 1000 + rng() % 9000;
    std::vector<uint8_t> in = RandomUtf8(rng, bytes, mix, malformed);
    ExpectDecodeAgrees(in, "round " + std::to_string(round));
  }
}

TEST(Utf8, VectorDecodeMatchesReferenceWithEachPieceAtEachOffset) {
  // Backgrounds of one length each and mixed, so a piece lands on every byte of a 64-byte
  // block (and across it) in every alignment of the characters around it.
  std::vector<std::vector<uint8_t>> backgrounds;
  for (uint32_t cp : {0x61u, 0xe9u, 0x20acu, 0x1f600u}) {
    std::vector<uint8_t> b;
    while (b.size() < 200) AppendUtf8(&b, cp);
    backgrounds.push_back(b);
  }
  std::vector<uint8_t> mixed;
  for (int k = 0; mixed.size() < 200; ++k) {
    AppendUtf8(&mixed, std::vector<uint32_t>{0x61, 0xf1, 0x20ac, 0x1f600, 0xdf, 0x4e2d}[k % 6]);
  }
  backgrounds.push_back(mixed);
  for (size_t b = 0; b < backgrounds.size(); ++b) {
    for (size_t p = 0; p < Utf8Pieces().size(); ++p) {
      for (size_t at = 0; at < 140; ++at) {
        std::vector<uint8_t> in = backgrounds[b];
        in.insert(in.begin() + static_cast<long>(at), Utf8Pieces()[p].begin(),
                  Utf8Pieces()[p].end());
        ExpectDecodeAgrees(in, "background " + std::to_string(b) + " piece " +
                                   std::to_string(p) + " at " + std::to_string(at));
      }
    }
    // Cut at every length: truncated sequences at every block boundary.
    for (size_t len = 0; len <= backgrounds[b].size(); ++len) {
      std::vector<uint8_t> in(backgrounds[b].begin(),
                              backgrounds[b].begin() + static_cast<long>(len));
      ExpectDecodeAgrees(in, "background " + std::to_string(b) + " cut " + std::to_string(len));
    }
  }
}

TEST(Utf8, VectorDecodeMatchesReferenceOnRandomBytes) {
  std::mt19937 rng(37);
  for (int round = 0; round < 400; ++round) {
    std::vector<uint8_t> in(64 + rng() % 400);
    // Mostly high bytes: continuation runs of every length and leads of every kind.
    for (auto& b : in) {
      b = static_cast<uint8_t>(rng() % 4 == 0 ? rng() % 0x80 : 0x80 + rng() % 0x80);
    }
    ExpectDecodeAgrees(in, "round " + std::to_string(round));
  }
}

// Units of every UTF-8 length, surrogate halves that pair and that do not, NUL and 0xffff.
std::u16string RandomUnits(std::mt19937& rng, size_t n, int surrogate_weight) {
  const char16_t plain[] = {u'a', u'\0', u'\x7f', u'\x80', u'\u00e9', u'\u07ff', u'\u0800',
                            u'\u20ac', u'\u4e2d', u'\ud7ff', u'\ue000', u'\ufffd', u'\uffff'};
  std::u16string s;
  while (s.size() < n) {
    if (static_cast<int>(rng() % 100) < surrogate_weight) {
      switch (rng() % 4) {
        case 0: s += u'\xd800' + static_cast<char16_t>(rng() % 0x400); break;  // lone high
        case 1: s += u'\xdc00' + static_cast<char16_t>(rng() % 0x400); break;  // lone low
        default:
          s += u'\xd800' + static_cast<char16_t>(rng() % 0x400);
          s += u'\xdc00' + static_cast<char16_t>(rng() % 0x400);
      }
    } else if (rng() % 3 == 0) {
      s.append(rng() % 40, u'a');  // ASCII runs reach the 32-unit fast path
    } else {
      s += plain[rng() % (sizeof(plain) / sizeof(plain[0]))];
    }
  }
  s.resize(n);
  return s;
}

struct Encoded {
  std::vector<uint8_t> bytes;  // the whole destination: bytes past `written` must be untouched
  size_t written;
  size_t read;
  bool operator==(const Encoded& other) const {
    return bytes == other.bytes && written == other.written && read == other.read;
  }
};

Encoded EncodeWith(Utf8Isa isa, const std::u16string& s, size_t cap, bool last, bool replace) {
  IsaCeiling ceiling(isa);
  Encoded e{std::vector<uint8_t>(cap + 8, 0xee), 0, 0};
  e.written = Utf8EncodeUtf16(s.data(), s.size(), last, e.bytes.data(), cap, &e.read, replace);
  return e;
}

TEST(Utf8, VectorEncodeMatchesScalarAtEveryCapacity) {
  std::mt19937 rng(41);
  for (int round = 0; round < 1500; ++round) {
    const size_t n = round < 1200 ? rng() % 200 : 1000 + rng() % 5000;
    const std::u16string s = RandomUnits(rng, n, round % 4 == 0 ? 0 : round % 4 == 1 ? 5 : 40);
    const size_t full = ReferenceLength(s);
    // The exact size, a roomy one, and cuts anywhere (also inside a character's bytes).
    for (size_t cap : {full, full + 70, static_cast<size_t>(rng() % (full + 1)),
                       full > 3 ? full - 1 - rng() % 3 : 0}) {
      const bool last = rng() % 4 != 0;
      const bool replace = rng() % 4 != 0;
      const Encoded want = EncodeWith(Utf8Isa::kScalar, s, cap, last, replace);
      for (Utf8Isa isa : {Utf8Isa::kAvx2, Utf8Isa::kAvx512}) {
        ASSERT_TRUE(EncodeWith(isa, s, cap, last, replace) == want)
            << "round " << round << " cap " << cap << " isa " << static_cast<int>(isa);
      }
      if (cap == full && replace && last) {
        ASSERT_EQ(want.written, full) << "round " << round;
      }
    }
  }
}

TEST(Utf8, VectorEncodeKeepsPairsWholeAtEveryStepBoundary) {
  // A pair, a lone high and a lone low half at each position of 3-byte background, so each
  // lands on every lane of a step and straddles every step boundary.
  for (const std::u16string& piece :
       {std::u16string(u"\U0001F600"), std::u16string(1, u'\xd83d'), std::u16string(1, u'\xde00'),
        std::u16string(u"\xde00\xd83d"), std::u16string(u"\U0010FFFF\U00010000")}) {
    for (size_t at = 0; at < 70; ++at) {
      for (char16_t fill : {u'\u4e2d', u'\u00e9', u'a'}) {
        std::u16string s(100, fill);
        s.insert(at, piece);
        for (bool replace : {true, false}) {
          for (bool last : {true, false}) {
            const size_t cap = 400;
            const Encoded want = EncodeWith(Utf8Isa::kScalar, s, cap, last, replace);
            ASSERT_TRUE(EncodeWith(Utf8Isa::kAvx512, s, cap, last, replace) == want) << at;
            ASSERT_TRUE(EncodeWith(Utf8Isa::kAvx2, s, cap, last, replace) == want) << at;
          }
        }
      }
    }
  }
}

TEST(Utf8, VectorEncodeStopsAtEveryCapacityOnWideText) {
  // Steps of the widest output (3 bytes a unit, 4 a pair) meet the capacity limit at every byte.
  std::u16string pairs;
  for (int k = 0; k < 50; ++k) pairs += u"\U0001F600";
  for (const std::u16string& s : {std::u16string(100, u'\u4e2d'), pairs}) {
    for (size_t cap = 0; cap <= 310; ++cap) {
      const Encoded want = EncodeWith(Utf8Isa::kScalar, s, cap, true, true);
      ASSERT_TRUE(EncodeWith(Utf8Isa::kAvx512, s, cap, true, true) == want) << cap;
    }
  }
}

TEST(Utf8, VectorLengthsMatchScalar) {
  std::mt19937 rng(43);
  for (int round = 0; round < 2000; ++round) {
    const size_t n = round < 1800 ? rng() % 260 : 30000 + rng() % 70000;
    const std::u16string s = RandomUnits(rng, n, round % 3 == 0 ? 0 : 30);
    std::vector<uint8_t> latin1(n);
    for (size_t k = 0; k < n; ++k) latin1[k] = static_cast<uint8_t>(s[k]);
    const size_t want = ReferenceLength(s);
    size_t want_latin1 = n;
    for (uint8_t b : latin1) want_latin1 += b >> 7;
    // Wide junk right after the input: nothing past n may be counted.
    const std::u16string padded = s + std::u16string(64, u'\u4e2d');
    latin1.resize(n + 64, 0xff);
    for (Utf8Isa isa : kEveryIsa) {
      IsaCeiling ceiling(isa);
      ASSERT_EQ(Utf8LengthOfUtf16(padded.data(), n), want) << "round " << round;
      ASSERT_EQ(Utf8LengthOfLatin1(latin1.data(), n), want_latin1) << "round " << round;
    }
  }
  // Lanes count to 32767 before they are emptied: long runs of the widest units.
  std::u16string wide(32 * 40000, u'\u4e2d');
  std::u16string pairs;
  for (int k = 0; k < 300000; ++k) pairs += u"\U0001F600";
  for (Utf8Isa isa : kEveryIsa) {
    IsaCeiling ceiling(isa);
    EXPECT_EQ(Utf8LengthOfUtf16(wide.data(), wide.size()), 3u * wide.size());
    EXPECT_EQ(Utf8LengthOfUtf16(pairs.data(), pairs.size()), 2u * pairs.size());
  }
}

TEST(Utf8, VectorLatin1EncodeMatchesScalarAtEveryCapacity) {
  std::mt19937 rng(47);
  for (int round = 0; round < 1000; ++round) {
    const size_t n = round < 900 ? rng() % 300 : 2000 + rng() % 9000;
    std::vector<uint8_t> s(n);
    const int high_share = static_cast<int>(round % 5) * 25;  // 0%..100% bytes >= 0x80
    for (auto& b : s) {
      b = static_cast<uint8_t>(static_cast<int>(rng() % 100) < high_share ? 0x80 | rng()
                                                                          : rng() % 0x80);
    }
    size_t full = n;
    for (uint8_t b : s) full += b >> 7;
    for (size_t cap : {full, full + 70, static_cast<size_t>(rng() % (full + 1))}) {
      std::vector<std::vector<uint8_t>> outs;
      std::vector<size_t> results;
      for (Utf8Isa isa : kEveryIsa) {
        IsaCeiling ceiling(isa);
        std::vector<uint8_t> out(cap + 8, 0xee);
        size_t read;
        results.push_back(Utf8EncodeLatin1(s.data(), n, out.data(), cap, &read));
        results.push_back(read);
        outs.push_back(out);
      }
      ASSERT_EQ(outs[0], outs[1]) << "round " << round;
      ASSERT_EQ(outs[0], outs[2]) << "round " << round;
      ASSERT_EQ(results[0], results[2]) << "round " << round;
      ASSERT_EQ(results[1], results[3]) << "round " << round;
      ASSERT_EQ(results[0], results[4]) << "round " << round;
      ASSERT_EQ(results[1], results[5]) << "round " << round;
    }
  }
}

TEST(Bytes, SwapsGroups) {
  uint8_t d[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  Swap16(d, 8);
  EXPECT_EQ(d[0], 2);
  Swap16(d, 8);
  Swap32(d, 8);
  EXPECT_EQ(d[0], 4);
  EXPECT_EQ(d[4], 8);
  Swap32(d, 8);
  Swap64(d, 8);
  EXPECT_EQ(d[0], 8);
  EXPECT_EQ(d[7], 1);
}

TEST(Bytes, FillRepeatsPatternIncludingPartialTail) {
  for (size_t n : {0u, 1u, 2u, 7u, 100u, 20000u}) {
    std::vector<uint8_t> d(n);
    const uint8_t pat[] = {'a', 'b', 'c'};
    FillPattern(d.data(), n, pat, 3);
    for (size_t i = 0; i < n; ++i) ASSERT_EQ(d[i], pat[i % 3]) << n << " " << i;
  }
}

TEST(Bytes, NarrowUtf16CopiesAndNarrowsInPlace) {
  for (size_t n : {0u, 1u, 31u, 32u, 33u, 64u, 100u}) {
    std::u16string units(n, u'a');
    for (size_t i = 0; i < n; ++i) units[i] = static_cast<char16_t>((i * 37 + 5) & 0xff);
    std::vector<uint8_t> out(n + 1, 0x2a);
    NarrowUtf16(units.data(), n, out.data());
    for (size_t i = 0; i < n; ++i) EXPECT_EQ(out[i], units[i]) << n << " " << i;
    EXPECT_EQ(out[n], 0x2a);
    const std::u16string original = units;
    auto* bytes = reinterpret_cast<uint8_t*>(units.data());
    NarrowUtf16(units.data(), n, bytes);
    for (size_t i = 0; i < n; ++i) EXPECT_EQ(bytes[i], original[i]) << n << " in place " << i;
  }
}

TEST(Bytes, WidenLatin1FromTheSecondHalfOfItsOwnBuffer) {
  for (size_t n : {0u, 1u, 31u, 32u, 33u, 64u, 100u}) {
    std::u16string units(n, u'?');
    auto* half = reinterpret_cast<uint8_t*>(units.data()) + n;
    std::vector<uint8_t> bytes(n);
    for (size_t i = 0; i < n; ++i) bytes[i] = half[i] = static_cast<uint8_t>((i * 53 + 7) & 0xff);
    WidenLatin1(half, n, units.data());
    for (size_t i = 0; i < n; ++i) EXPECT_EQ(units[i], bytes[i]) << n << " " << i;
  }
}

TEST(Bytes, CopyAsciiClearsHighBit) {
  uint8_t src[10] = {0xe9, 0x41, 0xff, 0, 0x80, 1, 2, 3, 4, 0xc1};
  uint8_t dst[10];
  CopyAscii(src, 10, dst);
  EXPECT_EQ(dst[0], 0x69);
  EXPECT_EQ(dst[2], 0x7f);
  EXPECT_EQ(dst[9], 0x41);
}

}  // namespace
}  // namespace octet::buffer

namespace octet::buffer {
namespace {

// Reference for the vector paths: the plain loop over the shared decode table semantics.
std::string ScalarBase64(const std::string& in, Base64Mode mode) {
  const char* alphabet = mode == Base64Mode::kUrl
      ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
      : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 3 <= in.size(); i += 3) {
    uint32_t v = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8) | uint8_t(in[i + 2]);
    for (int s = 18; s >= 0; s -= 6) out += alphabet[(v >> s) & 63];
  }
  return out;  // whole groups only; tails are covered by the vectors above
}

TEST(Base64, VectorEncodeMatchesScalarOnLongInputs) {
  std::mt19937 rng(21);
  for (size_t n : {27u, 28u, 51u, 52u, 100u, 1000u, 4099u}) {
    std::string in(n, '\0');
    for (auto& c : in) c = static_cast<char>(rng());
    for (Base64Mode mode : {Base64Mode::kStandard, Base64Mode::kUrl}) {
      std::string out = EncodeBase64(in, mode);
      std::string want = ScalarBase64(in, mode);
      ASSERT_EQ(out.substr(0, want.size()), want) << n;
      ASSERT_EQ(DecodeBase64(out), in) << n;
    }
  }
}

TEST(Base64, VectorDecodeStopsAtJunkAndLeavesTailUntouched) {
  std::mt19937 rng(22);
  for (int round = 0; round < 300; ++round) {
    std::string in(200 + rng() % 100, '\0');
    for (auto& c : in) c = static_cast<char>(rng());
    std::string text = EncodeBase64(in, rng() % 2 ? Base64Mode::kUrl : Base64Mode::kStandard);
    // Sprinkle whitespace or a stray '=' somewhere: node's rules decide what follows.
    size_t at = rng() % text.size();
    text.insert(at, rng() % 2 ? "\n" : "=");
    auto src = Bytes(text);
    size_t cap = Base64DecodedSize(src.data(), src.size());
    std::vector<uint8_t> out(cap + 40, 0xee);
    size_t n = Base64Decode(src.data(), src.size(), out.data(), cap);
    for (size_t k = n; k < out.size(); ++k) ASSERT_EQ(out[k], 0xee) << "round " << round;
    // The same text decoded as two-byte input takes the scalar path: results must agree.
    std::u16string wide(text.begin(), text.end());
    std::vector<uint8_t> out2(cap + 40, 0xee);
    size_t n2 = Base64Decode(wide.data(), wide.size(), out2.data(), cap);
    ASSERT_EQ(n, n2) << "round " << round;
    ASSERT_EQ(out, out2) << "round " << round;
  }
}

TEST(Base64, EveryByteValueDecodesLikeTheTable) {
  // Each character value placed inside an otherwise valid 64-character run: vector and scalar
  // (two-byte) paths must agree on validity and value.
  for (int c = 0; c < 256; ++c) {
    std::string text(64, 'Q');
    text[37] = static_cast<char>(c);
    auto src = Bytes(text);
    std::vector<uint8_t> a(60, 0), b(60, 0);
    size_t n1 = Base64Decode(src.data(), src.size(), a.data(), 48);
    std::u16string wide(text.begin(), text.end());
    for (auto& ch : wide) ch = static_cast<uint8_t>(ch);
    size_t n2 = Base64Decode(wide.data(), wide.size(), b.data(), 48);
    ASSERT_EQ(n1, n2) << c;
    ASSERT_EQ(a, b) << c;
  }
}

}  // namespace
}  // namespace octet::buffer
