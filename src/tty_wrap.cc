// Binding `tty_wrap`: a terminal as a stream (process.stdin on a TTY), with raw mode and size.
#include <termios.h>
#include <uv.h>

#include "env.h"
#include "stream_wrap.h"
#include "util.h"

namespace octet {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Signature;
using v8::Value;

namespace {

// A TTY that fails to initialize is closed as a pipe in the same storage.
static_assert(sizeof(uv_tty_t) >= sizeof(uv_pipe_t));

class TtyWrap final : public StreamWrap {
 public:
  TtyWrap(Environment* env, Local<Object> object, int fd, int* err)
      : StreamWrap(env, object, reinterpret_cast<uv_stream_t*>(&handle_)), fd_(fd) {
    *err = uv_tty_init(env->loop(), &handle_, fd, 0);
    if (*err != 0) {
      // A failed init leaves no handle; make a harmless one so Close() has something to close.
      CHECK_EQ(uv_pipe_init(env->loop(), reinterpret_cast<uv_pipe_t*>(&handle_), 0), 0);
    }
    handle_.data = static_cast<HandleWrap*>(this);
  }

  uv_tty_t* tty() { return &handle_; }

  int SetRawMode(bool raw) {
    // libuv saves the mode on a descriptor of its own, gone once the handle is closed; keep a
    // copy that the caller's descriptor can restore.
    if (raw && !raw_) saved_ok_ = tcgetattr(fd_, &saved_) == 0;
    int err = uv_tty_set_mode(&handle_, raw ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL);
    if (err == 0) raw_ = raw;
    return err;
  }

  static TtyWrap* From(const FunctionCallbackInfo<Value>& info) {
    return static_cast<TtyWrap*>(StreamWrap::FromReceiver(info));
  }

 private:
  // The terminal is left as the process found it, even when the process exits in raw mode.
  ~TtyWrap() override {
    if (raw_ && saved_ok_) tcsetattr(fd_, TCSADRAIN, &saved_);
  }
  uv_tty_t handle_;
  int fd_;
  bool raw_ = false;
  bool saved_ok_ = false;
  termios saved_;
};

// new TTY(fd, ctx): on failure ctx.code / ctx.errno / ctx.syscall describe it, as in node.
void New(const FunctionCallbackInfo<Value>& info) {
  CHECK(info.IsConstructCall());
  Environment* env = Environment::From(info);
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  int fd = info[0]->Int32Value(context).FromMaybe(-1);
  int err = 0;
  new TtyWrap(env, info.This(), fd, &err);
  if (err != 0 && info[1]->IsObject()) {
    Local<Object> ctx = info[1].As<Object>();
    char name[64];
    uv_err_name_r(err, name, sizeof(name));
    ctx->Set(context, OneByteString(isolate, "code"), OneByteString(isolate, name)).Check();
    ctx->Set(context, OneByteString(isolate, "errno"), Integer::New(isolate, err)).Check();
    ctx->Set(context, OneByteString(isolate, "syscall"), OneByteString(isolate, "uv_tty_init"))
        .Check();
  }
}

// getWindowSize(array) → 0 with [columns, rows] in array, or an error.
void GetWindowSize(const FunctionCallbackInfo<Value>& info) {
  TtyWrap* wrap = TtyWrap::From(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  CHECK(info[0]->IsArray());
  int width = 0;
  int height = 0;
  int err = uv_tty_get_winsize(wrap->tty(), &width, &height);
  if (err == 0) {
    Local<Context> context = wrap->env()->context();
    Local<Array> out = info[0].As<Array>();
    out->Set(context, 0, Integer::New(info.GetIsolate(), width)).Check();
    out->Set(context, 1, Integer::New(info.GetIsolate(), height)).Check();
  }
  info.GetReturnValue().Set(err);
}

// setRawMode(flag)
void SetRawMode(const FunctionCallbackInfo<Value>& info) {
  TtyWrap* wrap = TtyWrap::From(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  info.GetReturnValue().Set(wrap->SetRawMode(info[0]->BooleanValue(info.GetIsolate())));
}

void IsTty(const FunctionCallbackInfo<Value>& info) {
  int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  info.GetReturnValue().Set(fd >= 0 && uv_guess_handle(fd) == UV_TTY);
}

}  // namespace

void InitializeBinding_tty_wrap(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, New, "TTY");
  StreamWrap::AddStreamMethods(env, tmpl);
  auto proto = tmpl->PrototypeTemplate();
  Local<Signature> signature = Signature::New(isolate, tmpl);
  proto->Set(isolate, "getWindowSize",
             FunctionTemplate::New(isolate, GetWindowSize, Local<Value>(), signature));
  proto->Set(isolate, "setRawMode",
             FunctionTemplate::New(isolate, SetRawMode, Local<Value>(), signature));
  SetValue(context, target, "TTY", tmpl->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "isTTY", IsTty);
}

}  // namespace octet
