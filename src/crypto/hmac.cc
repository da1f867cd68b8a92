// HMAC: the Hmac object under lib/internal/crypto/hash.js, an EVP_MAC_CTX owned by a JS object.
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <string>
#include <vector>

#include "base_object.h"
#include "crypto/crypto_bindings.h"
#include "crypto/crypto_util.h"
#include "env.h"
#include "memory/external_memory.h"
#include "util.h"

namespace octet::crypto {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

class Hmac final : public BaseObject {
 public:
  Hmac(Environment* env, Local<Object> object) : BaseObject(env, object) {}
  ~Hmac() override { Release(); }

  static void New(const FunctionCallbackInfo<Value>& info) {
    CHECK(info.IsConstructCall());
    new Hmac(Environment::From(info), info.This());
  }

  // init(digest, key) → false when the digest is unknown (lib/ throws ERR_CRYPTO_INVALID_DIGEST).
  static void Init(const FunctionCallbackInfo<Value>& info) {
    Environment* env = Environment::From(info);
    Hmac* hmac = Unwrap<Hmac>(info.This());
    CHECK_NE(hmac, nullptr);
    CHECK(info[0]->IsString());
    ClearErrorOnReturn clear;
    hmac->Release();
    std::string name = ToStdString(env->isolate(), info[0]);
    const EVP_MD* md = GetDigest(name.c_str());
    if (md == nullptr) return info.GetReturnValue().Set(false);
    info.GetReturnValue().Set(true);
    // HMAC is undefined over extendable-output digests; OpenSSL refuses them without a reason,
    // and node reports exactly that empty error.
    if ((EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0) return ThrowCryptoError(env, 0, nullptr);

    InputBytes key(env->isolate(), info[1], v8::Undefined(env->isolate()));
    // A zero-length key is a valid HMAC key, but OpenSSL reads a null pointer as "no key".
    static const unsigned char kEmpty = 0;
    const unsigned char* key_data = key.size() > 0 ? key.data() : &kEmpty;

    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    CHECK_NE(mac, nullptr);
    EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(mac);
    EVP_MAC_free(mac);  // the context keeps its own reference
    CHECK_NE(ctx, nullptr);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST,
                                         const_cast<char*>(EVP_MD_get0_name(md)), 0),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_MAC_init(ctx, key_data, key.size(), params) != 1) {
      EVP_MAC_CTX_free(ctx);
      return ThrowCryptoError(env, ERR_get_error(), nullptr);
    }
    hmac->ctx_ = ctx;
    env->external_memory()->AddNativeBytes(kHmacContextBytes);
  }

  // update(data, encoding) → false when there is no context or OpenSSL refused the bytes.
  static void Update(const FunctionCallbackInfo<Value>& info) {
    Hmac* hmac = Unwrap<Hmac>(info.This());
    CHECK_NE(hmac, nullptr);
    ClearErrorOnReturn clear;
    InputBytes input(info.GetIsolate(), info[0], info[1]);
    bool ok = hmac->ctx_ != nullptr && EVP_MAC_update(hmac->ctx_, input.data(), input.size()) == 1;
    info.GetReturnValue().Set(ok);
  }

  // digest(encoding) → string in that encoding, or an ArrayBuffer. Frees the context.
  static void Digest(const FunctionCallbackInfo<Value>& info) {
    Environment* env = Environment::From(info);
    Hmac* hmac = Unwrap<Hmac>(info.This());
    CHECK_NE(hmac, nullptr);
    ClearErrorOnReturn clear;
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t n = 0;
    if (hmac->ctx_ != nullptr) {
      bool ok = EVP_MAC_final(hmac->ctx_, out, &n, sizeof(out)) == 1;
      hmac->Release();
      if (!ok) return ThrowCryptoError(env, ERR_get_error(), "Digest failed");
    }
    info.GetReturnValue().Set(EncodeOutput(env, out, n, info[0]));
  }

 private:
  void Release() {
    if (ctx_ == nullptr) return;
    EVP_MAC_CTX_free(ctx_);
    ctx_ = nullptr;
    env()->external_memory()->AddNativeBytes(-kHmacContextBytes);
  }

  EVP_MAC_CTX* ctx_ = nullptr;
};

}  // namespace

void InitializeHmac(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, Hmac::New, "Hmac");
  auto proto = tmpl->PrototypeTemplate();
  proto->Set(isolate, "init", FunctionTemplate::New(isolate, Hmac::Init));
  proto->Set(isolate, "update", FunctionTemplate::New(isolate, Hmac::Update));
  proto->Set(isolate, "digest", FunctionTemplate::New(isolate, Hmac::Digest));
  SetValue(context, target, "Hmac", tmpl->GetFunction(context).ToLocalChecked());
}

}  // namespace octet::crypto
