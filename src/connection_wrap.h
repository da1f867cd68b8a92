// What TCP and pipe handles share: connect requests and accepting connections on a listening
// handle. Both call into JS the way node's ConnectionWrap does, so lib/net.js treats them alike.
#ifndef OCTET_SRC_CONNECTION_WRAP_H_
#define OCTET_SRC_CONNECTION_WRAP_H_

#include <uv.h>
#include <v8.h>

#include <initializer_list>

namespace octet {

class Environment;

// A uv_connect_t whose completion calls `req.oncomplete(status, handle, req, readable, writable)`.
// Pass req() to uv_tcp_connect / uv_pipe_connect with OnConnect; Discard() if the call failed.
class ConnectRequest {
 public:
  ConnectRequest(Environment* env, v8::Local<v8::Object> object);
  uv_connect_t* req() { return &req_; }
  void Discard() { delete this; }
  static void OnConnect(uv_connect_t* req, int status);

 private:
  ~ConnectRequest();
  uv_connect_t req_;
  Environment* env_;
  v8::Global<v8::Object> object_;
};

// The body of a listening handle's connection callback: builds a client handle with the
// constructor registered under constructor_key (Environment::SetJsCallback), accepts into it and
// calls the server object's `onconnection(status, clientHandle)`.
void EmitConnection(uv_stream_t* server, int status, const char* constructor_key);

struct ConnectionMethod {
  const char* name;
  v8::FunctionCallback callback;
};

// Sets up a connection class the way tcp_wrap and pipe_wrap expose theirs: a StreamWrap template
// with `methods` on its prototype, its constructor registered under constructor_key (so accepted
// connections are made from native code with the same constructor JS uses) and set on target as
// class_name, the request constructor as request_name, and target.constants with SOCKET and
// SERVER. Returns that constants object for the caller's own additions.
v8::Local<v8::Object> InitializeConnectionClass(Environment* env, v8::Local<v8::Object> target,
                                                v8::FunctionCallback constructor,
                                                const char* class_name,
                                                const char* constructor_key,
                                                const char* request_name,
                                                std::initializer_list<ConnectionMethod> methods);

}  // namespace octet

#endif  // OCTET_SRC_CONNECTION_WRAP_H_
