// Message digests: the Hash object under lib/internal/crypto/hash.js (an EVP_MD_CTX owned by a JS
// object), the one-shot crypto.hash() and getHashes().
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <string>
#include <vector>

#include "base_object.h"
#include "buffer/string_bytes.h"
#include "crypto/crypto_bindings.h"
#include "crypto/crypto_util.h"
#include "env.h"
#include "memory/external_memory.h"
#include "util.h"

namespace octet::crypto {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::String;
using v8::Uint32;
using v8::Value;

namespace {

class Hash final : public BaseObject {
 public:
  Hash(Environment* env, Local<Object> object, EVP_MD_CTX* ctx, size_t md_len)
      : BaseObject(env, object), ctx_(ctx), md_len_(md_len) {
    env->external_memory()->AddNativeBytes(kHashContextBytes);
  }
  ~Hash() override { Release(); }

  // new Hash(algorithm | Hash, outputLength | undefined): throws "Digest method not supported"
  // (or OpenSSL's reason) when the digest is unknown or cannot produce outputLength bytes.
  static void New(const FunctionCallbackInfo<Value>& info) {
    Environment* env = Environment::From(info);
    CHECK(info.IsConstructCall());
    ClearErrorOnReturn clear;
    const EVP_MD* md = nullptr;
    Hash* original = nullptr;
    if (info[0]->IsObject()) {
      original = Unwrap<Hash>(info[0]);
      CHECK_NE(original, nullptr);
      md = EVP_MD_CTX_get0_md(original->ctx_);
    } else {
      CHECK(info[0]->IsString());
      std::string name = ToStdString(env->isolate(), info[0]);
      md = GetDigest(name.c_str());
    }
    if (md == nullptr) return ThrowCryptoError(env, 0, "Digest method not supported");

    size_t md_len = static_cast<size_t>(EVP_MD_get_size(md));
    if (!info[1]->IsUndefined()) {
      CHECK(info[1]->IsUint32());
      size_t wanted = info[1].As<Uint32>()->Value();
      if (wanted != md_len) {
        // Only extendable-output functions (SHAKE) take a length of their own; node reports the
        // others with OpenSSL's reason for it.
        if ((EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) == 0) {
          ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
          return ThrowCryptoError(env, ERR_get_error(), "Digest method not supported");
        }
        md_len = wanted;
      }
    }

    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    CHECK_NE(ctx, nullptr);
    bool ok = original != nullptr ? EVP_MD_CTX_copy_ex(ctx, original->ctx_) == 1
                                  : EVP_DigestInit_ex2(ctx, md, nullptr) == 1;
    if (!ok) {
      EVP_MD_CTX_free(ctx);
      return ThrowCryptoError(env, ERR_get_error(), "Digest method not supported");
    }
    new Hash(env, info.This(), ctx, md_len);
  }

  // update(data, encoding) → false when OpenSSL refused the bytes.
  static void Update(const FunctionCallbackInfo<Value>& info) {
    Hash* hash = Unwrap<Hash>(info.This());
    CHECK_NE(hash, nullptr);
    ClearErrorOnReturn clear;
    InputBytes input(info.GetIsolate(), info[0], info[1]);
    bool ok = hash->ctx_ != nullptr &&
              EVP_DigestUpdate(hash->ctx_, input.data(), input.size()) == 1;
    info.GetReturnValue().Set(ok);
  }

  // digest(encoding) → string in that encoding, or an ArrayBuffer. The digest is computed once
  // and kept: a Hash used as a stream finishes in _flush(), and digest() may still be called
  // after that (some digests, SHA-3 among them, cannot be finalized twice).
  static void Digest(const FunctionCallbackInfo<Value>& info) {
    Environment* env = Environment::From(info);
    Hash* hash = Unwrap<Hash>(info.This());
    CHECK_NE(hash, nullptr);
    if (!hash->digested_ && hash->md_len_ > 0) {
      ClearErrorOnReturn clear;
      hash->digest_.resize(hash->md_len_);
      const EVP_MD* md = EVP_MD_CTX_get0_md(hash->ctx_);
      bool ok;
      if (hash->md_len_ == static_cast<size_t>(EVP_MD_get_size(md))) {
        unsigned int n = 0;
        ok = EVP_DigestFinal_ex(hash->ctx_, hash->digest_.data(), &n) == 1;
      } else {
        ok = EVP_DigestFinalXOF(hash->ctx_, hash->digest_.data(), hash->digest_.size()) == 1;
      }
      if (!ok) return ThrowCryptoError(env, ERR_get_error(), nullptr);
    }
    hash->digested_ = true;
    info.GetReturnValue().Set(
        EncodeOutput(env, hash->digest_.data(), hash->digest_.size(), info[0]));
  }

 private:
  void Release() {
    if (ctx_ == nullptr) return;
    EVP_MD_CTX_free(ctx_);
    ctx_ = nullptr;
    env()->external_memory()->AddNativeBytes(-kHashContextBytes);
  }

  // The context lives as long as the JS object, as in node: update() and copy() after a
  // stream's _flush() still reach it.
  EVP_MD_CTX* ctx_;
  size_t md_len_;
  std::vector<unsigned char> digest_;
  bool digested_ = false;
};

// oneShotDigest(algorithm, data, encoding) → digest (string or ArrayBuffer), or undefined when
// the algorithm is unknown.
void OneShotDigest(const FunctionCallbackInfo<Value>& info) {
  Environment* env = Environment::From(info);
  CHECK(info[0]->IsString());
  ClearErrorOnReturn clear;
  std::string name = ToStdString(env->isolate(), info[0]);
  const EVP_MD* md = GetDigest(name.c_str());
  if (md == nullptr) return;
  InputBytes input(env->isolate(), info[1], v8::Undefined(env->isolate()));
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (EVP_Digest(input.data(), input.size(), out, &n, md, nullptr) != 1) {
    return ThrowCryptoError(env, ERR_get_error(), "Digest failed");
  }
  info.GetReturnValue().Set(EncodeOutput(env, out, n, info[2]));
}

// getHashes() → every digest name (aliases included) that the loaded providers implement, in
// OpenSSL's sorted order; lib/ removes duplicates.
void GetHashes(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  std::vector<std::string> names;
  ClearErrorOnReturn clear;
  EVP_MD_do_all_sorted(
      [](const EVP_MD*, const char* from, const char*, void* arg) {
        if (from == nullptr) return;
        // Names of digests only a non-loaded provider implements (md4, whirlpool) are listed by
        // the object database but cannot be used: keep the ones that fetch.
        const EVP_MD* legacy = EVP_get_digestbyname(from);
        if (legacy == nullptr) return;
        const char* real = EVP_MD_get0_name(legacy);
        if (real == nullptr) return;
        EVP_MD* fetched = EVP_MD_fetch(nullptr, real, nullptr);
        if (fetched == nullptr) return;
        EVP_MD_free(fetched);
        static_cast<std::vector<std::string>*>(arg)->push_back(from);
      },
      &names);
  std::vector<Local<Value>> values;
  for (const std::string& name : names) values.push_back(OneByteString(isolate, name.c_str()));
  info.GetReturnValue().Set(Array::New(isolate, values.data(), values.size()));
}

}  // namespace

void InitializeHash(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, Hash::New, "Hash");
  auto proto = tmpl->PrototypeTemplate();
  proto->Set(isolate, "update", FunctionTemplate::New(isolate, Hash::Update));
  proto->Set(isolate, "digest", FunctionTemplate::New(isolate, Hash::Digest));
  SetValue(context, target, "Hash", tmpl->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "oneShotDigest", OneShotDigest);
  SetMethod(context, target, "getHashes", GetHashes);
}

}  // namespace octet::crypto
