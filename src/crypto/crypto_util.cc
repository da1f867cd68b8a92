#include "crypto/crypto_util.h"

#include <cctype>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>

#include "env.h"
#include "util.h"

namespace octet::crypto {

using v8::Array;
using v8::ArrayBuffer;
using v8::BackingStore;
using v8::Context;
using v8::Exception;
using v8::Int32;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::String;
using v8::Value;

namespace {

// node's prefix for a library's error codes: ERR_OSSL_EVP_..., ERR_OSSL_RSA_...; libraries not in
// this list (the providers, for one) get just ERR_OSSL_.
const char* LibraryCodePrefix(int lib) {
  switch (lib) {
#define OCTET_OSSL_LIB(name) \
  case ERR_LIB_##name:       \
    return #name "_";
    OCTET_OSSL_LIB(SYS)
    OCTET_OSSL_LIB(BN)
    OCTET_OSSL_LIB(RSA)
    OCTET_OSSL_LIB(DH)
    OCTET_OSSL_LIB(EVP)
    OCTET_OSSL_LIB(BUF)
    OCTET_OSSL_LIB(OBJ)
    OCTET_OSSL_LIB(PEM)
    OCTET_OSSL_LIB(DSA)
    OCTET_OSSL_LIB(X509)
    OCTET_OSSL_LIB(ASN1)
    OCTET_OSSL_LIB(CONF)
    OCTET_OSSL_LIB(CRYPTO)
    OCTET_OSSL_LIB(EC)
    OCTET_OSSL_LIB(SSL)
    OCTET_OSSL_LIB(BIO)
    OCTET_OSSL_LIB(PKCS7)
    OCTET_OSSL_LIB(X509V3)
    OCTET_OSSL_LIB(PKCS12)
    OCTET_OSSL_LIB(RAND)
    OCTET_OSSL_LIB(DSO)
    OCTET_OSSL_LIB(ENGINE)
    OCTET_OSSL_LIB(OCSP)
    OCTET_OSSL_LIB(UI)
    OCTET_OSSL_LIB(COMP)
    OCTET_OSSL_LIB(ECDSA)
    OCTET_OSSL_LIB(ECDH)
    OCTET_OSSL_LIB(OSSL_STORE)
    OCTET_OSSL_LIB(FIPS)
    OCTET_OSSL_LIB(CMS)
    OCTET_OSSL_LIB(TS)
    OCTET_OSSL_LIB(HMAC)
    OCTET_OSSL_LIB(CT)
    OCTET_OSSL_LIB(ASYNC)
    OCTET_OSSL_LIB(KDF)
    OCTET_OSSL_LIB(SM2)
    OCTET_OSSL_LIB(USER)
#undef OCTET_OSSL_LIB
    default:
      return "";
  }
}

std::string ErrorString(unsigned long err) {
  char text[256];
  ERR_error_string_n(err, text, sizeof(text));
  return text;
}

void SetString(Isolate* isolate, Local<Object> target, const char* key, const std::string& value) {
  Local<String> string;
  if (!Utf8String(isolate, value).ToLocal(&string)) return;
  target->Set(isolate->GetCurrentContext(), OneByteString(isolate, key), string).Check();
}

}  // namespace

Local<Value> CryptoError(Environment* env, unsigned long err, const char* fallback) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  std::string message = (err != 0 || fallback == nullptr) ? ErrorString(err) : fallback;
  // What else is queued, newest first, as node reports it.
  std::vector<std::string> rest;
  while (unsigned long more = ERR_get_error()) rest.push_back(ErrorString(more));
  std::vector<Local<Value>> stack;
  for (auto it = rest.rbegin(); it != rest.rend(); ++it) {
    Local<String> line;
    if (Utf8String(isolate, *it).ToLocal(&line)) stack.push_back(line);
  }

  Local<String> text;
  if (!Utf8String(isolate, message).ToLocal(&text)) text = String::Empty(isolate);
  Local<Object> error = Exception::Error(text).As<Object>();
  if (!stack.empty()) {
    error
        ->Set(context, OneByteString(isolate, "opensslErrorStack"),
              Array::New(isolate, stack.data(), stack.size()))
        .Check();
  }
  if (err == 0) return error;
  if (const char* library = ERR_lib_error_string(err)) SetString(isolate, error, "library", library);
  if (const char* reason = ERR_reason_error_string(err)) {
    SetString(isolate, error, "reason", reason);
    // OpenSSL has no names for its reasons; node derives one: "bad decrypt" → ERR_OSSL_BAD_DECRYPT.
    const char* lib = LibraryCodePrefix(ERR_GET_LIB(err));
    std::string code = "ERR_";
    if (strcmp(lib, "SSL_") != 0) code += "OSSL_";
    code += lib;
    for (const char* c = reason; *c != '\0'; c++) {
      code += *c == ' ' ? '_' : static_cast<char>(toupper(static_cast<unsigned char>(*c)));
    }
    SetString(isolate, error, "code", code);
  }
  return error;
}

void ThrowCryptoError(Environment* env, unsigned long err, const char* fallback) {
  v8::HandleScope scope(env->isolate());
  env->isolate()->ThrowException(CryptoError(env, err, fallback));
}

const EVP_MD* GetDigest(const char* name) {
  // Never freed: pool threads may still be deriving keys with these while the process exits, and
  // the table stays reachable, so leak checkers do not count it.
  static std::mutex mutex;
  static auto* cache = new std::unordered_map<std::string, EVP_MD*>();
  std::lock_guard<std::mutex> lock(mutex);
  auto found = cache->find(name);
  if (found != cache->end()) return found->second;

  ClearErrorOnReturn clear;
  // Aliases such as "RSA-SHA256" are known to the object database, not to the providers: resolve
  // them to the canonical name before fetching the implementation.
  const char* canonical = name;
  if (const EVP_MD* legacy = EVP_get_digestbyname(name)) {
    if (const char* real = EVP_MD_get0_name(legacy)) canonical = real;
  }
  EVP_MD* md = EVP_MD_fetch(nullptr, canonical, nullptr);
  if (md == nullptr) return nullptr;
  cache->emplace(name, md);
  return md;
}

InputBytes::InputBytes(Isolate* isolate, Local<Value> value, Local<Value> encoding) {
  if (value->IsString()) {
    buffer::Encoding enc = buffer::Encoding::kUtf8;
    if (encoding->IsInt32()) {
      int id = encoding.As<Int32>()->Value();
      CHECK(buffer::IsValidEncoding(id));
      enc = static_cast<buffer::Encoding>(id);
    }
    decoded_.emplace(isolate, value.As<String>(), enc);
    data_ = decoded_->data();
    size_ = decoded_->length();
    return;
  }
  CHECK(value->IsArrayBufferView() || value->IsArrayBuffer() || value->IsSharedArrayBuffer());
  view_.emplace(value);
  data_ = view_->data();
  size_ = view_->length();
}

std::vector<unsigned char> CopyBytes(Local<Value> value) {
  CHECK(value->IsArrayBufferView() || value->IsArrayBuffer() || value->IsSharedArrayBuffer());
  const ViewContents contents(value);
  return {contents.data(), contents.data() + contents.length()};
}

Local<ArrayBuffer> NewArrayBuffer(Isolate* isolate, const unsigned char* data, size_t size) {
  std::shared_ptr<BackingStore> store = ArrayBuffer::NewBackingStore(isolate, size);
  if (size > 0) memcpy(store->Data(), data, size);
  return ArrayBuffer::New(isolate, std::move(store));
}

Local<Value> EncodeOutput(Environment* env, const unsigned char* data, size_t size,
                          Local<Value> encoding) {
  Isolate* isolate = env->isolate();
  if (encoding->IsInt32()) {
    int id = encoding.As<Int32>()->Value();
    CHECK(buffer::IsValidEncoding(id));
    Local<String> string;
    if (buffer::EncodeString(isolate, data, size, static_cast<buffer::Encoding>(id))
            .ToLocal(&string)) {
      return string;
    }
  }
  return NewArrayBuffer(isolate, data, size);
}

}  // namespace octet::crypto
