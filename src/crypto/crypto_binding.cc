// Binding `crypto`: hashes, HMAC, ciphers, random bytes and key derivation over OpenSSL 3, under
// lib/crypto.js and lib/internal/crypto/. Each concern registers its own part.
#include "crypto/crypto_bindings.h"
#include "crypto/job.h"
#include "env.h"
#include "util.h"

namespace octet {

void InitializeBinding_crypto(Environment* env, v8::Local<v8::Object> target) {
  crypto::InitializeHash(env, target);
  crypto::InitializeHmac(env, target);
  crypto::InitializeCipher(env, target);
  crypto::InitializeRandom(env, target);
  crypto::InitializeKdf(env, target);
  v8::Local<v8::Context> context = env->context();
  SetConstant(context, target, "kCryptoJobAsync", crypto::CryptoJob::kAsync);
  SetConstant(context, target, "kCryptoJobSync", crypto::CryptoJob::kSync);
}

}  // namespace octet
