// Random bytes from OpenSSL's CSPRNG: RandomBytesJob fills part of an ArrayBuffer or view, at once
// (randomFillSync, randomBytes, getRandomValues) or on the thread pool (randomFill, async
// randomBytes). lib/internal/crypto/random.js checks offsets and sizes.
#include <openssl/rand.h>

#include <climits>
#include <memory>

#include "crypto/crypto_bindings.h"
#include "crypto/job.h"
#include "env.h"
#include "util.h"

namespace octet::crypto {

using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::BackingStore;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::Value;

namespace {

class RandomBytesJob final : public CryptoJob {
 public:
  // new RandomBytesJob(mode, arrayBufferOrView, offset, size): offset and size in bytes, relative
  // to the view.
  static void New(const FunctionCallbackInfo<Value>& info) {
    Environment* env = Environment::From(info);
    CHECK(info.IsConstructCall());
    Mode mode = ModeArg(info[0]);
    std::shared_ptr<BackingStore> store;
    size_t base = 0;
    size_t length = 0;
    if (info[1]->IsArrayBufferView()) {
      Local<ArrayBufferView> view = info[1].As<ArrayBufferView>();
      // The pool thread writes into this memory: hold the store, not a pointer into the heap.
      store = view->Buffer()->GetBackingStore();
      base = view->ByteOffset();
      length = view->ByteLength();
    } else if (info[1]->IsArrayBuffer()) {
      store = info[1].As<ArrayBuffer>()->GetBackingStore();
      length = store->ByteLength();
    } else {
      CHECK(info[1]->IsSharedArrayBuffer());
      store = info[1].As<v8::SharedArrayBuffer>()->GetBackingStore();
      length = store->ByteLength();
    }
    CHECK(info[2]->IsNumber());
    CHECK(info[3]->IsNumber());
    double offset = info[2].As<Number>()->Value();
    double size = info[3].As<Number>()->Value();
    CHECK(offset >= 0 && size >= 0 && offset + size <= static_cast<double>(length));
    new RandomBytesJob(env, info.This(), mode, std::move(store),
                       base + static_cast<size_t>(offset), static_cast<size_t>(size));
  }

 protected:
  bool DoWork() override {
    unsigned char* data = static_cast<unsigned char*>(store_->Data()) + start_;
    size_t left = size_;
    while (left > 0) {
      int chunk = left > INT_MAX ? INT_MAX : static_cast<int>(left);
      if (RAND_bytes(data, chunk) != 1) return false;
      data += chunk;
      left -= chunk;
    }
    return true;
  }

  Local<Value> Result(Environment* env) override { return v8::Undefined(env->isolate()); }
  const char* FailureMessage() const override { return "Random bytes generation failed"; }

 private:
  RandomBytesJob(Environment* env, Local<Object> object, Mode mode,
                 std::shared_ptr<BackingStore> store, size_t start, size_t size)
      : CryptoJob(env, object, mode), store_(std::move(store)), start_(start), size_(size) {}

  std::shared_ptr<BackingStore> store_;
  size_t start_;
  size_t size_;
};

}  // namespace

void InitializeRandom(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetValue(context, target, "RandomBytesJob",
           CryptoJob::MakeJobTemplate(env, RandomBytesJob::New, "RandomBytesJob")
               ->GetFunction(context)
               .ToLocalChecked());
}

}  // namespace octet::crypto
