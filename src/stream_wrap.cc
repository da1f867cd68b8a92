// Binding `stream_wrap` and the StreamWrap base shared by tcp_wrap, pipe_wrap and tty_wrap.
#include "stream_wrap.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "buffer/string_bytes.h"
#include "env.h"
#include "memory/allocator.h"
#include "util.h"

namespace octet {

using v8::Array;
using v8::ArrayBuffer;
using v8::BackingStore;
using v8::Boolean;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Global;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::Signature;
using v8::String;
using v8::Undefined;
using v8::Value;

namespace {

constexpr size_t kReadBufferSize = 64 * 1024;
// Strings up to this many bytes are encoded on the stack; most of them go out in one try_write.
constexpr size_t kStackStringBytes = 16 * 1024;

// libuv calls alloc, read() and the read callback back to back on the loop's thread, and the read
// callback copies the bytes out before it returns, so one buffer per thread serves every stream.
// Each chunk then costs one exact-size ArrayBuffer, whatever libuv suggested.
char* ThreadReadBuffer() {
  thread_local std::unique_ptr<char[]> buffer(new char[kReadBufferSize]);
  return buffer.get();
}

// An ArrayBuffer holding a copy of bytes, from octet's allocator without zeroing (the copy
// overwrites all of it). Empty when the allocator refuses (the --max-external-memory cap).
bool CopyToArrayBuffer(Environment* env, const char* data, size_t length, Local<ArrayBuffer>* out) {
  Allocator* allocator = env->allocator();
  void* bytes = allocator->AllocateUninitialized(length);
  if (bytes == nullptr) return false;
  memcpy(bytes, data, length);
  // The deleter runs on whichever thread V8 frees the store on; Allocator::Free is thread-safe.
  std::unique_ptr<BackingStore> store = ArrayBuffer::NewBackingStore(
      bytes, length,
      [](void* data, size_t length, void* allocator) {
        static_cast<Allocator*>(allocator)->Free(data, length);
      },
      allocator);
  *out = ArrayBuffer::New(env->isolate(), std::move(store));
  return true;
}

struct WriteRequest {
  uv_write_t req;
  Environment* env;
  Global<Object> object;
  Global<Value> keep_alive;  // the JS value owning the bytes, when they are not `owned`
  char* owned = nullptr;     // malloc'd bytes this request frees

  ~WriteRequest() { free(owned); }
};

struct ShutdownRequest {
  uv_shutdown_t req;
  Environment* env;
  Global<Object> object;
};

void OnWriteDone(uv_write_t* req, int status) {
  std::unique_ptr<WriteRequest> write(static_cast<WriteRequest*>(req->data));
  Environment* env = write->env;
  if (env->is_stopping()) return;
  HandleScope scope(env->isolate());
  Local<Value> argv[] = {Integer::New(env->isolate(), status)};
  CompleteRequest(env, write->object.Get(env->isolate()), 1, argv);
}

void OnShutdownDone(uv_shutdown_t* req, int status) {
  std::unique_ptr<ShutdownRequest> shutdown(static_cast<ShutdownRequest*>(req->data));
  Environment* env = shutdown->env;
  if (env->is_stopping()) return;
  HandleScope scope(env->isolate());
  Local<Value> argv[] = {Integer::New(env->isolate(), status)};
  CompleteRequest(env, shutdown->object.Get(env->isolate()), 1, argv);
}

}  // namespace

void CompleteRequest(Environment* env, Local<Object> req, int argc, Local<Value> argv[]) {
  if (env->is_stopping()) return;
  Isolate* isolate = env->isolate();
  Local<Value> oncomplete;
  if (!req->Get(env->context(), OneByteString(isolate, "oncomplete")).ToLocal(&oncomplete) ||
      !oncomplete->IsFunction()) {
    return;
  }
  env->MakeCallback(oncomplete.As<Function>(), req, argc, argv);
}

Local<Function> MakeRequestConstructor(Environment* env, const char* class_name) {
  Isolate* isolate = env->isolate();
  Local<FunctionTemplate> tmpl =
      FunctionTemplate::New(isolate, [](const FunctionCallbackInfo<Value>&) {});
  tmpl->SetClassName(OneByteString(isolate, class_name));
  return tmpl->GetFunction(env->context()).ToLocalChecked();
}

StreamWrap::StreamWrap(Environment* env, Local<Object> object, uv_stream_t* stream)
    : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(stream)), stream_(stream) {}

StreamWrap* StreamWrap::FromReceiver(const FunctionCallbackInfo<Value>& info) {
  // Every method is made with a Signature, so the receiver is an instance of a stream template.
  HandleWrap* wrap = BaseObject::Unwrap<HandleWrap>(info.This());
  if (wrap == nullptr || wrap->IsClosing()) return nullptr;
  return static_cast<StreamWrap*>(wrap);
}

// ---- reading ----

void StreamWrap::OnAlloc(uv_handle_t*, size_t, uv_buf_t* buf) {
  buf->base = ThreadReadBuffer();
  buf->len = kReadBufferSize;
}

void StreamWrap::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  // nread == 0 is EAGAIN: nothing happened.
  if (nread == 0) return;
  StreamWrap* wrap = static_cast<StreamWrap*>(static_cast<HandleWrap*>(stream->data));
  Environment* env = wrap->env();
  if (env->is_stopping()) return;
  HandleScope scope(env->isolate());
  if (nread < 0) return wrap->EmitRead(nread, Undefined(env->isolate()));
  Local<ArrayBuffer> chunk;
  if (!CopyToArrayBuffer(env, buf->base, static_cast<size_t>(nread), &chunk)) {
    return wrap->EmitRead(UV_ENOBUFS, Undefined(env->isolate()));
  }
  wrap->bytes_read_ += static_cast<uint64_t>(nread);
  wrap->EmitRead(nread, chunk);
}

void StreamWrap::EmitRead(ssize_t nread, Local<Value> data) {
  Environment* env = this->env();
  Isolate* isolate = env->isolate();
  Local<Object> object = this->object();
  Local<Value> onread;
  if (!object->Get(env->context(), OneByteString(isolate, "onread")).ToLocal(&onread) ||
      !onread->IsFunction()) {
    return;
  }
  Local<Value> argv[] = {Number::New(isolate, static_cast<double>(nread)), data};
  env->MakeCallback(onread.As<Function>(), object, 2, argv);
}

void StreamWrap::ReadStart(const FunctionCallbackInfo<Value>& info) {
  StreamWrap* wrap = FromReceiver(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  int err = uv_read_start(wrap->stream_, OnAlloc, OnRead);
  info.GetReturnValue().Set(err == UV_EALREADY ? 0 : err);
}

void StreamWrap::ReadStop(const FunctionCallbackInfo<Value>& info) {
  StreamWrap* wrap = FromReceiver(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  info.GetReturnValue().Set(uv_read_stop(wrap->stream_));
}

// ---- writing ----

double StreamWrap::Write(Local<Object> req, uv_buf_t* bufs, size_t count, Local<Value> keep_alive,
                         char* owned) {
  size_t total = 0;
  for (size_t i = 0; i < count; i++) total += bufs[i].len;
  bytes_written_ += total;

  int tried = uv_try_write(stream_, bufs, static_cast<unsigned int>(count));
  if (tried == UV_EAGAIN || tried == UV_ENOSYS) {
    tried = 0;
  } else if (tried < 0) {
    free(owned);
    return tried;
  }
  size_t done = static_cast<size_t>(tried);
  while (count > 0 && done >= bufs->len) {
    done -= bufs->len;
    bufs++;
    count--;
  }
  if (count == 0) {
    free(owned);
    return static_cast<double>(total);
  }
  bufs->base += done;
  bufs->len -= done;

  Environment* env = this->env();
  Isolate* isolate = env->isolate();
  auto* write = new WriteRequest();
  write->req.data = write;
  write->env = env;
  write->object.Reset(isolate, req);
  if (!keep_alive.IsEmpty()) write->keep_alive.Reset(isolate, keep_alive);
  write->owned = owned;
  int err = uv_write(&write->req, stream_, bufs, static_cast<unsigned int>(count), OnWriteDone);
  if (err != 0) {
    delete write;
    return err;
  }
  req->Set(env->context(), OneByteString(isolate, "async"), Boolean::New(isolate, true)).Check();
  return static_cast<double>(total);
}

// writeBuffer(req, view)
void StreamWrap::WriteBuffer(const FunctionCallbackInfo<Value>& info) {
  StreamWrap* wrap = FromReceiver(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  CHECK(info[0]->IsObject());
  CHECK(info[1]->IsArrayBufferView());
  ByteSpan bytes = ViewBytes(info[1]);
  uv_buf_t buf = uv_buf_init(bytes.data, static_cast<unsigned int>(bytes.length));
  info.GetReturnValue().Set(wrap->Write(info[0].As<Object>(), &buf, 1, info[1], nullptr));
}

// writev(req, views): an array of ArrayBufferViews, sent in order as one write.
void StreamWrap::Writev(const FunctionCallbackInfo<Value>& info) {
  StreamWrap* wrap = FromReceiver(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  CHECK(info[0]->IsObject());
  CHECK(info[1]->IsArray());
  Local<Context> context = wrap->env()->context();
  Local<Array> chunks = info[1].As<Array>();
  uint32_t n = chunks->Length();
  std::vector<uv_buf_t> bufs;
  bufs.reserve(n);
  for (uint32_t i = 0; i < n; i++) {
    Local<Value> chunk;
    if (!chunks->Get(context, i).ToLocal(&chunk)) return;
    CHECK(chunk->IsArrayBufferView());
    ByteSpan bytes = ViewBytes(chunk);
    bufs.push_back(uv_buf_init(bytes.data, static_cast<unsigned int>(bytes.length)));
  }
  info.GetReturnValue().Set(
      wrap->Write(info[0].As<Object>(), bufs.data(), bufs.size(), chunks, nullptr));
}

// write{Utf8,Latin1,Ascii,Ucs2}String(req, string)
template <int kEncoding>
void StreamWrap::WriteString(const FunctionCallbackInfo<Value>& info) {
  constexpr auto encoding = static_cast<buffer::Encoding>(kEncoding);
  StreamWrap* wrap = FromReceiver(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  CHECK(info[0]->IsObject());
  CHECK(info[1]->IsString());
  Isolate* isolate = info.GetIsolate();
  Local<Object> req = info[0].As<Object>();
  Local<String> string = info[1].As<String>();
  size_t length = static_cast<size_t>(string->Length());
  size_t per_char = encoding == buffer::Encoding::kUtf8   ? 3
                    : encoding == buffer::Encoding::kUcs2 ? 2
                                                          : 1;

  if (length * per_char <= kStackStringBytes) {
    // Encode on the stack; only bytes try_write could not send are copied for the queued write.
    char stack[kStackStringBytes];
    size_t n = buffer::WriteString(isolate, string, encoding, reinterpret_cast<uint8_t*>(stack),
                                   sizeof(stack));
    uv_buf_t buf = uv_buf_init(stack, static_cast<unsigned int>(n));
    int tried = uv_try_write(wrap->stream_, &buf, 1);
    if (tried == UV_EAGAIN || tried == UV_ENOSYS) tried = 0;
    if (tried < 0) {
      wrap->bytes_written_ += n;
      return info.GetReturnValue().Set(tried);
    }
    size_t sent = static_cast<size_t>(tried);
    if (sent == n) {
      wrap->bytes_written_ += n;
      return info.GetReturnValue().Set(static_cast<double>(n));
    }
    size_t rest = n - sent;
    char* owned = static_cast<char*>(malloc(rest));
    CHECK(owned != nullptr);
    memcpy(owned, stack + sent, rest);
    uv_buf_t rest_buf = uv_buf_init(owned, static_cast<unsigned int>(rest));
    // Write() counts the bytes it is given; the ones already sent are counted here.
    wrap->bytes_written_ += sent;
    double result = wrap->Write(req, &rest_buf, 1, Local<Value>(), owned);
    return info.GetReturnValue().Set(result < 0 ? result : static_cast<double>(n));
  }

  size_t capacity = encoding == buffer::Encoding::kUtf8 ? buffer::Utf8Length(isolate, string)
                                                        : length * per_char;
  char* owned = static_cast<char*>(malloc(capacity > 0 ? capacity : 1));
  CHECK(owned != nullptr);
  size_t n = buffer::WriteString(isolate, string, encoding, reinterpret_cast<uint8_t*>(owned),
                                 capacity);
  uv_buf_t buf = uv_buf_init(owned, static_cast<unsigned int>(n));
  info.GetReturnValue().Set(wrap->Write(req, &buf, 1, Local<Value>(), owned));
}

// shutdown(req): ends the writing side once queued writes are out.
void StreamWrap::Shutdown(const FunctionCallbackInfo<Value>& info) {
  StreamWrap* wrap = FromReceiver(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  CHECK(info[0]->IsObject());
  Environment* env = wrap->env();
  auto* shutdown = new ShutdownRequest();
  shutdown->req.data = shutdown;
  shutdown->env = env;
  shutdown->object.Reset(env->isolate(), info[0].As<Object>());
  int err = uv_shutdown(&shutdown->req, wrap->stream_, OnShutdownDone);
  if (err != 0) delete shutdown;
  info.GetReturnValue().Set(err);
}

// ---- state ----

void StreamWrap::GetBytesRead(const FunctionCallbackInfo<Value>& info) {
  HandleWrap* wrap = BaseObject::Unwrap<HandleWrap>(info.This());
  double n = wrap == nullptr ? 0 : static_cast<double>(static_cast<StreamWrap*>(wrap)->bytes_read_);
  info.GetReturnValue().Set(n);
}

void StreamWrap::GetBytesWritten(const FunctionCallbackInfo<Value>& info) {
  HandleWrap* wrap = BaseObject::Unwrap<HandleWrap>(info.This());
  double n =
      wrap == nullptr ? 0 : static_cast<double>(static_cast<StreamWrap*>(wrap)->bytes_written_);
  info.GetReturnValue().Set(n);
}

void StreamWrap::GetWriteQueueSize(const FunctionCallbackInfo<Value>& info) {
  StreamWrap* wrap = FromReceiver(info);
  double n = wrap == nullptr ? 0 : static_cast<double>(wrap->stream_->write_queue_size);
  info.GetReturnValue().Set(n);
}

void StreamWrap::GetFd(const FunctionCallbackInfo<Value>& info) {
  StreamWrap* wrap = FromReceiver(info);
  uv_os_fd_t fd = -1;
  if (wrap == nullptr || uv_fileno(reinterpret_cast<uv_handle_t*>(wrap->stream_), &fd) != 0) {
    fd = -1;
  }
  info.GetReturnValue().Set(fd);
}

void StreamWrap::AddStreamMethods(Environment* env, Local<FunctionTemplate> tmpl) {
  Isolate* isolate = env->isolate();
  HandleWrap::AddHandleMethods(env, tmpl);
  Local<Signature> signature = Signature::New(isolate, tmpl);
  auto proto = tmpl->PrototypeTemplate();
  auto method = [&](const char* name, v8::FunctionCallback callback) {
    proto->Set(isolate, name, FunctionTemplate::New(isolate, callback, Local<Value>(), signature));
  };
  auto getter = [&](const char* name, v8::FunctionCallback callback) {
    proto->SetAccessorProperty(
        OneByteString(isolate, name),
        FunctionTemplate::New(isolate, callback, Local<Value>(), signature));
  };
  method("readStart", ReadStart);
  method("readStop", ReadStop);
  method("shutdown", Shutdown);
  method("writeBuffer", WriteBuffer);
  method("writev", Writev);
  method("writeUtf8String", WriteString<static_cast<int>(buffer::Encoding::kUtf8)>);
  method("writeLatin1String", WriteString<static_cast<int>(buffer::Encoding::kLatin1)>);
  method("writeAsciiString", WriteString<static_cast<int>(buffer::Encoding::kAscii)>);
  method("writeUcs2String", WriteString<static_cast<int>(buffer::Encoding::kUcs2)>);
  getter("bytesRead", GetBytesRead);
  getter("bytesWritten", GetBytesWritten);
  getter("writeQueueSize", GetWriteQueueSize);
  getter("fd", GetFd);
}

void InitializeBinding_stream_wrap(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetValue(context, target, "WriteWrap", MakeRequestConstructor(env, "WriteWrap"));
  SetValue(context, target, "ShutdownWrap", MakeRequestConstructor(env, "ShutdownWrap"));
}

}  // namespace octet
