// The mark that says "this ArrayBuffer is one of Buffer's pool slabs".
//
// Many small Buffers share one pool ArrayBuffer, so transferring it (structuredClone's `transfer`)
// would detach every other Buffer carved from it; node refuses and copies instead. The mark lives in
// an ArrayBuffer embedder field V8 reserves for embedders (zero on every other ArrayBuffer), so
// marking a new pool costs one store and no JS-visible property. Field 1 rather than 0: BaseObject
// keeps its native pointer in field 0 of its objects, and an ArrayBuffer must never look like one.
#ifndef OCTET_SRC_MEMORY_POOL_TAG_H_
#define OCTET_SRC_MEMORY_POOL_TAG_H_

#include <v8.h>

namespace octet {

inline constexpr int kPoolTagField = 1;
static_assert(kPoolTagField < v8::ArrayBuffer::kEmbedderFieldCount,
              "V8 build without room for the pool tag");

// Only its address matters; aligned so V8 stores it as an aligned pointer (it looks like a Smi).
alignas(8) inline char pool_array_buffer_tag = 0;

inline void MarkPoolArrayBuffer(v8::Local<v8::ArrayBuffer> buffer) {
  buffer->SetAlignedPointerInInternalField(kPoolTagField, &pool_array_buffer_tag);
}

inline bool IsPoolArrayBuffer(v8::Local<v8::ArrayBuffer> buffer) {
  return buffer->GetAlignedPointerFromInternalField(kPoolTagField) == &pool_array_buffer_tag;
}

}  // namespace octet

#endif  // OCTET_SRC_MEMORY_POOL_TAG_H_
