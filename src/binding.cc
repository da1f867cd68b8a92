// The central list of bindings (src/binding_list.h) turned into a lookup table.
#include "binding.h"

#include <cstring>

#include "binding_list.h"

namespace octet {

#define OCTET_DECLARE_BINDING(name) \
  void InitializeBinding_##name(Environment* env, v8::Local<v8::Object> target);
OCTET_BINDING_LIST(OCTET_DECLARE_BINDING)
#undef OCTET_DECLARE_BINDING

namespace {
#define OCTET_BINDING_ENTRY(name) {#name, InitializeBinding_##name},
const BindingEntry kBindings[] = {OCTET_BINDING_LIST(OCTET_BINDING_ENTRY)};
#undef OCTET_BINDING_ENTRY
}  // namespace

const BindingEntry* FindBinding(const char* name) {
  for (const BindingEntry& entry : kBindings) {
    if (strcmp(entry.name, name) == 0) return &entry;
  }
  return nullptr;
}

}  // namespace octet
