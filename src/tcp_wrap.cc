// Binding `tcp_wrap`: the TCP handle under net.Socket and net.Server. JS resolves names and builds
// errors; this file binds, listens, accepts, connects and reports addresses.
#include <uv.h>

#include <sys/socket.h>

#include <cerrno>

#include "connection_wrap.h"
#include "env.h"
#include "stream_wrap.h"
#include "util.h"

namespace octet {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::String;
using v8::Value;

namespace {

constexpr const char kConstructorKey[] = "tcp_wrap.TCP";

class TcpWrap final : public StreamWrap {
 public:
  TcpWrap(Environment* env, Local<Object> object)
      : StreamWrap(env, object, reinterpret_cast<uv_stream_t*>(&handle_)) {
    CHECK_EQ(uv_tcp_init(env->loop(), &handle_), 0);
    handle_.data = static_cast<HandleWrap*>(this);
  }

  uv_tcp_t* tcp() { return &handle_; }

  static TcpWrap* From(const FunctionCallbackInfo<Value>& info) {
    return static_cast<TcpWrap*>(StreamWrap::FromReceiver(info));
  }

 private:
  ~TcpWrap() override = default;
  uv_tcp_t handle_;
};

void New(const FunctionCallbackInfo<Value>& info) {
  CHECK(info.IsConstructCall());
  new TcpWrap(Environment::From(info), info.This());
}

int ToInt(const FunctionCallbackInfo<Value>& info, int index, int fallback = 0) {
  return info[index]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(fallback);
}

// Fills out.address / out.family / out.port from a socket address, as node's AddressToJS does.
void AddressToJs(Environment* env, const sockaddr* addr, Local<Object> out) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  char ip[INET6_ADDRSTRLEN];
  int port = 0;
  const char* family = "";
  if (addr->sa_family == AF_INET6) {
    const auto* a6 = reinterpret_cast<const sockaddr_in6*>(addr);
    uv_ip6_name(a6, ip, sizeof(ip));
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else if (addr->sa_family == AF_INET) {
    const auto* a4 = reinterpret_cast<const sockaddr_in*>(addr);
    uv_ip4_name(a4, ip, sizeof(ip));
    port = ntohs(a4->sin_port);
    family = "IPv4";
  } else {
    ip[0] = '\0';
  }
  out->Set(context, OneByteString(isolate, "address"), OneByteString(isolate, ip)).Check();
  out->Set(context, OneByteString(isolate, "family"), OneByteString(isolate, family)).Check();
  out->Set(context, OneByteString(isolate, "port"), Integer::New(isolate, port)).Check();
}

template <int (*kGetName)(const uv_tcp_t*, sockaddr*, int*)>
void GetName(const FunctionCallbackInfo<Value>& info) {
  TcpWrap* wrap = TcpWrap::From(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  CHECK(info[0]->IsObject());
  sockaddr_storage storage;
  int length = sizeof(storage);
  int err = kGetName(wrap->tcp(), reinterpret_cast<sockaddr*>(&storage), &length);
  if (err == 0) {
    AddressToJs(wrap->env(), reinterpret_cast<sockaddr*>(&storage), info[0].As<Object>());
  }
  info.GetReturnValue().Set(err);
}

// Parses an address for family 4 or 6 into storage; a libuv error when it is not one.
int ParseAddress(Isolate* isolate, Local<Value> host, int port, int family,
                 sockaddr_storage* storage) {
  String::Utf8Value text(isolate, host);
  if (*text == nullptr) return UV_EINVAL;
  if (family == 6) return uv_ip6_addr(*text, port, reinterpret_cast<sockaddr_in6*>(storage));
  return uv_ip4_addr(*text, port, reinterpret_cast<sockaddr_in*>(storage));
}

// bind(address, port) / bind6(address, port, flags)
template <int kFamily>
void Bind(const FunctionCallbackInfo<Value>& info) {
  TcpWrap* wrap = TcpWrap::From(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  sockaddr_storage storage;
  int err = ParseAddress(info.GetIsolate(), info[0], ToInt(info, 1), kFamily, &storage);
  if (err == 0) {
    unsigned int flags = kFamily == 6 ? static_cast<unsigned int>(ToInt(info, 2)) : 0;
    err = uv_tcp_bind(wrap->tcp(), reinterpret_cast<sockaddr*>(&storage), flags);
  }
  info.GetReturnValue().Set(err);
}

// listen(backlog)
void Listen(const FunctionCallbackInfo<Value>& info) {
  TcpWrap* wrap = TcpWrap::From(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  int err = uv_listen(reinterpret_cast<uv_stream_t*>(wrap->tcp()), ToInt(info, 0, 511),
                      [](uv_stream_t* server, int status) {
                        EmitConnection(server, status, kConstructorKey);
                      });
  info.GetReturnValue().Set(err);
}

// connect(req, address, port) / connect6(req, address, port)
template <int kFamily>
void Connect(const FunctionCallbackInfo<Value>& info) {
  TcpWrap* wrap = TcpWrap::From(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  CHECK(info[0]->IsObject());
  Environment* env = wrap->env();
  sockaddr_storage storage;
  int err = ParseAddress(info.GetIsolate(), info[1], ToInt(info, 2), kFamily, &storage);
  if (err != 0) return info.GetReturnValue().Set(err);
  auto* connect = new ConnectRequest(env, info[0].As<Object>());
  err = uv_tcp_connect(connect->req(), wrap->tcp(), reinterpret_cast<sockaddr*>(&storage),
                       ConnectRequest::OnConnect);
  if (err != 0) connect->Discard();
  info.GetReturnValue().Set(err);
}

// open(fd): adopts a socket descriptor.
void Open(const FunctionCallbackInfo<Value>& info) {
  TcpWrap* wrap = TcpWrap::From(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  info.GetReturnValue().Set(uv_tcp_open(wrap->tcp(), ToInt(info, 0, -1)));
}

void SetNoDelay(const FunctionCallbackInfo<Value>& info) {
  TcpWrap* wrap = TcpWrap::From(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  info.GetReturnValue().Set(uv_tcp_nodelay(wrap->tcp(), info[0]->BooleanValue(info.GetIsolate())));
}

// setKeepAlive(enable, initialDelaySeconds)
void SetKeepAlive(const FunctionCallbackInfo<Value>& info) {
  TcpWrap* wrap = TcpWrap::From(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  bool enable = info[0]->BooleanValue(info.GetIsolate());
  int delay = ToInt(info, 1);
  info.GetReturnValue().Set(
      uv_tcp_keepalive(wrap->tcp(), enable, static_cast<unsigned int>(delay)));
}

// reset(): closes with an RST instead of a FIN (what uv_tcp_close_reset does: SO_LINGER with a
// zero timeout, then an ordinary close), so the handle's usual onclose callback still runs.
void Reset(const FunctionCallbackInfo<Value>& info) {
  TcpWrap* wrap = TcpWrap::From(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  uv_os_fd_t fd;
  if (uv_fileno(reinterpret_cast<uv_handle_t*>(wrap->tcp()), &fd) == 0) {
    // After shutdown() the FIN is already on its way: too late for a reset.
    if (uv_is_writable(reinterpret_cast<uv_stream_t*>(wrap->tcp())) == 0) {
      return info.GetReturnValue().Set(UV_EINVAL);
    }
    linger option = {1, 0};
    if (setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, sizeof(option)) != 0) {
      return info.GetReturnValue().Set(uv_translate_sys_error(errno));
    }
  }
  wrap->Close();
  info.GetReturnValue().Set(0);
}

}  // namespace

void InitializeBinding_tcp_wrap(Environment* env, Local<Object> target) {
  Local<Object> constants =
      InitializeConnectionClass(env, target, New, "TCP", kConstructorKey, "TCPConnectWrap",
                                {{"open", Open},
                                 {"bind", Bind<4>},
                                 {"bind6", Bind<6>},
                                 {"listen", Listen},
                                 {"connect", Connect<4>},
                                 {"connect6", Connect<6>},
                                 {"getsockname", GetName<uv_tcp_getsockname>},
                                 {"getpeername", GetName<uv_tcp_getpeername>},
                                 {"setNoDelay", SetNoDelay},
                                 {"setKeepAlive", SetKeepAlive},
                                 {"reset", Reset}});
  SetConstant(env->context(), constants, "UV_TCP_IPV6ONLY", UV_TCP_IPV6ONLY);
}

}  // namespace octet
