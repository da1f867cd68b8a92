// One file-system call, synchronous or on libuv's thread pool, and the value it produces.
//
// Every `fs` binding function ends with two arguments (req, ctx). When `req` is an FSReqCallback
// object made by JS, the call runs on the thread pool and `req.oncomplete(errno, result)` is called
// afterwards (errno 0 on success, a negative libuv error otherwise); the request and the buffers it
// reads into or writes from stay alive until then. Otherwise the call runs now: the result is the
// return value, and a failure sets ctx.errno / ctx.syscall for JS to build node's error from.
#ifndef OCTET_SRC_FS_FS_REQ_H_
#define OCTET_SRC_FS_FS_REQ_H_

#include <uv.h>
#include <v8.h>

#include <string>

#include "base_object.h"

namespace octet {
namespace fs {

// What a finished uv_fs_t turns into for JS.
enum class ResultKind {
  kNone,     // undefined
  kNumber,   // req->result: an fd, a byte count
  kStat,     // a Float64Array / BigInt64Array of stat fields
  kStatFs,   // the same for file-system statistics (7 fields)
  kPtrPath,  // the path at req->ptr (realpath, readlink)
  kReqPath,  // the path at req->path (mkdtemp's created name)
  kDirents,  // names, or [names, types], from a scandir
};

struct ResultSpec {
  ResultKind kind = ResultKind::kNone;
  bool raw_paths = false;   // paths as Uint8Arrays of their bytes instead of UTF-8 strings
  bool bigint = false;      // kStat: BigInt64Array
  bool with_types = false;  // kDirents: also the entries' UV_DIRENT_* types
};

// Per-environment state of the binding, handed to every binding function as its data.
struct BindingState {
  Environment* env;
  v8::Global<v8::FunctionTemplate> req_template;  // FSReqCallback
  v8::Global<v8::Float64Array> stat_values;       // results of synchronous stat calls
  v8::Global<v8::BigInt64Array> bigint_stat_values;
};

class FSReqWrap : public BaseObject {
 public:
  FSReqWrap(Environment* env, v8::Local<v8::Object> object);
  ~FSReqWrap() override;

  // The FSReqCallback constructor template (instances are requests).
  static v8::Local<v8::FunctionTemplate> MakeTemplate(Environment* env);
  // The request object passed as `req`, or nullptr for a synchronous call.
  static FSReqWrap* From(BindingState* state, v8::Local<v8::Value> value);

  // Marks the request in flight: pinned (with `pin`, a buffer libuv reads or writes) until done.
  void Begin(const ResultSpec& spec, v8::Local<v8::Value> pin);
  // Calls oncomplete(err, result) and frees this request (the JS object stays, inert). `result` is
  // only looked at when err == 0.
  void Complete(int err, v8::Local<v8::Value> result);

  uv_fs_t* req() { return &req_; }
  uv_work_t* work() { return &work_; }
  const ResultSpec& spec() const { return spec_; }

  // Async completion for uv_fs_* calls: converts req_ by spec_ and completes.
  static void AfterFs(uv_fs_t* req);

  // Scratch for calls that run on a worker (uv_queue_work) instead of one uv_fs_* request.
  int work_result = 0;
  int work_mode = 0;
  std::string work_path;
  std::string work_out;

  // For worker completions: true when the environment went away meanwhile (this is freed).
  bool DisposeIfOrphaned();

  void OnEnvironmentTeardown() override;

 private:
  uv_fs_t req_;
  uv_work_t work_;
  ResultSpec spec_;
  v8::Global<v8::Value> pin_;
  bool in_flight_ = false;
  bool orphaned_ = false;  // the environment is going away while libuv still owns req_
};

// The value a finished request gives JS, per `spec`. `sync_stats` (may be empty) is reused for a
// synchronous stat to avoid an allocation per call.
v8::Local<v8::Value> MakeResult(Environment* env, uv_fs_t* req, const ResultSpec& spec,
                                v8::Local<v8::Value> sync_stats);

// A path argument: a string (UTF-8) or the bytes of a Buffer / Uint8Array.
std::string PathArg(v8::Isolate* isolate, v8::Local<v8::Value> value);

// A string as JS sees it, or (raw) a Uint8Array holding its bytes.
v8::Local<v8::Value> PathValue(Environment* env, const char* data, size_t length, bool raw);

}  // namespace fs
}  // namespace octet

#endif  // OCTET_SRC_FS_FS_REQ_H_
