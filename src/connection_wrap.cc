#include "connection_wrap.h"

#include <csignal>

#include "env.h"
#include "stream_wrap.h"
#include "util.h"

namespace octet {

namespace {

constexpr int kSocket = 0;
constexpr int kServer = 1;

}  // namespace

using v8::Context;
using v8::Function;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Signature;
using v8::True;
using v8::Undefined;
using v8::Value;

ConnectRequest::ConnectRequest(Environment* env, Local<Object> object) : env_(env) {
  req_.data = this;
  object_.Reset(env->isolate(), object);
}

ConnectRequest::~ConnectRequest() { object_.Reset(); }

void ConnectRequest::OnConnect(uv_connect_t* req, int status) {
  auto* self = static_cast<ConnectRequest*>(req->data);
  Environment* env = self->env_;
  if (!env->is_stopping()) {
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    auto* wrap = static_cast<HandleWrap*>(req->handle->data);
    Local<Object> object = self->object_.Get(isolate);
    Local<Value> argv[] = {Integer::New(isolate, status), wrap->object(), object, True(isolate),
                           True(isolate)};
    CompleteRequest(env, object, 5, argv);
  }
  delete self;
}

void EmitConnection(uv_stream_t* server, int status, const char* constructor_key) {
  auto* wrap = static_cast<HandleWrap*>(server->data);
  Environment* env = wrap->env();
  if (env->is_stopping()) return;
  Isolate* isolate = env->isolate();
  HandleScope scope(isolate);
  Local<Context> context = env->context();
  Local<Value> argv[] = {Integer::New(isolate, status), Undefined(isolate)};
  if (status == 0) {
    Local<Function> constructor;
    Local<Value> type = Integer::New(isolate, 0);  // SOCKET
    Local<Object> client;
    if (!env->GetJsCallback(constructor_key).ToLocal(&constructor) ||
        !constructor->NewInstance(context, 1, &type).ToLocal(&client)) {
      return;
    }
    auto* client_wrap = static_cast<StreamWrap*>(BaseObject::Unwrap<HandleWrap>(client));
    int err = uv_accept(server, client_wrap->stream());
    if (err != 0) {
      client_wrap->Close();
      argv[0] = Integer::New(isolate, err);
    } else {
      argv[1] = client;
    }
  }
  Local<Object> object = wrap->object();
  Local<Value> onconnection;
  if (!object->Get(context, OneByteString(isolate, "onconnection")).ToLocal(&onconnection) ||
      !onconnection->IsFunction()) {
    return;
  }
  env->MakeCallback(onconnection.As<Function>(), object, 2, argv);
}

Local<Object> InitializeConnectionClass(Environment* env, Local<Object> target,
                                        v8::FunctionCallback constructor, const char* class_name,
                                        const char* constructor_key, const char* request_name,
                                        std::initializer_list<ConnectionMethod> methods) {
  // A peer that vanishes must surface as EPIPE on the write, not kill the process.
  signal(SIGPIPE, SIG_IGN);

  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, constructor, class_name);
  StreamWrap::AddStreamMethods(env, tmpl);
  auto proto = tmpl->PrototypeTemplate();
  Local<Signature> signature = Signature::New(isolate, tmpl);
  for (const ConnectionMethod& method : methods) {
    proto->Set(isolate, method.name,
               FunctionTemplate::New(isolate, method.callback, Local<Value>(), signature));
  }

  Local<Function> function = tmpl->GetFunction(context).ToLocalChecked();
  env->SetJsCallback(constructor_key, function);
  SetValue(context, target, class_name, function);
  SetValue(context, target, request_name, MakeRequestConstructor(env, request_name));
  Local<Object> constants = Object::New(isolate);
  SetConstant(context, constants, "SOCKET", kSocket);
  SetConstant(context, constants, "SERVER", kServer);
  SetValue(context, target, "constants", constants);
  return constants;
}

}  // namespace octet
