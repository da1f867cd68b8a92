// Binding `crypto`: hashes, HMAC, ciphers, random bytes and key derivation over OpenSSL 3, under
// lib/crypto.js and lib/internal/crypto/. Each concern registers its own part; the constant-time
// comparison is small enough to live here.
#include <openssl/crypto.h>

#include "crypto/crypto_bindings.h"
#include "crypto/job.h"
#include "env.h"
#include "util.h"

namespace octet {

namespace {

// timingSafeEqual(a, b) over two ArrayBuffers / views of the same length (checked by lib/): the
// time taken does not depend on where they differ.
void TimingSafeEqual(const v8::FunctionCallbackInfo<v8::Value>& info) {
  for (int i = 0; i < 2; i++) {
    CHECK(info[i]->IsArrayBufferView() || info[i]->IsArrayBuffer() ||
          info[i]->IsSharedArrayBuffer());
  }
  ByteSpan a = ViewBytes(info[0]);
  ByteSpan b = ViewBytes(info[1]);
  CHECK_EQ(a.length, b.length);
  info.GetReturnValue().Set(a.length == 0 || CRYPTO_memcmp(a.data, b.data, a.length) == 0);
}

}  // namespace

void InitializeBinding_crypto(Environment* env, v8::Local<v8::Object> target) {
  crypto::InitializeHash(env, target);
  crypto::InitializeHmac(env, target);
  crypto::InitializeCipher(env, target);
  crypto::InitializeRandom(env, target);
  crypto::InitializeKdf(env, target);
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "timingSafeEqual", TimingSafeEqual);
  SetConstant(context, target, "kCryptoJobAsync", crypto::CryptoJob::kAsync);
  SetConstant(context, target, "kCryptoJobSync", crypto::CryptoJob::kSync);
}

}  // namespace octet
