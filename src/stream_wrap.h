// StreamWrap: a HandleWrap over a uv_stream_t (TCP, pipe, TTY). It moves bytes and nothing else:
// reads become ArrayBuffers handed to the JS object's `onread(nread, arrayBuffer)`, writes and
// shutdowns are requests whose JS objects get `oncomplete(status)` when libuv is done with them.
//
// A write first tries to go out at once (uv_try_write); only the rest is queued. JS methods return
// a negative libuv error, or the number of bytes the write carries; a queued write also sets
// `req.async = true` on its request object, which then keeps its data alive until completion.
#ifndef OCTET_SRC_STREAM_WRAP_H_
#define OCTET_SRC_STREAM_WRAP_H_

#include <uv.h>
#include <v8.h>

#include <cstdint>

#include "base_object.h"

namespace octet {

class Environment;

class StreamWrap : public HandleWrap {
 public:
  StreamWrap(Environment* env, v8::Local<v8::Object> object, uv_stream_t* stream);

  uv_stream_t* stream() const { return stream_; }

  // readStart, readStop, shutdown, writeBuffer, writev, write{Utf8,Latin1,Ascii,Ucs2}String, and
  // the bytesRead / bytesWritten / writeQueueSize / fd getters, plus the HandleWrap methods.
  static void AddStreamMethods(Environment* env, v8::Local<v8::FunctionTemplate> tmpl);

  // The StreamWrap behind a JS receiver, or nullptr when it is not one (or already closed).
  static StreamWrap* FromReceiver(const v8::FunctionCallbackInfo<v8::Value>& info);

 protected:
  ~StreamWrap() override = default;

 private:
  // Sends bufs (whose bytes must stay valid until completion: `keep_alive` holds a JS value that
  // owns them, `owned` is malloc'd memory the request frees). Returns what the JS method returns.
  double Write(v8::Local<v8::Object> req, uv_buf_t* bufs, size_t count,
               v8::Local<v8::Value> keep_alive, char* owned);

  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  void EmitRead(ssize_t nread, v8::Local<v8::Value> data);

  static void ReadStart(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ReadStop(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Shutdown(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Writev(const v8::FunctionCallbackInfo<v8::Value>& info);
  template <int kEncoding>
  static void WriteString(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetBytesRead(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetBytesWritten(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetWriteQueueSize(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetFd(const v8::FunctionCallbackInfo<v8::Value>& info);

  uv_stream_t* stream_;
  uint64_t bytes_read_ = 0;
  uint64_t bytes_written_ = 0;
};

// Calls `req.oncomplete(...args)` from a libuv callback (nothing when the environment is stopping).
void CompleteRequest(Environment* env, v8::Local<v8::Object> req, int argc,
                     v8::Local<v8::Value> argv[]);

// A constructor for request objects (WriteWrap, TCPConnectWrap, ...): plain JS objects that JS
// decorates with `oncomplete` and whatever it needs back in the callback.
v8::Local<v8::Function> MakeRequestConstructor(Environment* env, const char* class_name);

}  // namespace octet

#endif  // OCTET_SRC_STREAM_WRAP_H_
