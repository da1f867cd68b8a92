// Ownership of native objects by JS objects.
//
// BaseObject: a native object whose JS object holds it in internal field 0. Weak by default: when
// the JS object is collected, the weak callback deletes the native one. ClearWeak() pins it while
// native work is in flight (a pending request); MakeWeak() releases the pin. The Environment keeps
// a list of live BaseObjects and deletes the rest at teardown, so nothing leaks at exit.
//
// HandleWrap: a BaseObject that owns a libuv handle. The handle is closed with Close() (from JS,
// or by the environment at teardown); its memory — this object — is freed only in the close
// callback, never before.
#ifndef OCTET_SRC_BASE_OBJECT_H_
#define OCTET_SRC_BASE_OBJECT_H_

#include <uv.h>
#include <v8.h>

#include "util.h"

namespace octet {

class Environment;

class BaseObject {
 public:
  static constexpr int kInternalFieldCount = 1;

  BaseObject(Environment* env, v8::Local<v8::Object> object);
  virtual ~BaseObject();
  BaseObject(const BaseObject&) = delete;
  BaseObject& operator=(const BaseObject&) = delete;

  Environment* env() const { return env_; }
  v8::Local<v8::Object> object() const;
  bool has_object() const { return !object_.IsEmpty(); }

  void MakeWeak();
  void ClearWeak();

  // The native object behind a JS object made by a binding's template, or nullptr.
  template <typename T>
  static T* Unwrap(v8::Local<v8::Value> value) {
    if (!value->IsObject()) return nullptr;
    v8::Local<v8::Object> object = value.As<v8::Object>();
    if (object->InternalFieldCount() < kInternalFieldCount) return nullptr;
    return static_cast<T*>(
        static_cast<BaseObject*>(object->GetAlignedPointerFromInternalField(0)));
  }

  // A constructor template whose instances have room for the native pointer.
  static v8::Local<v8::FunctionTemplate> MakeTemplate(Environment* env, v8::FunctionCallback ctor,
                                                      const char* class_name);

  // Called by the Environment at teardown for objects JS never released.
  virtual void OnEnvironmentTeardown() { delete this; }

 private:
  friend class Environment;
  Environment* env_;
  v8::Global<v8::Object> object_;
  BaseObject* prev_ = nullptr;  // the environment's intrusive list of live objects
  BaseObject* next_ = nullptr;
};

class HandleWrap : public BaseObject {
 public:
  HandleWrap(Environment* env, v8::Local<v8::Object> object, uv_handle_t* handle);

  // Idempotent. Calls `onclose` on the JS object (if it has one) once the handle is closed.
  void Close();
  bool IsClosing() const { return closing_; }
  uv_handle_t* handle() const { return handle_; }

  // JS methods for any handle wrap template: close(), ref(), unref(), hasRef().
  static void AddHandleMethods(Environment* env, v8::Local<v8::FunctionTemplate> tmpl);

  void OnEnvironmentTeardown() override;

 protected:
  ~HandleWrap() override = default;

 private:
  static void OnClose(uv_handle_t* handle);
  uv_handle_t* handle_;
  bool closing_ = false;
};

}  // namespace octet

#endif  // OCTET_SRC_BASE_OBJECT_H_
