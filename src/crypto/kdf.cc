// Key derivation: PBKDF2, scrypt and HKDF as CryptoJobs (sync or on the thread pool), plus the
// two checks lib/ makes before it builds one: a digest's size and scrypt's parameter limits.
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <climits>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "crypto/crypto_bindings.h"
#include "crypto/crypto_util.h"
#include "crypto/job.h"
#include "env.h"
#include "util.h"

namespace octet::crypto {

using v8::ArrayBuffer;
using v8::BackingStore;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Int32;
using v8::Isolate;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::Uint32;
using v8::Value;

namespace {

const EVP_MD* DigestArg(Isolate* isolate, Local<Value> value) {
  CHECK(value->IsString());
  std::string name = ToStdString(isolate, value);
  const EVP_MD* md = GetDigest(name.c_str());
  CHECK_NE(md, nullptr);  // lib/ checked it with getDigestSize()
  return md;
}

size_t LengthArg(Local<Value> value) {
  CHECK(value->IsNumber());
  double length = value.As<Number>()->Value();
  CHECK(length >= 0 && length <= 4294967296.0);
  return static_cast<size_t>(length);
}

// A job whose result is `length` fresh bytes. The store is made on the main thread (it comes from
// the isolate's allocator) and only written by the work.
class DeriveJob : public CryptoJob {
 protected:
  DeriveJob(Environment* env, Local<Object> object, Mode mode, size_t length)
      : CryptoJob(env, object, mode),
        out_(ArrayBuffer::NewBackingStore(env->isolate(), length)) {}

  unsigned char* out() { return static_cast<unsigned char*>(out_->Data()); }
  size_t length() const { return out_->ByteLength(); }

  Local<Value> Result(Environment* env) override {
    return ArrayBuffer::New(env->isolate(), std::move(out_));
  }

 private:
  std::unique_ptr<BackingStore> out_;
};

class Pbkdf2Job final : public DeriveJob {
 public:
  // new PBKDF2Job(mode, password, salt, iterations, keylen, digest)
  static void New(const FunctionCallbackInfo<Value>& info) {
    Environment* env = Environment::From(info);
    CHECK(info.IsConstructCall());
    CHECK(info[3]->IsInt32());
    CHECK(info[4]->IsInt32());
    new Pbkdf2Job(env, info.This(), ModeArg(info[0]), CopyBytes(info[1]), CopyBytes(info[2]),
                  info[3].As<Int32>()->Value(), info[4].As<Int32>()->Value(),
                  DigestArg(env->isolate(), info[5]));
  }

 protected:
  bool DoWork() override {
    if (length() == 0) return true;
    return PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password_.data()),
                             static_cast<int>(password_.size()), salt_.data(),
                             static_cast<int>(salt_.size()), iterations_, md_,
                             static_cast<int>(length()), out()) == 1;
  }

 private:
  Pbkdf2Job(Environment* env, Local<Object> object, Mode mode, std::vector<unsigned char> password,
            std::vector<unsigned char> salt, int iterations, int keylen, const EVP_MD* md)
      : DeriveJob(env, object, mode, keylen),
        password_(std::move(password)),
        salt_(std::move(salt)),
        iterations_(iterations),
        md_(md) {}

  std::vector<unsigned char> password_;
  std::vector<unsigned char> salt_;
  int iterations_;
  const EVP_MD* md_;
};

struct ScryptParams {
  uint64_t n;
  uint64_t r;
  uint64_t p;
  uint64_t maxmem;
};

ScryptParams ScryptParamsArgs(const FunctionCallbackInfo<Value>& info, int first) {
  CHECK(info[first]->IsUint32());
  CHECK(info[first + 1]->IsUint32());
  CHECK(info[first + 2]->IsUint32());
  CHECK(info[first + 3]->IsNumber());
  double maxmem = info[first + 3].As<Number>()->Value();
  CHECK(maxmem >= 0);
  return {info[first].As<Uint32>()->Value(), info[first + 1].As<Uint32>()->Value(),
          info[first + 2].As<Uint32>()->Value(), static_cast<uint64_t>(maxmem)};
}

class ScryptJob final : public DeriveJob {
 public:
  // new ScryptJob(mode, password, salt, N, r, p, maxmem, keylen): parameters already accepted by
  // checkScryptParams().
  static void New(const FunctionCallbackInfo<Value>& info) {
    Environment* env = Environment::From(info);
    CHECK(info.IsConstructCall());
    CHECK(info[7]->IsInt32());
    new ScryptJob(env, info.This(), ModeArg(info[0]), CopyBytes(info[1]), CopyBytes(info[2]),
                  ScryptParamsArgs(info, 3), info[7].As<Int32>()->Value());
  }

 protected:
  bool DoWork() override {
    if (length() == 0) return true;
    return EVP_PBE_scrypt(reinterpret_cast<const char*>(password_.data()), password_.size(),
                          salt_.data(), salt_.size(), params_.n, params_.r, params_.p,
                          params_.maxmem, out(), length()) == 1;
  }

 private:
  ScryptJob(Environment* env, Local<Object> object, Mode mode, std::vector<unsigned char> password,
            std::vector<unsigned char> salt, ScryptParams params, int keylen)
      : DeriveJob(env, object, mode, keylen),
        password_(std::move(password)),
        salt_(std::move(salt)),
        params_(params) {}

  std::vector<unsigned char> password_;
  std::vector<unsigned char> salt_;
  ScryptParams params_;
};

class HkdfJob final : public DeriveJob {
 public:
  // new HKDFJob(mode, digest, key, salt, info, length)
  static void New(const FunctionCallbackInfo<Value>& info) {
    Environment* env = Environment::From(info);
    CHECK(info.IsConstructCall());
    new HkdfJob(env, info.This(), ModeArg(info[0]), DigestArg(env->isolate(), info[1]),
                CopyBytes(info[2]), CopyBytes(info[3]), CopyBytes(info[4]), LengthArg(info[5]));
  }

 protected:
  bool DoWork() override {
    if (length() == 0) return true;
    bool ok = Derive();
    // node reports every HKDF failure the same way, whatever OpenSSL said.
    if (!ok) ERR_clear_error();
    return ok;
  }

 private:
  HkdfJob(Environment* env, Local<Object> object, Mode mode, const EVP_MD* md,
          std::vector<unsigned char> key, std::vector<unsigned char> salt,
          std::vector<unsigned char> info, size_t length)
      : DeriveJob(env, object, mode, length),
        md_(md),
        key_(std::move(key)),
        salt_(std::move(salt)),
        info_(std::move(info)) {}

  bool Derive() {
    if ((EVP_MD_get_flags(md_) & EVP_MD_FLAG_XOF) != 0) return false;
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    if (kdf == nullptr) return false;
    EVP_KDF_CTX* ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (ctx == nullptr) return false;
    // Empty octet strings still need a valid pointer: OpenSSL reads null as "not given".
    static unsigned char empty = 0;
    auto octets = [](const char* key, std::vector<unsigned char>& bytes) {
      return OSSL_PARAM_construct_octet_string(key, bytes.empty() ? &empty : bytes.data(),
                                               bytes.size());
    };
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST,
                                         const_cast<char*>(EVP_MD_get0_name(md_)), 0),
        octets(OSSL_KDF_PARAM_KEY, key_),
        octets(OSSL_KDF_PARAM_SALT, salt_),
        octets(OSSL_KDF_PARAM_INFO, info_),
        OSSL_PARAM_construct_end(),
    };
    bool ok = EVP_KDF_derive(ctx, out(), length(), params) == 1;
    EVP_KDF_CTX_free(ctx);
    return ok;
  }

  const EVP_MD* md_;
  std::vector<unsigned char> key_;
  std::vector<unsigned char> salt_;
  std::vector<unsigned char> info_;
};

// getDigestSize(name) → the digest's output size in bytes, or -1 when OpenSSL has no such digest.
void GetDigestSize(const FunctionCallbackInfo<Value>& info) {
  CHECK(info[0]->IsString());
  std::string name = ToStdString(info.GetIsolate(), info[0]);
  const EVP_MD* md = GetDigest(name.c_str());
  info.GetReturnValue().Set(md == nullptr ? -1 : EVP_MD_get_size(md));
}

// checkScryptParams(N, r, p, maxmem) → undefined when OpenSSL accepts them, else OpenSSL's reason
// (an empty string when it gave none).
void CheckScryptParams(const FunctionCallbackInfo<Value>& info) {
  ScryptParams params = ScryptParamsArgs(info, 0);
  ClearErrorOnReturn clear;
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, params.n, params.r, params.p, params.maxmem, nullptr,
                     0) == 1) {
    return;
  }
  std::string reason;
  if (unsigned long err = ERR_peek_last_error()) {
    char text[256];
    ERR_error_string_n(err, text, sizeof(text));
    reason = text;
  }
  Local<v8::String> string;
  if (Utf8String(info.GetIsolate(), reason).ToLocal(&string)) info.GetReturnValue().Set(string);
}

}  // namespace

void InitializeKdf(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetValue(context, target, "PBKDF2Job",
           CryptoJob::MakeJobTemplate(env, Pbkdf2Job::New, "PBKDF2Job")
               ->GetFunction(context)
               .ToLocalChecked());
  SetValue(context, target, "ScryptJob",
           CryptoJob::MakeJobTemplate(env, ScryptJob::New, "ScryptJob")
               ->GetFunction(context)
               .ToLocalChecked());
  SetValue(context, target, "HKDFJob",
           CryptoJob::MakeJobTemplate(env, HkdfJob::New, "HKDFJob")
               ->GetFunction(context)
               .ToLocalChecked());
  SetMethod(context, target, "getDigestSize", GetDigestSize);
  SetMethod(context, target, "checkScryptParams", CheckScryptParams);
}

}  // namespace octet::crypto
