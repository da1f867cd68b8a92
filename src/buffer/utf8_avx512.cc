// UTF-8 kernels for CPUs with AVX-512 VBMI and VBMI2 (Ice Lake and later, Zen 4): decoding to
// UTF-16, encoding UTF-16 and Latin-1, and the UTF-8 length of UTF-16 and Latin-1. Chosen at run
// time by utf8.cc, which holds the scalar reference they are tested against.
#include "buffer/utf8_kernels.h"

#include <cstring>

#include "buffer/simd.h"

#if OCTET_HAVE_AVX2_KERNELS
// The kernels compress bytes and words (VBMI2) and permute bytes (VBMI).
#define OCTET_TARGET_UTF8_AVX512 \
  __attribute__((target("avx512f,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,bmi,bmi2,popcnt")))

namespace octet::buffer::detail {

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
  __m512i x_c0 = _mm512_set1_epi8(static_cast<char>(0xc0));  // below it (signed): continuations
  __m512i x_c2 = _mm512_set1_epi8(static_cast<char>(0xc2));
  __m512i x_e0 = _mm512_set1_epi8(static_cast<char>(0xe0));
  __m512i x_f0 = _mm512_set1_epi8(static_cast<char>(0xf0));
  __m512i x_f5 = _mm512_set1_epi8(static_cast<char>(0xf5));
  __m512i pair_high_bit = _mm512_set1_epi16(0x80);
  __m512i pair_payload = _mm512_set1_epi16(0x3f1f);
  __m512i ascii_payload = _mm512_set1_epi16(0x7f);
  __m512i pair_weights = _mm512_set1_epi16(0x0140);
  __m512i quad_weights_lo = _mm512_set1_epi32(0x01400140);
  __m512i quad_weights_hi = _mm512_set1_epi32(0x00011000);
  __m512i surrogate_mask = _mm512_set1_epi32(static_cast<int>(0xfffff800));
  __m512i surrogate_min = _mm512_set1_epi32(0xd800);
  PinRegisters(x_c0, x_c2, x_e0, x_f0, x_f5, pair_high_bit, pair_payload, ascii_payload,
               pair_weights, quad_weights_lo, quad_weights_hi, surrogate_mask, surrogate_min);
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
    const uint64_t cont = _mm512_cmplt_epi8_mask(v, x_c0);  // 0x80..0xbf
    const uint64_t leads_all = ~cont;
    // Characters led in the last three bytes may run past the block: they start the next one.
    // Found from those bytes with scalar arithmetic, so that the next block's start does not wait
    // for the vector compares (the loop's critical path). A byte leads unless it is 0x80..0xbf.
    uint32_t tail;
    memcpy(&tail, s + i + 60, 4);
    const uint32_t t = (tail & 0xc0c0c0c0u) ^ 0x80808080u;  // a zero byte is a continuation
    const uint32_t leads_tail = (((t & 0x7f7f7f7fu) + 0x7f7f7f7fu) | t) & 0x80808000u;
    const size_t end =
        leads_tail == 0 ? 64 : 60 + static_cast<size_t>(__builtin_ctz(leads_tail)) / 8;
    const uint64_t region = end == 64 ? ~0ull : (1ull << end) - 1;
    const uint64_t ge_c0 = _mm512_cmpge_epu8_mask(v, x_c0);
    const uint64_t ge_e0 = _mm512_cmpge_epu8_mask(v, x_e0);
    const uint64_t ge_f0 = _mm512_cmpge_epu8_mask(v, x_f0);
    const uint64_t ge_f5 = _mm512_cmpge_epu8_mask(v, x_f5);
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
    if ((ge_e0 & region) == 0 && _mm512_mask_cmplt_epu8_mask(ge_c0 & region, v, x_c2) == 0) {
      // Only ASCII and well-formed 2-byte characters (no overlong 0xc0/0xc1 leads): 32 units a
      // step in 16-bit lanes, with nothing left to check.
      for (size_t t = 0; t < units; t += 32) {
        const __mmask32 active = static_cast<__mmask32>(_bzhi_u64(~0ull, units - t));
        const __m512i index = _mm512_add_epi8(
            _mm512_permutexvar_epi8(
                _mm512_add_epi8(spread_pairs, _mm512_set1_epi8(static_cast<char>(t))), positions),
            pair_offsets);
        const __m512i w = _mm512_permutexvar_epi8(index, v);
        const __mmask32 ascii_lane = _mm512_testn_epi16_mask(w, pair_high_bit);
        const __m512i x = _mm512_and_si512(
            w, _mm512_mask_blend_epi16(ascii_lane, pair_payload, ascii_payload));
        __m512i unit = _mm512_maddubs_epi16(x, pair_weights);  // b0 * 64 + b1
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
      const __m512i y =
          _mm512_madd_epi16(_mm512_maddubs_epi16(x, quad_weights_lo), quad_weights_hi);
      const __m512i value = _mm512_srlv_epi32(y, _mm512_permutexvar_epi32(nibble, lane_shift));
      const __mmask16 bad =
          _mm512_mask_cmplt_epu32_mask(active, value, _mm512_permutexvar_epi32(nibble, lane_min)) |
          _mm512_mask_cmpgt_epu32_mask(active, value, _mm512_permutexvar_epi32(nibble, lane_max)) |
          _mm512_mask_cmpeq_epi32_mask(active, _mm512_and_si512(value, surrogate_mask),
                                       surrogate_min);
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

// UTF-8 → Latin-1 while every character fits a byte: ASCII, and two-byte sequences led by 0xc2
// or 0xc3 (U+0080..U+00FF). 64 bytes a step: each continuation byte takes its lead's two payload
// bits, then the leads are compressed out. Stops before the first block holding anything else
// (a larger character, malformed input), which the scalar code resolves. Writes at most as many
// bytes as it reads, each step 64 at a time, so d needs n bytes. Returns the input index reached.
OCTET_TARGET_UTF8_AVX512 size_t DecodeLatin1Avx512(const uint8_t* s, size_t n, uint8_t* d,
                                                   size_t* out) {
  alignas(64) static constexpr uint8_t kPrevious[64] = {
      0,  0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
      21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
      43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62};
  const __m512i previous = _mm512_load_si512(kPrevious);  // byte k ← byte k - 1
  __m512i x_c0 = _mm512_set1_epi8(static_cast<char>(0xc0));
  __m512i x_c2 = _mm512_set1_epi8(static_cast<char>(0xc2));
  __m512i x_fe = _mm512_set1_epi8(static_cast<char>(0xfe));
  __m512i x_3f = _mm512_set1_epi8(0x3f);
  __m512i x_03 = _mm512_set1_epi8(0x03);
  PinRegisters(x_c0, x_c2, x_fe, x_3f, x_03);
  size_t i = 0;
  size_t o = *out;
  while (i + 64 <= n) {
    const __m512i v = _mm512_loadu_si512(s + i);
    const uint64_t high = _mm512_movepi8_mask(v);
    if (high == 0) {
      _mm512_storeu_si512(d + o, v);
      i += 64;
      o += 64;
      continue;
    }
    const uint64_t leads = _mm512_cmpge_epu8_mask(v, x_c0);
    const uint64_t cont = high & ~leads;
    const uint64_t small_leads = _mm512_cmpeq_epi8_mask(_mm512_and_si512(v, x_fe), x_c2);
    // A lead in the last byte has its continuation in the next block.
    const uint64_t region = (small_leads >> 63) != 0 ? ~0ull >> 1 : ~0ull;
    // Every lead in the region is followed, inside it, by exactly one continuation byte.
    if ((leads & ~small_leads & region) != 0 || ((small_leads & region) << 1) != (cont & region)) {
      break;
    }
    // Continuation bytes: (lead & 3) << 6 | (byte & 0x3f); a 16-bit shift keeps the two bits
    // within their byte.
    const __m512i lead_bits =
        _mm512_slli_epi16(_mm512_and_si512(_mm512_permutexvar_epi8(previous, v), x_03), 6);
    const __m512i bytes = _mm512_mask_mov_epi8(
        v, cont, _mm512_or_si512(lead_bits, _mm512_and_si512(v, x_3f)));
    const uint64_t keep = ~small_leads & region;
    _mm512_storeu_si512(d + o, _mm512_maskz_compress_epi8(keep, bytes));
    i += region == ~0ull ? 64 : 63;
    o += static_cast<size_t>(__builtin_popcountll(keep));
  }
  *out = o;
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
// and stored under a mask, so nothing past the output is touched. Which units are surrogates,
// and which pair up, is found on the 16-bit units (256-bit compares: half the work of 512-bit
// ones on CPUs that split those, such as Zen 4). A pair whose high half ends a step is written
// whole there, and the next step is told (carry) that its first unit is that pair's low half.
// Runs while 17 units (a pair may end one past the step) and 64 bytes of room remain: the
// scalar code finishes, including any character that must not be split at the capacity limit.
// Returns units read.
OCTET_TARGET_UTF8_AVX512 size_t EncodeUtf16Avx512(const char16_t* s, size_t n, uint8_t* d,
                                                  size_t cap, size_t* written, bool replace) {
  __m512i pick2 = _mm512_set1_epi64(static_cast<long long>(kPick2));
  __m512i pick3 = _mm512_set1_epi64(static_cast<long long>(kPick3));
  __m512i pick4 = _mm512_set1_epi64(static_cast<long long>(kPick4));
  __m512i mask2 = _mm512_set1_epi32(0x3f1f);
  __m512i bits2 = _mm512_set1_epi32(0x80c0);
  __m512i mask3 = _mm512_set1_epi32(0x3f3f0f);
  __m512i bits3 = _mm512_set1_epi32(0x8080e0);
  __m512i mask4 = _mm512_set1_epi32(0x3f3f3f07);
  __m512i bits4 = _mm512_set1_epi32(static_cast<int>(0x808080f0));
  __m512i x80 = _mm512_set1_epi32(0x80);
  __m512i x800 = _mm512_set1_epi32(0x800);
  __m512i pair_bias = _mm512_set1_epi32(0x35fdc00);  // (0xd800 << 10) + 0xdc00 - 0x10000
  __m512i replacement = _mm512_set1_epi32(0xbdbfef);  // U+FFFD in UTF-8
  __m512i ascii_limit = _mm512_set1_epi16(0x80);
  __m256i unit_x80 = _mm256_set1_epi16(0x80);
  __m256i unit_xf800 = _mm256_set1_epi16(static_cast<short>(0xf800));
  __m256i unit_xfc00 = _mm256_set1_epi16(static_cast<short>(0xfc00));
  __m256i unit_xd800 = _mm256_set1_epi16(static_cast<short>(0xd800));
  __m256i unit_xdc00 = _mm256_set1_epi16(static_cast<short>(0xdc00));
  PinRegisters(pick2, pick3, pick4, mask2, bits2, mask3, bits3, mask4, bits4, x80, x800, pair_bias,
               replacement, ascii_limit, unit_x80, unit_xf800, unit_xfc00, unit_xd800, unit_xdc00);
  constexpr uint64_t kLaneFirstBytes = 0x1111111111111111ull;
  size_t i = 0;
  size_t o = 0;
  __mmask16 carry = 0;       // the step's first unit is the low half of a pair already written
  bool after_ascii = true;   // the last step was all ASCII: try 32 units at once
  while (i + 17 <= n && cap - o >= 64) {
    if (after_ascii && i + 32 <= n) {
      const __m512i v = _mm512_loadu_si512(s + i);
      if (_mm512_cmpge_epu16_mask(v, ascii_limit) == 0) {
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(d + o), _mm512_cvtepi16_epi8(v));
        i += 32;
        o += 32;
        carry = 0;
        continue;
      }
    }
    const __m256i units = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i));
    const __mmask16 non_ascii = _mm256_cmpge_epu16_mask(units, unit_x80);
    if (non_ascii == 0) {
      _mm_storeu_si128(reinterpret_cast<__m128i*>(d + o), _mm256_cvtepi16_epi8(units));
      i += 16;
      o += 16;
      carry = 0;
      after_ascii = true;
      continue;
    }
    after_ascii = false;
    const __m512i c = _mm512_cvtepu16_epi32(units);
    const __mmask16 surrogate =
        _mm256_cmpeq_epi16_mask(_mm256_and_si256(units, unit_xf800), unit_xd800);
    __m512i bytes = MaskOr(_mm512_multishift_epi64_epi8(pick3, c), mask3, bits3);
    bytes = _mm512_mask_mov_epi32(bytes, _mm512_cmplt_epu32_mask(c, x800),
                                  MaskOr(_mm512_multishift_epi64_epi8(pick2, c), mask2, bits2));
    bytes = _mm512_mask_mov_epi32(bytes, _mm512_cmplt_epu32_mask(c, x80), c);
    uint64_t keep;
    if (surrogate == 0) {
      carry = 0;
      // Every lane's first byte is kept, even NUL; the others where they are nonzero.
      keep = _mm512_test_epi8_mask(bytes, bytes) | kLaneFirstBytes;
    } else {
      const __m256i next = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i + 1));
      const __mmask16 high =
          _mm256_cmpeq_epi16_mask(_mm256_and_si256(units, unit_xfc00), unit_xd800);
      const __mmask16 next_low =
          _mm256_cmpeq_epi16_mask(_mm256_and_si256(next, unit_xfc00), unit_xdc00);
      const __mmask16 pair_high = high & next_low;
      const __mmask16 pair_low = static_cast<__mmask16>((pair_high << 1) | carry);
      carry = static_cast<__mmask16>(pair_high >> 15);
      // cp = 0x10000 + (high - 0xd800 << 10) + (low - 0xdc00)
      const __m512i cp = _mm512_sub_epi32(
          _mm512_add_epi32(_mm512_slli_epi32(c, 10), _mm512_cvtepu16_epi32(next)), pair_bias);
      bytes = _mm512_mask_mov_epi32(bytes, pair_high,
                                    MaskOr(_mm512_multishift_epi64_epi8(pick4, cp), mask4, bits4));
      if (replace) {
        bytes = _mm512_mask_mov_epi32(bytes, surrogate & ~pair_high & ~pair_low, replacement);
      }
      // A pair's low half writes nothing; every other lane keeps its first byte, even NUL.
      const uint64_t dropped = _pdep_u64(pair_low, kLaneFirstBytes) * 0xf;
      keep = (_mm512_test_epi8_mask(bytes, bytes) | kLaneFirstBytes) & ~dropped;
    }
    const size_t m = static_cast<size_t>(__builtin_popcountll(keep));
    _mm512_mask_storeu_epi8(d + o, _bzhi_u64(~0ull, m), _mm512_maskz_compress_epi8(keep, bytes));
    o += m;
    i += 16;
  }
  *written = o;
  // A pair whose high half ended the last step was written whole: its low half is read too.
  if (carry != 0) ++i;
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

}  // namespace octet::buffer::detail

#endif  // OCTET_HAVE_AVX2_KERNELS
