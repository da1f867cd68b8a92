// The x86 vector intrinsics, for the kernels in src/buffer/ (chosen at run time, see cpu.h).
#ifndef OCTET_SRC_BUFFER_SIMD_H_
#define OCTET_SRC_BUFFER_SIMD_H_

#include "buffer/cpu.h"

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

namespace octet::buffer {

// Makes a loop constant opaque to the compiler so it stays in a register. gcc otherwise
// rebuilds broadcast constants inside hot loops (a mov and a vpbroadcastd each, every step).
template <typename... Vectors>
inline void PinRegisters(Vectors&... v) {
  (..., [](auto& x) { asm("" : "+v"(x)); }(v));
}

}  // namespace octet::buffer
#endif

#endif  // OCTET_SRC_BUFFER_SIMD_H_
