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

TEST(Hex, EncodesLowerCaseAcrossVectorAndTail) {
  std::mt19937 rng(3);
  for (size_t n : {0u, 1u, 31u, 32u, 33u, 100u, 1000u}) {
    std::vector<uint8_t> in(n);
    for (auto& b : in) b = static_cast<uint8_t>(rng());
    std::string out(2 * n, '\0');
    HexEncode(in.data(), n, out.data());
    for (size_t i = 0; i < n; ++i) {
      char want[3];
      snprintf(want, sizeof(want), "%02x", in[i]);
      ASSERT_EQ(out.substr(2 * i, 2), want) << "n=" << n << " i=" << i;
    }
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
