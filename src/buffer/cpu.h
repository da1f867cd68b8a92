// Which vector instructions this CPU has, asked once. Kernels built for AVX2 are chosen at run
// time so that the binary still runs on any x86-64.
#ifndef OCTET_SRC_BUFFER_CPU_H_
#define OCTET_SRC_BUFFER_CPU_H_

namespace octet::buffer {

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define OCTET_HAVE_AVX2_KERNELS 1
#define OCTET_TARGET_AVX2 __attribute__((target("avx2,bmi,bmi2,popcnt")))
#define OCTET_TARGET_AVX512VBMI __attribute__((target("avx512f,avx512bw,avx512vbmi,bmi2")))
inline bool CpuHasAvx2() {
  static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi2");
  return has;
}
// Byte permutes across 64-byte registers (Ice Lake and later, Zen 4).
inline bool CpuHasAvx512Vbmi() {
  static const bool has = __builtin_cpu_supports("avx512f") &&
                          __builtin_cpu_supports("avx512bw") &&
                          __builtin_cpu_supports("avx512vbmi");
  return has;
}
#else
#define OCTET_HAVE_AVX2_KERNELS 0
inline bool CpuHasAvx2() { return false; }
inline bool CpuHasAvx512Vbmi() { return false; }
#endif

}  // namespace octet::buffer

#endif  // OCTET_SRC_BUFFER_CPU_H_
