// A fresh isolate per test, for cctests that need V8 itself (strings, handles, a context).
#ifndef OCTET_TEST_CCTEST_ISOLATE_TEST_H_
#define OCTET_TEST_CCTEST_ISOLATE_TEST_H_

#include <gtest/gtest.h>
#include <v8.h>

#include <memory>
#include <string>

#include "shared_platform.h"

class IsolateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    SharedPlatform();
    allocator_.reset(v8::ArrayBuffer::Allocator::NewDefaultAllocator());
    v8::Isolate::CreateParams params;
    params.array_buffer_allocator = allocator_.get();
    isolate_ = v8::Isolate::New(params);
  }
  void TearDown() override { isolate_->Dispose(); }

  v8::Local<v8::String> Run(v8::Local<v8::Context> context, const char* source) {
    v8::Local<v8::String> code = v8::String::NewFromUtf8(isolate_, source).ToLocalChecked();
    v8::Local<v8::Script> script = v8::Script::Compile(context, code).ToLocalChecked();
    return script->Run(context).ToLocalChecked().As<v8::String>();
  }

  // What V8 copies out, as UTF-16 units.
  std::u16string Copied(v8::Local<v8::String> string) {
    std::u16string units(static_cast<size_t>(string->Length()), u'\0');
    string->Write(isolate_, reinterpret_cast<uint16_t*>(units.data()), 0, string->Length(),
                  v8::String::NO_NULL_TERMINATION);
    return units;
  }

  // The isolate entered, a handle scope and a fresh context entered, for one test's body.
  struct Entered {
    explicit Entered(v8::Isolate* isolate)
        : isolate_scope(isolate),
          handles(isolate),
          context(v8::Context::New(isolate)),
          context_scope(context) {}
    v8::Isolate::Scope isolate_scope;
    v8::HandleScope handles;
    v8::Local<v8::Context> context;
    v8::Context::Scope context_scope;
  };

  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator_;
  v8::Isolate* isolate_ = nullptr;
};

#endif  // OCTET_TEST_CCTEST_ISOLATE_TEST_H_
