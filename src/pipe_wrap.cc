// Binding `pipe_wrap`: pipes and unix domain sockets as streams: process.stdin when it is a
// pipe, and net's `path` servers and connections.
#include <uv.h>

#include "connection_wrap.h"
#include "env.h"
#include "stream_wrap.h"
#include "util.h"

namespace octet {

using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Object;
using v8::String;
using v8::Value;

namespace {

constexpr const char kConstructorKey[] = "pipe_wrap.Pipe";

class PipeWrap final : public StreamWrap {
 public:
  PipeWrap(Environment* env, Local<Object> object)
      : StreamWrap(env, object, reinterpret_cast<uv_stream_t*>(&handle_)) {
    CHECK_EQ(uv_pipe_init(env->loop(), &handle_, 0), 0);
    handle_.data = static_cast<HandleWrap*>(this);
  }

  uv_pipe_t* pipe() { return &handle_; }

  static PipeWrap* From(const FunctionCallbackInfo<Value>& info) {
    return static_cast<PipeWrap*>(StreamWrap::FromReceiver(info));
  }

 private:
  ~PipeWrap() override = default;
  uv_pipe_t handle_;
};

void New(const FunctionCallbackInfo<Value>& info) {
  CHECK(info.IsConstructCall());
  new PipeWrap(Environment::From(info), info.This());
}

// open(fd): adopts a pipe descriptor (stdin), made non-blocking by libuv.
void Open(const FunctionCallbackInfo<Value>& info) {
  PipeWrap* wrap = PipeWrap::From(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  info.GetReturnValue().Set(uv_pipe_open(wrap->pipe(), fd));
}

// bind(path)
void Bind(const FunctionCallbackInfo<Value>& info) {
  PipeWrap* wrap = PipeWrap::From(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  String::Utf8Value path(info.GetIsolate(), info[0]);
  if (*path == nullptr) return info.GetReturnValue().Set(UV_EINVAL);
  info.GetReturnValue().Set(uv_pipe_bind(wrap->pipe(), *path));
}

// listen(backlog)
void Listen(const FunctionCallbackInfo<Value>& info) {
  PipeWrap* wrap = PipeWrap::From(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  int backlog = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(511);
  info.GetReturnValue().Set(uv_listen(reinterpret_cast<uv_stream_t*>(wrap->pipe()), backlog,
                                      [](uv_stream_t* server, int status) {
                                        EmitConnection(server, status, kConstructorKey);
                                      }));
}

// connect(req, path): libuv reports every failure through the request's callback.
void Connect(const FunctionCallbackInfo<Value>& info) {
  PipeWrap* wrap = PipeWrap::From(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  CHECK(info[0]->IsObject());
  String::Utf8Value path(info.GetIsolate(), info[1]);
  if (*path == nullptr) return info.GetReturnValue().Set(UV_EINVAL);
  auto* connect = new ConnectRequest(wrap->env(), info[0].As<Object>());
  uv_pipe_connect(connect->req(), wrap->pipe(), *path, ConnectRequest::OnConnect);
  info.GetReturnValue().Set(0);
}

}  // namespace

void InitializeBinding_pipe_wrap(Environment* env, Local<Object> target) {
  InitializeConnectionClass(env, target, New, "Pipe", kConstructorKey, "PipeConnectWrap",
                            {{"open", Open},
                             {"bind", Bind},
                             {"listen", Listen},
                             {"connect", Connect}});
}

}  // namespace octet
