// A unit of crypto work (random fill, key derivation) that runs either at once on the main thread
// or on libuv's thread pool, in the shape lib/ expects from node:
//
//   const job = new PBKDF2Job(kCryptoJobAsync, ...inputs);   // or kCryptoJobSync
//   job.ondone = (error, result) => { ... };                  // async only
//   job.run();                                                // sync: returns [error, result]
//
// Inputs are copied (or, for a fill, the target's backing store is held) when the job is made,
// so JS may drop or change its arguments while the work runs. An async job is pinned (strong)
// from run() until ondone has been called.
#ifndef OCTET_SRC_CRYPTO_JOB_H_
#define OCTET_SRC_CRYPTO_JOB_H_

#include <uv.h>
#include <v8.h>

#include <string>
#include <vector>

#include "base_object.h"

namespace octet::crypto {

class CryptoJob : public BaseObject {
 public:
  enum Mode : int { kAsync = 0, kSync = 1 };

  CryptoJob(Environment* env, v8::Local<v8::Object> object, Mode mode);

  // The template every job class shares: internal field, run().
  static v8::Local<v8::FunctionTemplate> MakeJobTemplate(Environment* env, v8::FunctionCallback ctor,
                                                         const char* name);
  static Mode ModeArg(v8::Local<v8::Value> value);

  void OnEnvironmentTeardown() override;

 protected:
  // The work itself: on a pool thread (async) or the main thread (sync). Never touches V8.
  virtual bool DoWork() = 0;
  // Main thread, after a successful DoWork: the result value.
  virtual v8::Local<v8::Value> Result(Environment* env) = 0;
  // The message when DoWork failed with nothing in OpenSSL's error queue.
  virtual const char* FailureMessage() const { return "Deriving bits failed"; }

 private:
  static void Run(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void OnWork(uv_work_t* req);
  static void OnAfterWork(uv_work_t* req, int status);
  void Execute();
  // [error | undefined, result | undefined] for what Execute() produced.
  void Outcome(Environment* env, v8::Local<v8::Value>* error, v8::Local<v8::Value>* result);

  uv_work_t req_;
  Mode mode_;
  bool ok_ = false;
  bool in_flight_ = false;
  bool orphaned_ = false;
  // OpenSSL's error queue is per thread: what DoWork left in it, oldest first.
  std::vector<std::string> errors_;
};

}  // namespace octet::crypto

#endif  // OCTET_SRC_CRYPTO_JOB_H_
