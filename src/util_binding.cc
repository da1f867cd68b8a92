// Binding `util`: what util.inspect needs to see inside values without running user code —
// promise state, proxy internals, collection and iterator previews, own non-index keys,
// V8's idea of the constructor name — plus a few process-level helpers node keeps here.
#include <uv.h>

#include <cstdint>

#include "env.h"
#include "util.h"

namespace octet {

using v8::Array;
using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::BigInt;
using v8::Boolean;
using v8::Context;
using v8::External;
using v8::FunctionCallbackInfo;
using v8::IndexFilter;
using v8::Integer;
using v8::Isolate;
using v8::KeyCollectionMode;
using v8::Local;
using v8::Object;
using v8::Promise;
using v8::PropertyFilter;
using v8::Proxy;
using v8::Uint32;
using v8::Value;

namespace {

// [state] for a pending promise, [state, result] once settled; undefined for non-promises.
void GetPromiseDetails(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsPromise()) return;
  Isolate* isolate = args.GetIsolate();
  Local<Promise> promise = args[0].As<Promise>();
  Promise::PromiseState state = promise->State();
  Local<Value> details[] = {Integer::New(isolate, state), Local<Value>()};
  int count = 1;
  if (state != Promise::PromiseState::kPending) details[count++] = promise->Result();
  args.GetReturnValue().Set(Array::New(isolate, details, count));
}

// [target, handler] (or just the target when the second argument is false), read without
// triggering any trap. Revoked proxies have a null target.
void GetProxyDetails(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsProxy()) return;
  Local<Proxy> proxy = args[0].As<Proxy>();
  if (args.Length() == 1 || args[1]->IsTrue()) {
    Local<Value> details[] = {proxy->GetTarget(), proxy->GetHandler()};
    args.GetReturnValue().Set(Array::New(args.GetIsolate(), details, 2));
  } else {
    args.GetReturnValue().Set(proxy->GetTarget());
  }
}

// The entries of a Map/Set/WeakMap/WeakSet or of their iterators, without advancing them.
// With a second argument the answer is [entries, isKeyValue], where isKeyValue says the flat
// list alternates keys and values.
void PreviewEntries(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsObject()) return;
  Isolate* isolate = args.GetIsolate();
  bool is_key_value;
  Local<Array> entries;
  if (!args[0].As<Object>()->PreviewEntries(&is_key_value).ToLocal(&entries)) return;
  if (args.Length() == 1) {
    args.GetReturnValue().Set(entries);
    return;
  }
  Local<Value> result[] = {entries, Boolean::New(isolate, is_key_value)};
  args.GetReturnValue().Set(Array::New(isolate, result, 2));
}

// Own keys that are not array indices, filtered by a v8::PropertyFilter bit set.
void GetOwnNonIndexProperties(const FunctionCallbackInfo<Value>& args) {
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  CHECK(args[0]->IsObject());
  CHECK(args[1]->IsUint32());
  Local<Object> object = args[0].As<Object>();
  auto filter = static_cast<PropertyFilter>(args[1].As<Uint32>()->Value());
  Local<Array> properties;
  if (!object
           ->GetPropertyNames(context, KeyCollectionMode::kOwnOnly, filter,
                              IndexFilter::kSkipIndices)
           .ToLocal(&properties)) {
    return;
  }
  args.GetReturnValue().Set(properties);
}

void GetConstructorName(const FunctionCallbackInfo<Value>& args) {
  CHECK(args[0]->IsObject());
  args.GetReturnValue().Set(args[0].As<Object>()->GetConstructorName());
}

// The pointer inside a v8::External, as a bigint (inspect prints it in hex).
void GetExternalValue(const FunctionCallbackInfo<Value>& args) {
  CHECK(args[0]->IsExternal());
  void* pointer = args[0].As<External>()->Value();
  auto address = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(pointer));
  args.GetReturnValue().Set(BigInt::NewFromUnsigned(args.GetIsolate(), address));
}

void IsArrayBufferDetached(const FunctionCallbackInfo<Value>& args) {
  bool detached = args[0]->IsArrayBuffer() && args[0].As<ArrayBuffer>()->WasDetached();
  args.GetReturnValue().Set(detached);
}

// Whether a view already has its own backing store (small typed arrays start on the V8 heap).
void ArrayBufferViewHasBuffer(const FunctionCallbackInfo<Value>& args) {
  CHECK(args[0]->IsArrayBufferView());
  args.GetReturnValue().Set(args[0].As<ArrayBufferView>()->HasBuffer());
}

void Sleep(const FunctionCallbackInfo<Value>& args) {
  CHECK(args[0]->IsUint32());
  uv_sleep(args[0].As<Uint32>()->Value());
}

// defineLazyDataProperty(target, name, load, enumerable): a data property whose value `load()`
// computes on first access, after which V8 turns it into an ordinary data property. Unlike a JS
// getter, optimized code then loads it like any other global (a getter on the global object costs
// a generic IC call on every access, about 5 ns, which shows in `Buffer.allocUnsafe` loops).
void LoadLazyDataProperty(Local<v8::Name>, const v8::PropertyCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<v8::Function> load = info.Data().As<v8::Function>();
  Local<Value> value;
  if (load->Call(isolate->GetCurrentContext(), v8::Undefined(isolate), 0, nullptr).ToLocal(&value))
    info.GetReturnValue().Set(value);
}

void DefineLazyDataProperty(const FunctionCallbackInfo<Value>& args) {
  CHECK(args[0]->IsObject());
  CHECK(args[1]->IsName());
  CHECK(args[2]->IsFunction());
  CHECK(args[3]->IsBoolean());
  auto attributes = args[3].As<Boolean>()->Value() ? v8::None : v8::DontEnum;
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  CHECK(args[0]
            .As<Object>()
            ->SetLazyDataProperty(context, args[1].As<v8::Name>(), LoadLazyDataProperty, args[2],
                                  attributes)
            .FromJust());
}

// What kind of file descriptor this is, in node's words: 'TCP', 'TTY', 'UDP', 'FILE', 'PIPE'
// or 'UNKNOWN'.
void GuessHandleType(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  int fd = -1;
  if (args[0]->IsInt32()) fd = args[0].As<v8::Int32>()->Value();
  const char* type = "UNKNOWN";
  if (fd >= 0) {
    switch (uv_guess_handle(fd)) {
      case UV_TCP:
        type = "TCP";
        break;
      case UV_TTY:
        type = "TTY";
        break;
      case UV_UDP:
        type = "UDP";
        break;
      case UV_FILE:
        type = "FILE";
        break;
      case UV_NAMED_PIPE:
        type = "PIPE";
        break;
      default:
        break;
    }
  }
  args.GetReturnValue().Set(OneByteString(isolate, type));
}

}  // namespace

void InitializeBinding_util(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();

  Local<Object> constants = Object::New(isolate);
  SetConstant(context, constants, "kPending", Promise::PromiseState::kPending);
  SetConstant(context, constants, "kFulfilled", Promise::PromiseState::kFulfilled);
  SetConstant(context, constants, "kRejected", Promise::PromiseState::kRejected);
  SetConstant(context, constants, "ALL_PROPERTIES", PropertyFilter::ALL_PROPERTIES);
  SetConstant(context, constants, "ONLY_WRITABLE", PropertyFilter::ONLY_WRITABLE);
  SetConstant(context, constants, "ONLY_ENUMERABLE", PropertyFilter::ONLY_ENUMERABLE);
  SetConstant(context, constants, "ONLY_CONFIGURABLE", PropertyFilter::ONLY_CONFIGURABLE);
  SetConstant(context, constants, "SKIP_STRINGS", PropertyFilter::SKIP_STRINGS);
  SetConstant(context, constants, "SKIP_SYMBOLS", PropertyFilter::SKIP_SYMBOLS);
  SetValue(context, target, "constants", constants);

  SetMethod(context, target, "getPromiseDetails", GetPromiseDetails);
  SetMethod(context, target, "getProxyDetails", GetProxyDetails);
  SetMethod(context, target, "previewEntries", PreviewEntries);
  SetMethod(context, target, "getOwnNonIndexProperties", GetOwnNonIndexProperties);
  SetMethod(context, target, "getConstructorName", GetConstructorName);
  SetMethod(context, target, "getExternalValue", GetExternalValue);
  SetMethod(context, target, "isArrayBufferDetached", IsArrayBufferDetached);
  SetMethod(context, target, "arrayBufferViewHasBuffer", ArrayBufferViewHasBuffer);
  SetMethod(context, target, "sleep", Sleep);
  SetMethod(context, target, "guessHandleType", GuessHandleType);
  SetMethod(context, target, "defineLazyDataProperty", DefineLazyDataProperty);
}

}  // namespace octet
