#include "v8_flags.h"

#include <v8.h>

namespace octet {

void SetDefaultV8Flags() {
  // V8 10.2's optimizing compiler cannot read a property name's characters off the main thread,
  // so when it compiles in the background it gives up on every prototype property of a typed
  // array: each `buf.readUInt32LE`, `buf.length` or `u8.subarray` in a hot function stays a
  // generic inline-cache call. Compiling on the main thread inlines them: a record parser calling
  // four Buffer readers ran 56 → 406 M records/s (tools/bench/buffer-bytes.js, "record parser").
  // The cost is that optimization pauses the script instead of overlapping it.
  v8::V8::SetFlagsFromString("--no-concurrent-recompilation");
  // Off by default in V8 10.2. Optimized code then calls a binding's C++ fast path directly (no
  // handle scope, no FunctionCallbackInfo): Buffer.byteLength of a 16-character string went from
  // 73 to 138 M calls/s (node 20: 112). Only functions that register a CFunction are affected.
  v8::V8::SetFlagsFromString("--turbo-fast-api-calls");
}

}  // namespace octet
