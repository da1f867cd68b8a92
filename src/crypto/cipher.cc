// Symmetric ciphers: the CipherBase object under lib/internal/crypto/cipher.js (an EVP_CIPHER_CTX
// owned by a JS object) and getCiphers(). Authenticated modes (GCM, CCM, OCB,
// chacha20-poly1305) keep their tag here: set before decryption, read after encryption.
//
// Failures that carry an OpenSSL reason are thrown here with it; the others come back as status
// codes (the k* constants exported to lib/), which lib/ turns into node's coded errors.
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <climits>
#include <cstring>
#include <string>
#include <vector>

#include "base_object.h"
#include "crypto/crypto_bindings.h"
#include "crypto/crypto_util.h"
#include "env.h"
#include "memory/external_memory.h"
#include "util.h"

namespace octet::crypto {

using v8::ArrayBuffer;
using v8::BackingStore;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Int32;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

// initiv() results.
enum InitStatus : int {
  kInitOk = 0,
  kInitUnknownCipher = 1,
  kInitInvalidIv = 2,
  kInitInvalidKeyLength = 3,
  kInitInvalidAuthTagLength = 4,
  kInitAuthTagLengthRequired = 5,
};

// setAAD() / setAuthTag() results.
enum StepStatus : int {
  kStepOk = 0,
  kStepInvalidState = 1,
  kStepInvalidAuthTagLength = 2,
  kStepPlaintextLengthRequired = 3,
  kStepInvalidMessageLength = 4,
};

constexpr unsigned int kNoAuthTagLength = static_cast<unsigned int>(-1);
constexpr size_t kMaxAuthTagLength = 16;

bool IsSupportedAuthenticatedMode(const EVP_CIPHER* cipher) {
  switch (EVP_CIPHER_get_mode(cipher)) {
    case EVP_CIPH_CCM_MODE:
    case EVP_CIPH_GCM_MODE:
    case EVP_CIPH_OCB_MODE:
      return true;
    case EVP_CIPH_STREAM_CIPHER:
      return EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305;
    default:
      return false;
  }
}

// NIST SP 800-38D restricts GCM tags to these lengths.
bool IsValidGcmTagLength(unsigned int length) {
  return length == 4 || length == 8 || (length >= 12 && length <= 16);
}

// A backing store of `capacity` bytes cut down to the `used` bytes written into it.
Local<ArrayBuffer> Shrink(Isolate* isolate, std::unique_ptr<BackingStore> store, size_t used) {
  if (used == store->ByteLength()) return ArrayBuffer::New(isolate, std::move(store));
  return NewArrayBuffer(isolate, static_cast<unsigned char*>(store->Data()), used);
}

class CipherBase final : public BaseObject {
 public:
  CipherBase(Environment* env, Local<Object> object, bool encrypt)
      : BaseObject(env, object), encrypt_(encrypt) {}
  ~CipherBase() override { Release(); }

  // new CipherBase(encrypt)
  static void New(const FunctionCallbackInfo<Value>& info) {
    CHECK(info.IsConstructCall());
    new CipherBase(Environment::From(info), info.This(), info[0]->IsTrue());
  }

  // initiv(name, key, iv | null, authTagLength | -1) → InitStatus.
  static void InitIv(const FunctionCallbackInfo<Value>& info) {
    Environment* env = Environment::From(info);
    Isolate* isolate = env->isolate();
    CipherBase* self = Unwrap<CipherBase>(info.This());
    CHECK_NE(self, nullptr);
    CHECK_EQ(self->ctx_, nullptr);
    CHECK(info[0]->IsString());
    CHECK(info[3]->IsNumber());
    ClearErrorOnReturn clear;

    std::string name = ToStdString(isolate, info[0]);
    const EVP_CIPHER* cipher = EVP_get_cipherbyname(name.c_str());
    if (cipher == nullptr) return info.GetReturnValue().Set(kInitUnknownCipher);

    InputBytes key(isolate, info[1], v8::Undefined(isolate));
    std::optional<InputBytes> iv;
    if (!info[2]->IsNull()) iv.emplace(isolate, info[2], v8::Undefined(isolate));
    size_t iv_len = iv ? iv->size() : 0;
    const unsigned char* iv_data = iv && iv_len > 0 ? iv->data() : nullptr;

    const int expected_iv_len = EVP_CIPHER_get_iv_length(cipher);
    const bool authenticated = IsSupportedAuthenticatedMode(cipher);
    const bool has_iv = iv_len > 0;
    if (!has_iv && expected_iv_len != 0) return info.GetReturnValue().Set(kInitInvalidIv);
    // Authenticated modes take IVs of many lengths; the others exactly their own.
    if (!authenticated && has_iv && static_cast<int>(iv_len) != expected_iv_len) {
      return info.GetReturnValue().Set(kInitInvalidIv);
    }
    // OpenSSL does not check this itself (CVE-2019-1543): ChaCha20-Poly1305 nonces are ≤ 12.
    if (EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305 && iv_len > 12) {
      return info.GetReturnValue().Set(kInitInvalidIv);
    }

    // -1 when not given; otherwise lib/ checked it is a uint32.
    double requested_tag = info[3].As<v8::Number>()->Value();
    unsigned int auth_tag_len =
        requested_tag < 0 ? kNoAuthTagLength : static_cast<unsigned int>(requested_tag);
    int status = self->Init(env, cipher, key.data(), key.size(), iv_data, iv_len, auth_tag_len);
    info.GetReturnValue().Set(status);
  }

  // update(data, encoding) → ArrayBuffer, or undefined when a CCM message is too long.
  static void Update(const FunctionCallbackInfo<Value>& info) {
    Environment* env = Environment::From(info);
    CipherBase* self = Unwrap<CipherBase>(info.This());
    CHECK_NE(self, nullptr);
    ClearErrorOnReturn clear;
    InputBytes input(env->isolate(), info[0], info[1]);
    Local<ArrayBuffer> out;
    if (self->UpdateBytes(env, input.data(), input.size(), &out)) info.GetReturnValue().Set(out);
  }

  // final() → ArrayBuffer, or null when already finished (lib/ throws "Invalid state").
  static void Final(const FunctionCallbackInfo<Value>& info) {
    Environment* env = Environment::From(info);
    CipherBase* self = Unwrap<CipherBase>(info.This());
    CHECK_NE(self, nullptr);
    if (self->ctx_ == nullptr) return info.GetReturnValue().SetNull();
    ClearErrorOnReturn clear;
    Local<ArrayBuffer> out;
    if (self->FinalBytes(env, &out)) info.GetReturnValue().Set(out);
  }

  // setAutoPadding(enabled) → false when already finished.
  static void SetAutoPadding(const FunctionCallbackInfo<Value>& info) {
    CipherBase* self = Unwrap<CipherBase>(info.This());
    CHECK_NE(self, nullptr);
    ClearErrorOnReturn clear;
    bool ok = self->ctx_ != nullptr &&
              EVP_CIPHER_CTX_set_padding(self->ctx_, info[0]->IsTrue() ? 1 : 0) == 1;
    info.GetReturnValue().Set(ok);
  }

  // getAuthTag() → ArrayBuffer; undefined unless this encrypted in an authenticated mode and
  // has finished.
  static void GetAuthTag(const FunctionCallbackInfo<Value>& info) {
    CipherBase* self = Unwrap<CipherBase>(info.This());
    CHECK_NE(self, nullptr);
    if (self->ctx_ != nullptr || !self->encrypt_ || self->auth_tag_len_ == kNoAuthTagLength) return;
    info.GetReturnValue().Set(NewArrayBuffer(info.GetIsolate(), self->auth_tag_, self->auth_tag_len_));
  }

  // setAuthTag(tag) → StepStatus. Only before a decryption has finished, and only once.
  static void SetAuthTag(const FunctionCallbackInfo<Value>& info) {
    CipherBase* self = Unwrap<CipherBase>(info.This());
    CHECK_NE(self, nullptr);
    if (self->ctx_ == nullptr || !self->authenticated_ || self->encrypt_ ||
        self->auth_tag_state_ != kAuthTagUnknown) {
      return info.GetReturnValue().Set(kStepInvalidState);
    }
    InputBytes tag(info.GetIsolate(), info[0], v8::Undefined(info.GetIsolate()));
    unsigned int tag_len = static_cast<unsigned int>(tag.size());
    bool valid;
    if (EVP_CIPHER_CTX_get_mode(self->ctx_) == EVP_CIPH_GCM_MODE) {
      valid = (self->auth_tag_len_ == kNoAuthTagLength || self->auth_tag_len_ == tag_len) &&
              IsValidGcmTagLength(tag_len);
    } else {
      // The other modes fixed their tag length at init.
      valid = self->auth_tag_len_ == tag_len;
    }
    if (!valid) return info.GetReturnValue().Set(kStepInvalidAuthTagLength);
    self->auth_tag_len_ = tag_len;
    self->auth_tag_state_ = kAuthTagKnown;
    memset(self->auth_tag_, 0, sizeof(self->auth_tag_));
    memcpy(self->auth_tag_, tag.data(), tag_len);
    info.GetReturnValue().Set(kStepOk);
  }

  // setAAD(data, plaintextLength | -1) → StepStatus.
  static void SetAAD(const FunctionCallbackInfo<Value>& info) {
    CipherBase* self = Unwrap<CipherBase>(info.This());
    CHECK_NE(self, nullptr);
    CHECK(info[1]->IsInt32());
    ClearErrorOnReturn clear;
    InputBytes aad(info.GetIsolate(), info[0], v8::Undefined(info.GetIsolate()));
    info.GetReturnValue().Set(self->SetAADBytes(aad, info[1].As<Int32>()->Value()));
  }

 private:
  enum AuthTagState { kAuthTagUnknown, kAuthTagKnown, kAuthTagPassedToOpenSSL };

  // kInitOk also when OpenSSL refused the key or IV: that error is thrown here, with its reason.
  int Init(Environment* env, const EVP_CIPHER* cipher, const unsigned char* key, size_t key_len,
           const unsigned char* iv, size_t iv_len, unsigned int auth_tag_len) {
    ctx_ = EVP_CIPHER_CTX_new();
    CHECK_NE(ctx_, nullptr);
    env->external_memory()->AddNativeBytes(kCipherContextBytes);
    if (EVP_CIPHER_get_mode(cipher) == EVP_CIPH_WRAP_MODE) {
      EVP_CIPHER_CTX_set_flags(ctx_, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    }
    const int enc = encrypt_ ? 1 : 0;
    if (EVP_CipherInit_ex(ctx_, cipher, nullptr, nullptr, nullptr, enc) != 1) {
      ThrowCryptoError(env, ERR_get_error(), "Failed to initialize cipher");
      Release();
      return kInitOk;
    }
    authenticated_ = IsSupportedAuthenticatedMode(cipher);
    if (authenticated_) {
      int status = InitAuthenticated(iv_len, auth_tag_len);
      if (status != kInitOk) {
        Release();
        return status;
      }
    }
    if (EVP_CIPHER_CTX_set_key_length(ctx_, static_cast<int>(key_len)) != 1) {
      Release();
      return kInitInvalidKeyLength;
    }
    if (EVP_CipherInit_ex(ctx_, nullptr, nullptr, key, iv, enc) != 1) {
      ThrowCryptoError(env, ERR_get_error(), "Failed to initialize cipher");
      Release();
    }
    return kInitOk;
  }

  int InitAuthenticated(size_t iv_len, unsigned int auth_tag_len) {
    if (EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_SET_IVLEN, static_cast<int>(iv_len), nullptr) !=
        1) {
      return kInitInvalidIv;
    }
    const int mode = EVP_CIPHER_CTX_get_mode(ctx_);
    if (mode == EVP_CIPH_GCM_MODE) {
      // GCM takes its tag length from the tag itself when decrypting; a given length is a
      // promise checked by setAuthTag().
      if (auth_tag_len != kNoAuthTagLength) {
        if (!IsValidGcmTagLength(auth_tag_len)) return kInitInvalidAuthTagLength;
        auth_tag_len_ = auth_tag_len;
      }
      return kInitOk;
    }
    if (auth_tag_len == kNoAuthTagLength) {
      // ChaCha20-Poly1305 defaults to 16-byte tags both ways; CCM and OCB need a length.
      if (EVP_CIPHER_CTX_get_nid(ctx_) != NID_chacha20_poly1305) return kInitAuthTagLengthRequired;
      auth_tag_len = 16;
    }
    if (EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(auth_tag_len), nullptr) !=
        1) {
      return kInitInvalidAuthTagLength;
    }
    auth_tag_len_ = auth_tag_len;
    if (mode == EVP_CIPH_CCM_MODE) {
      // CCM's length field is 15 - iv_len bytes wide.
      max_message_size_ = INT_MAX;
      if (iv_len == 12) max_message_size_ = 16777215;
      if (iv_len == 13) max_message_size_ = 65535;
    }
    return kInitOk;
  }

  bool CheckCcmMessageLength(size_t length) const { return length <= max_message_size_; }

  // Decryption in an authenticated mode: hands a tag set by setAuthTag() to OpenSSL, once.
  bool MaybePassAuthTag() {
    if (auth_tag_state_ != kAuthTagKnown) return true;
    if (EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(auth_tag_len_),
                            auth_tag_) != 1) {
      return false;
    }
    auth_tag_state_ = kAuthTagPassedToOpenSSL;
    return true;
  }

  bool UpdateBytes(Environment* env, const unsigned char* data, size_t len,
                   Local<ArrayBuffer>* out) {
    Isolate* isolate = env->isolate();
    if (ctx_ == nullptr || len > INT_MAX) {
      ThrowCryptoError(env, ERR_get_error(), "Trying to add data in unsupported state");
      return false;
    }
    const int mode = EVP_CIPHER_CTX_get_mode(ctx_);
    if (mode == EVP_CIPH_CCM_MODE && !CheckCcmMessageLength(len)) return false;
    if (!encrypt_ && authenticated_) CHECK(MaybePassAuthTag());

    const int block_size = EVP_CIPHER_CTX_get_block_size(ctx_);
    CHECK_GT(block_size, 0);
    if (len + block_size > INT_MAX) {
      ThrowCryptoError(env, ERR_get_error(), "Trying to add data in unsupported state");
      return false;
    }
    int out_len = static_cast<int>(len) + block_size;
    // Key wrapping says how much it will write when asked with no output.
    if (encrypt_ && mode == EVP_CIPH_WRAP_MODE &&
        EVP_CipherUpdate(ctx_, nullptr, &out_len, data, static_cast<int>(len)) != 1) {
      ThrowCryptoError(env, ERR_get_error(), "Trying to add data in unsupported state");
      return false;
    }
    std::unique_ptr<BackingStore> store = ArrayBuffer::NewBackingStore(isolate, out_len);
    int r = EVP_CipherUpdate(ctx_, static_cast<unsigned char*>(store->Data()), &out_len, data,
                             static_cast<int>(len));
    CHECK_LE(static_cast<size_t>(out_len), store->ByteLength());
    *out = Shrink(isolate, std::move(store), r == 1 ? out_len : 0);
    // CCM checks the tag during update; node reports a failure from final().
    if (r != 1 && !encrypt_ && mode == EVP_CIPH_CCM_MODE) {
      pending_auth_failed_ = true;
      return true;
    }
    if (r != 1) {
      ThrowCryptoError(env, ERR_get_error(), "Trying to add data in unsupported state");
      return false;
    }
    return true;
  }

  bool FinalBytes(Environment* env, Local<ArrayBuffer>* out) {
    Isolate* isolate = env->isolate();
    const int mode = EVP_CIPHER_CTX_get_mode(ctx_);
    const bool authenticated = authenticated_;
    if (!encrypt_ && authenticated) MaybePassAuthTag();

    std::unique_ptr<BackingStore> store =
        ArrayBuffer::NewBackingStore(isolate, EVP_CIPHER_CTX_get_block_size(ctx_));
    bool ok;
    int out_len = 0;
    if (!encrypt_ && mode == EVP_CIPH_CCM_MODE) {
      // CCM has nothing left to do: update() already checked the tag.
      ok = !pending_auth_failed_;
    } else {
      ok = EVP_CipherFinal_ex(ctx_, static_cast<unsigned char*>(store->Data()), &out_len) == 1;
      CHECK_LE(static_cast<size_t>(out_len), store->ByteLength());
      if (ok && encrypt_ && authenticated) {
        // Encryption in GCM defaults to a full 16-byte tag.
        if (auth_tag_len_ == kNoAuthTagLength) auth_tag_len_ = kMaxAuthTagLength;
        ok = EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_GET_TAG, static_cast<int>(auth_tag_len_),
                                 auth_tag_) == 1;
      }
    }
    Release();
    if (!ok) {
      ThrowCryptoError(env, ERR_get_error(),
                       authenticated ? "Unsupported state or unable to authenticate data"
                                     : "Unsupported state");
      return false;
    }
    *out = Shrink(isolate, std::move(store), out_len);
    return true;
  }

  int SetAADBytes(const InputBytes& aad, int plaintext_len) {
    if (ctx_ == nullptr || !authenticated_) return kStepInvalidState;
    int out_len;
    if (EVP_CIPHER_CTX_get_mode(ctx_) == EVP_CIPH_CCM_MODE) {
      // CCM needs the tag and the message length before any data.
      if (plaintext_len < 0) return kStepPlaintextLengthRequired;
      if (!CheckCcmMessageLength(static_cast<size_t>(plaintext_len))) {
        return kStepInvalidMessageLength;
      }
      if (!encrypt_ && !MaybePassAuthTag()) return kStepInvalidState;
      if (EVP_CipherUpdate(ctx_, nullptr, &out_len, nullptr, plaintext_len) != 1) {
        return kStepInvalidState;
      }
    }
    if (aad.size() > INT_MAX) return kStepInvalidState;
    bool ok = EVP_CipherUpdate(ctx_, nullptr, &out_len, aad.data(), static_cast<int>(aad.size())) ==
              1;
    return ok ? kStepOk : kStepInvalidState;
  }

  void Release() {
    if (ctx_ == nullptr) return;
    EVP_CIPHER_CTX_free(ctx_);
    ctx_ = nullptr;
    env()->external_memory()->AddNativeBytes(-kCipherContextBytes);
  }

  EVP_CIPHER_CTX* ctx_ = nullptr;
  const bool encrypt_;
  bool authenticated_ = false;
  bool pending_auth_failed_ = false;
  AuthTagState auth_tag_state_ = kAuthTagUnknown;
  unsigned int auth_tag_len_ = kNoAuthTagLength;
  unsigned char auth_tag_[kMaxAuthTagLength] = {};
  size_t max_message_size_ = INT_MAX;
};

// getCiphers() → every cipher name (aliases included) the loaded providers implement, sorted;
// lib/ removes duplicates.
void GetCiphers(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  std::vector<std::string> names;
  ClearErrorOnReturn clear;
  EVP_CIPHER_do_all_sorted(
      [](const EVP_CIPHER*, const char* from, const char*, void* arg) {
        if (from == nullptr) return;
        // The object database also names ciphers only the legacy provider implements.
        const EVP_CIPHER* legacy = EVP_get_cipherbyname(from);
        if (legacy == nullptr) return;
        const char* real = EVP_CIPHER_get0_name(legacy);
        if (real == nullptr) return;
        EVP_CIPHER* fetched = EVP_CIPHER_fetch(nullptr, real, nullptr);
        if (fetched == nullptr) return;
        EVP_CIPHER_free(fetched);
        static_cast<std::vector<std::string>*>(arg)->push_back(from);
      },
      &names);
  std::vector<Local<Value>> values;
  for (const std::string& name : names) values.push_back(OneByteString(isolate, name.c_str()));
  info.GetReturnValue().Set(v8::Array::New(isolate, values.data(), values.size()));
}

}  // namespace

void InitializeCipher(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, CipherBase::New, "CipherBase");
  auto proto = tmpl->PrototypeTemplate();
  proto->Set(isolate, "initiv", FunctionTemplate::New(isolate, CipherBase::InitIv));
  proto->Set(isolate, "update", FunctionTemplate::New(isolate, CipherBase::Update));
  proto->Set(isolate, "final", FunctionTemplate::New(isolate, CipherBase::Final));
  proto->Set(isolate, "setAutoPadding", FunctionTemplate::New(isolate, CipherBase::SetAutoPadding));
  proto->Set(isolate, "getAuthTag", FunctionTemplate::New(isolate, CipherBase::GetAuthTag));
  proto->Set(isolate, "setAuthTag", FunctionTemplate::New(isolate, CipherBase::SetAuthTag));
  proto->Set(isolate, "setAAD", FunctionTemplate::New(isolate, CipherBase::SetAAD));
  SetValue(context, target, "CipherBase", tmpl->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "getCiphers", GetCiphers);
  SetConstant(context, target, "kInitUnknownCipher", kInitUnknownCipher);
  SetConstant(context, target, "kInitInvalidIv", kInitInvalidIv);
  SetConstant(context, target, "kInitInvalidKeyLength", kInitInvalidKeyLength);
  SetConstant(context, target, "kInitInvalidAuthTagLength", kInitInvalidAuthTagLength);
  SetConstant(context, target, "kInitAuthTagLengthRequired", kInitAuthTagLengthRequired);
  SetConstant(context, target, "kStepInvalidState", kStepInvalidState);
  SetConstant(context, target, "kStepInvalidAuthTagLength", kStepInvalidAuthTagLength);
  SetConstant(context, target, "kStepPlaintextLengthRequired", kStepPlaintextLengthRequired);
  SetConstant(context, target, "kStepInvalidMessageLength", kStepInvalidMessageLength);
}

}  // namespace octet::crypto
