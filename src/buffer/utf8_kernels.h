// The UTF-8 kernels shared between src/buffer/utf8.cc (dispatch, scalar code) and
// src/buffer/utf8_avx512.cc (the AVX-512 kernels): private to those two files and their tests.
#ifndef OCTET_SRC_BUFFER_UTF8_KERNELS_H_
#define OCTET_SRC_BUFFER_UTF8_KERNELS_H_

#include <cstddef>
#include <cstdint>

#include "buffer/cpu.h"

namespace octet::buffer::detail {

inline bool IsHighSurrogate(char16_t c) { return (c & 0xfc00) == 0xd800; }
inline bool IsLowSurrogate(char16_t c) { return (c & 0xfc00) == 0xdc00; }

// The reference decoder (utf8.cc): decodes s[i..] while i < stop, finishing a sequence that
// starts before stop (n bounds it). Returns the new index; *out and *units_or carry the output
// position and the OR of the units written.
size_t DecodeScalar(const uint8_t* s, size_t n, size_t i, size_t stop, char16_t* d, size_t* out,
                    uint32_t* units_or);

#if OCTET_HAVE_AVX2_KERNELS
// AVX-512 (F, BW, VL, VBMI, VBMI2) kernels (utf8_avx512.cc); call only when the CPU has them.
// Each returns how far it got (input index, or the length for the counters); the scalar code
// finishes from there.
size_t DecodeAvx512(const uint8_t* s, size_t n, char16_t* d, size_t* out, uint32_t* units_or);
size_t DecodeLatin1Avx512(const uint8_t* s, size_t n, uint8_t* d, size_t* out);
size_t Utf8LengthUtf16Avx512(const char16_t* s, size_t n);
size_t Utf8LengthLatin1Avx512(const uint8_t* s, size_t n);
size_t EncodeUtf16Avx512(const char16_t* s, size_t n, uint8_t* d, size_t cap, size_t* written,
                         bool replace);
size_t EncodeLatin1Avx512(const uint8_t* s, size_t n, uint8_t* d, size_t cap, size_t* written);
#endif

}  // namespace octet::buffer::detail

#endif  // OCTET_SRC_BUFFER_UTF8_KERNELS_H_
