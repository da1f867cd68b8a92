// The pieces of the `crypto` binding, one per concern; crypto_binding.cc puts them together.
#ifndef OCTET_SRC_CRYPTO_CRYPTO_BINDINGS_H_
#define OCTET_SRC_CRYPTO_CRYPTO_BINDINGS_H_

#include <v8.h>

namespace octet {

class Environment;

namespace crypto {

void InitializeHash(Environment* env, v8::Local<v8::Object> target);    // hash.cc
void InitializeHmac(Environment* env, v8::Local<v8::Object> target);    // hmac.cc
void InitializeCipher(Environment* env, v8::Local<v8::Object> target);  // cipher.cc
void InitializeRandom(Environment* env, v8::Local<v8::Object> target);  // random.cc
void InitializeKdf(Environment* env, v8::Local<v8::Object> target);     // kdf.cc

}  // namespace crypto
}  // namespace octet

#endif  // OCTET_SRC_CRYPTO_CRYPTO_BINDINGS_H_
