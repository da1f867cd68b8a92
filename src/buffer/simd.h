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

// Makes loop constants opaque to the compiler so they stay in registers. gcc otherwise rebuilds
// broadcast constants inside hot loops (a mov and a vpbroadcastd each, every step). Only for
// AVX-512 kernels: a 512-bit register operand needs the target feature where the asm sits.
template <typename Vector>
__attribute__((target("avx512f"), always_inline)) inline void PinRegister(Vector& v) {
  asm("" : "+v"(v));
}
template <typename... Vectors>
__attribute__((target("avx512f"), always_inline)) inline void PinRegisters(Vectors&... v) {
  (PinRegister(v), ...);
}

}  // namespace octet::buffer
#endif

#endif  // OCTET_SRC_BUFFER_SIMD_H_
