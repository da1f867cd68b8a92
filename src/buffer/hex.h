// Hex both ways. Encoding is lower-case; decoding reads pairs until the first pair that is not two
// hex digits (node's rule) and reads two-byte input through its low byte.
#ifndef OCTET_SRC_BUFFER_HEX_H_
#define OCTET_SRC_BUFFER_HEX_H_

#include <cstddef>
#include <cstdint>

namespace octet::buffer {

// Writes 2 * n characters to dst.
void HexEncode(const uint8_t* src, size_t n, char* dst);

// Decodes at most dst_len bytes from the pairs of src; returns the bytes written. Nothing past
// the returned count is written.
size_t HexDecode(const uint8_t* src, size_t len, uint8_t* dst, size_t dst_len);
size_t HexDecode(const char16_t* src, size_t len, uint8_t* dst, size_t dst_len);

// For tests only: the same operations through one chosen kernel (the scalar code finishing
// whatever the vector kernel leaves), so that each kernel is checked whatever the dispatcher
// would pick on the test machine.
namespace detail {

enum class HexKernel { kScalar, kAvx2, kAvx512Vbmi };

// Whether this build and CPU can run the kernel.
bool HexKernelSupported(HexKernel kernel);
// Both require HexKernelSupported(kernel).
void HexEncodeWith(HexKernel kernel, const uint8_t* src, size_t n, char* dst);
size_t HexDecodeWith(HexKernel kernel, const uint8_t* src, size_t len, uint8_t* dst,
                     size_t dst_len);

}  // namespace detail

}  // namespace octet::buffer

#endif  // OCTET_SRC_BUFFER_HEX_H_
