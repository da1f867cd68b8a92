// Every native binding, in one list. Add a line here and define
// `void octet::InitializeBinding_<name>(Environment*, v8::Local<v8::Object>)` in the binding's file.
#ifndef OCTET_SRC_BINDING_LIST_H_
#define OCTET_SRC_BINDING_LIST_H_

#define OCTET_BINDING_LIST(V) \
  V(buffer)                   \
  V(builtins)                 \
  V(crypto)                   \
  V(diagnostics)              \
  V(fs)                       \
  V(memory)                   \
  V(modules)                  \
  V(os)                       \
  V(pipe_wrap)                \
  V(process)                  \
  V(serdes)                   \
  V(timers)                   \
  V(stream_wrap)              \
  V(structured_clone)         \
  V(tcp_wrap)                 \
  V(tty_wrap)                 \
  V(types)                    \
  V(util)                     \
  V(uv)                       \
  V(v8)

#endif  // OCTET_SRC_BINDING_LIST_H_
