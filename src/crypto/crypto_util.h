// What every crypto file shares: turning OpenSSL's error queue into node's error objects, finding
// digests by name, reading byte arguments (views, or strings in one of node's encodings) and making
// ArrayBuffer results. lib/ validates every argument first; these helpers CHECK what it promised.
#ifndef OCTET_SRC_CRYPTO_CRYPTO_UTIL_H_
#define OCTET_SRC_CRYPTO_CRYPTO_UTIL_H_

#include <openssl/err.h>
#include <openssl/evp.h>
#include <v8.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "buffer/string_bytes.h"
#include "util.h"

namespace octet {

class Environment;

namespace crypto {

// Empties OpenSSL's (thread-local) error queue when the scope ends, so one failed call never
// leaks its errors into the next call's report.
class ClearErrorOnReturn {
 public:
  ClearErrorOnReturn() = default;
  ~ClearErrorOnReturn() { ERR_clear_error(); }
  ClearErrorOnReturn(const ClearErrorOnReturn&) = delete;
  ClearErrorOnReturn& operator=(const ClearErrorOnReturn&) = delete;
};

// node's error for a failed OpenSSL call: the message is OpenSSL's text for `err` (or `fallback`
// when err is 0), decorated with library / reason / code (ERR_OSSL_...), plus opensslErrorStack
// when more errors were queued. Consumes the rest of the queue.
v8::Local<v8::Value> CryptoError(Environment* env, unsigned long err, const char* fallback);
void ThrowCryptoError(Environment* env, unsigned long err, const char* fallback);

// A digest by any name OpenSSL knows ("sha256", "SHA256", "RSA-SHA256", "sha512-256"), fetched
// once and kept for the life of the process; nullptr when unknown. Thread-safe.
const EVP_MD* GetDigest(const char* name);

// The bytes of an argument JS validated: an ArrayBufferView / ArrayBuffer, or a string with an
// encoding id from the buffer binding's `encodings` in the next argument. Strings are decoded
// into private storage; views are borrowed (do not run JS while holding one).
class InputBytes {
 public:
  InputBytes(v8::Isolate* isolate, v8::Local<v8::Value> value, v8::Local<v8::Value> encoding);
  InputBytes(const InputBytes&) = delete;
  InputBytes& operator=(const InputBytes&) = delete;
  const unsigned char* data() const { return data_; }
  size_t size() const { return size_; }
  // A copy that outlives the call, for work done on the thread pool.
  std::vector<unsigned char> Copy() const { return {data_, data_ + size_}; }

 private:
  std::optional<buffer::StringBytes> decoded_;
  std::optional<ViewContents> view_;
  const unsigned char* data_ = nullptr;
  size_t size_ = 0;
};

// Bytes of an ArrayBufferView or ArrayBuffer argument, copied (inputs of thread-pool jobs).
std::vector<unsigned char> CopyBytes(v8::Local<v8::Value> value);

// A fresh ArrayBuffer holding a copy of `data` (octet's allocator, counted in arrayBuffers).
v8::Local<v8::ArrayBuffer> NewArrayBuffer(v8::Isolate* isolate, const unsigned char* data,
                                          size_t size);

// The result of a digest / cipher step: an ArrayBuffer, or a string when `encoding` is one of the
// buffer binding's encoding ids (JS passes undefined for "give me bytes"). Bytes also when the
// string would be too long: JS then calls toString(), which raises node's error for that.
v8::Local<v8::Value> EncodeOutput(Environment* env, const unsigned char* data, size_t size,
                                       v8::Local<v8::Value> encoding);

// Native memory held by OpenSSL contexts (opaque structs, so these are estimates of their
// allocations), reported as external memory while a context lives.
constexpr int64_t kHashContextBytes = 512;
constexpr int64_t kHmacContextBytes = 1024;
constexpr int64_t kCipherContextBytes = 1024;

}  // namespace crypto
}  // namespace octet

#endif  // OCTET_SRC_CRYPTO_CRYPTO_UTIL_H_
