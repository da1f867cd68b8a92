// The contract between lib/ and src/: a binding is a named object of native functions that JS gets
// from `internalBinding(name)`. One file per concern defines `InitializeBinding_<name>`, last in the
// file; src/binding_list.h names them all, so the whole runtime's native surface is in one list.
#ifndef OCTET_SRC_BINDING_H_
#define OCTET_SRC_BINDING_H_

#include <v8.h>

namespace octet {

class Environment;

using BindingInitializer = void (*)(Environment* env, v8::Local<v8::Object> target);

struct BindingEntry {
  const char* name;
  BindingInitializer initialize;
};

// Looks a binding up by name; nullptr when there is none.
const BindingEntry* FindBinding(const char* name);

}  // namespace octet

#endif  // OCTET_SRC_BINDING_H_
