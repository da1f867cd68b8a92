#include "crypto/job.h"

#include <openssl/err.h>

#include "env.h"
#include "util.h"

namespace octet::crypto {

using v8::Array;
using v8::Context;
using v8::Exception;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Int32;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::String;
using v8::Value;

CryptoJob::CryptoJob(Environment* env, Local<Object> object, Mode mode)
    : BaseObject(env, object), mode_(mode) {
  req_.data = this;
}

Local<FunctionTemplate> CryptoJob::MakeJobTemplate(Environment* env, v8::FunctionCallback ctor,
                                                   const char* name) {
  Isolate* isolate = env->isolate();
  Local<FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, ctor, name);
  tmpl->PrototypeTemplate()->Set(isolate, "run", FunctionTemplate::New(isolate, Run));
  return tmpl;
}

CryptoJob::Mode CryptoJob::ModeArg(Local<Value> value) {
  CHECK(value->IsInt32());
  int mode = value.As<Int32>()->Value();
  CHECK(mode == kAsync || mode == kSync);
  return static_cast<Mode>(mode);
}

void CryptoJob::Execute() {
  ERR_clear_error();
  ok_ = DoWork();
  if (!ok_) {
    char text[256];
    while (unsigned long err = ERR_get_error()) {
      ERR_error_string_n(err, text, sizeof(text));
      errors_.emplace_back(text);
    }
  }
  ERR_clear_error();
}

void CryptoJob::Outcome(Environment* env, Local<Value>* error, Local<Value>* result) {
  Isolate* isolate = env->isolate();
  *error = v8::Undefined(isolate);
  *result = v8::Undefined(isolate);
  if (ok_) {
    *result = Result(env);
    return;
  }
  // As node reports a failed job: the first error is the message, the later ones (newest first)
  // are opensslErrorStack.
  std::string message = errors_.empty() ? FailureMessage() : errors_.front();
  Local<String> text;
  if (!Utf8String(isolate, message).ToLocal(&text)) text = String::Empty(isolate);
  Local<Object> exception = Exception::Error(text).As<Object>();
  if (errors_.size() > 1) {
    std::vector<Local<Value>> stack;
    for (size_t i = errors_.size() - 1; i >= 1; i--) {
      Local<String> line;
      if (Utf8String(isolate, errors_[i]).ToLocal(&line)) stack.push_back(line);
    }
    exception
        ->Set(env->context(), OneByteString(isolate, "opensslErrorStack"),
              Array::New(isolate, stack.data(), stack.size()))
        .Check();
  }
  *error = exception;
}

void CryptoJob::Run(const FunctionCallbackInfo<Value>& info) {
  CryptoJob* job = Unwrap<CryptoJob>(info.This());
  CHECK_NE(job, nullptr);
  CHECK(!job->in_flight_);
  Environment* env = job->env();
  if (job->mode_ == kSync) {
    job->Execute();
    Local<Value> pair[2];
    job->Outcome(env, &pair[0], &pair[1]);
    info.GetReturnValue().Set(Array::New(env->isolate(), pair, 2));
    return;
  }
  job->in_flight_ = true;
  job->ClearWeak();
  CHECK_EQ(uv_queue_work(env->loop(), &job->req_, OnWork, OnAfterWork), 0);
}

void CryptoJob::OnWork(uv_work_t* req) { static_cast<CryptoJob*>(req->data)->Execute(); }

void CryptoJob::OnAfterWork(uv_work_t* req, int status) {
  CryptoJob* job = static_cast<CryptoJob*>(req->data);
  job->in_flight_ = false;
  Environment* env = job->env();
  if (job->orphaned_ || status == UV_ECANCELED || env->is_stopping()) {
    // The environment is going away (or already dropped this job): nobody is left to tell.
    if (job->orphaned_) {
      delete job;
    } else {
      job->MakeWeak();
    }
    return;
  }
  Isolate* isolate = env->isolate();
  HandleScope scope(isolate);
  Local<Context> context = env->context();
  Context::Scope context_scope(context);
  job->MakeWeak();
  Local<Object> object = job->object();
  Local<Value> argv[2];
  job->Outcome(env, &argv[0], &argv[1]);
  Local<Value> ondone;
  if (!object->Get(context, OneByteString(isolate, "ondone")).ToLocal(&ondone) ||
      !ondone->IsFunction()) {
    return;
  }
  env->MakeCallback(ondone.As<Function>(), object, 2, argv);
}

void CryptoJob::OnEnvironmentTeardown() {
  if (!in_flight_) {
    delete this;
    return;
  }
  // Work already handed to the pool cannot be recalled while it runs: the loop's final run
  // (Environment::CloseLoop) completes it, and OnAfterWork frees the job. Work still queued is
  // cancelled so teardown does not wait for it.
  orphaned_ = true;
  uv_cancel(reinterpret_cast<uv_req_t*>(&req_));
}

}  // namespace octet::crypto
