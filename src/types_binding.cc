// Binding `types`: util.types' checks that only V8 can answer (internal slots, not prototypes).
// The typed-array checks are done in JS (lib/internal/util/types.js).
#include "env.h"
#include "util.h"

namespace octet {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

// JS name, v8::Value predicate. The order is the order of util.types' keys.
#define OCTET_VALUE_TYPE_CHECKS(V)                \
  V(isExternal, IsExternal)                       \
  V(isDate, IsDate)                               \
  V(isArgumentsObject, IsArgumentsObject)         \
  V(isBigIntObject, IsBigIntObject)               \
  V(isBooleanObject, IsBooleanObject)             \
  V(isNumberObject, IsNumberObject)               \
  V(isStringObject, IsStringObject)               \
  V(isSymbolObject, IsSymbolObject)               \
  V(isNativeError, IsNativeError)                 \
  V(isRegExp, IsRegExp)                           \
  V(isAsyncFunction, IsAsyncFunction)             \
  V(isGeneratorFunction, IsGeneratorFunction)     \
  V(isGeneratorObject, IsGeneratorObject)         \
  V(isPromise, IsPromise)                         \
  V(isMap, IsMap)                                 \
  V(isSet, IsSet)                                 \
  V(isMapIterator, IsMapIterator)                 \
  V(isSetIterator, IsSetIterator)                 \
  V(isWeakMap, IsWeakMap)                         \
  V(isWeakSet, IsWeakSet)                         \
  V(isArrayBuffer, IsArrayBuffer)                 \
  V(isDataView, IsDataView)                       \
  V(isSharedArrayBuffer, IsSharedArrayBuffer)     \
  V(isProxy, IsProxy)                             \
  V(isModuleNamespaceObject, IsModuleNamespaceObject)

#define OCTET_DEFINE_TYPE_CHECK(js_name, predicate)               \
  void js_name(const FunctionCallbackInfo<Value>& args) {         \
    args.GetReturnValue().Set(args[0]->predicate());              \
  }
OCTET_VALUE_TYPE_CHECKS(OCTET_DEFINE_TYPE_CHECK)
#undef OCTET_DEFINE_TYPE_CHECK

void isAnyArrayBuffer(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(args[0]->IsArrayBuffer() || args[0]->IsSharedArrayBuffer());
}

// Number, String, Boolean, BigInt or Symbol wrapper objects.
void isBoxedPrimitive(const FunctionCallbackInfo<Value>& args) {
  Local<Value> value = args[0];
  args.GetReturnValue().Set(value->IsNumberObject() || value->IsStringObject() ||
                            value->IsBooleanObject() || value->IsBigIntObject() ||
                            value->IsSymbolObject());
}

}  // namespace

void InitializeBinding_types(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
#define OCTET_REGISTER_TYPE_CHECK(js_name, predicate) SetMethod(context, target, #js_name, js_name);
  OCTET_VALUE_TYPE_CHECKS(OCTET_REGISTER_TYPE_CHECK)
#undef OCTET_REGISTER_TYPE_CHECK
  SetMethod(context, target, "isAnyArrayBuffer", isAnyArrayBuffer);
  SetMethod(context, target, "isBoxedPrimitive", isBoxedPrimitive);
}

}  // namespace octet
