#include "diagnostics/heap_snapshot.h"

#include <fcntl.h>
#include <unistd.h>
#include <uv.h>
#include <v8-profiler.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <map>

#include "util.h"

namespace octet {

using v8::HeapProfiler;
using v8::HeapSnapshot;
using v8::Isolate;
using v8::OutputStream;

namespace {

class SinkStream final : public OutputStream {
 public:
  explicit SinkStream(const std::function<bool(const char*, size_t)>& sink) : sink_(sink) {}
  void EndOfStream() override {}
  int GetChunkSize() override { return 64 * 1024; }
  WriteResult WriteAsciiChunk(char* data, int size) override {
    if (!sink_(data, static_cast<size_t>(size))) {
      failed_ = true;
      return kAbort;
    }
    return kContinue;
  }
  bool failed() const { return failed_; }

 private:
  const std::function<bool(const char*, size_t)>& sink_;
  bool failed_ = false;
};

std::atomic<int> snapshot_sequence{0};

struct NearLimitState {
  uint32_t limit;
  uint32_t taken;
  bool writing;
};

// One entry per isolate that asked; only touched on that isolate's thread.
std::map<Isolate*, NearLimitState>& NearLimitStates() {
  static auto* states = new std::map<Isolate*, NearLimitState>();
  return *states;
}

size_t OnNearHeapLimit(void* data, size_t current_limit, size_t) {
  Isolate* isolate = static_cast<Isolate*>(data);
  NearLimitState& state = NearLimitStates()[isolate];
  // Taking the snapshot collects garbage, which can land here again: give it room.
  if (state.writing) return current_limit + current_limit / 2;
  if (state.taken >= state.limit) return current_limit;
  state.taken++;
  state.writing = true;
  std::string name = DefaultHeapSnapshotName();
  fprintf(stderr, "octet: the heap is near its limit (%zu MB): writing %s\n", current_limit >> 20,
          name.c_str());
  int err = WriteHeapSnapshotFile(isolate, name, {});
  if (err != 0) fprintf(stderr, "octet: could not write %s: %s\n", name.c_str(), uv_strerror(err));
  state.writing = false;
  // Room for the snapshot just taken and for the script to reach the limit again.
  return current_limit + current_limit / 2;
}

}  // namespace

bool SerializeHeapSnapshot(Isolate* isolate, const HeapSnapshotOptions& options,
                           const std::function<bool(const char*, size_t)>& sink) {
  HeapProfiler* profiler = isolate->GetHeapProfiler();
  const HeapSnapshot* snapshot =
      profiler->TakeHeapSnapshot(nullptr, nullptr, true, options.expose_numeric_values);
  if (snapshot == nullptr) return false;
  SinkStream stream(sink);
  snapshot->Serialize(&stream, HeapSnapshot::kJSON);
  const_cast<HeapSnapshot*>(snapshot)->Delete();
  return !stream.failed();
}

int WriteHeapSnapshotFile(Isolate* isolate, const std::string& path,
                          const HeapSnapshotOptions& options) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return -errno;
  int err = 0;
  SerializeHeapSnapshot(isolate, options, [&](const char* data, size_t length) {
    while (length > 0) {
      ssize_t n = write(fd, data, length);
      if (n < 0) {
        if (errno == EINTR) continue;
        err = -errno;
        return false;
      }
      data += n;
      length -= static_cast<size_t>(n);
    }
    return true;
  });
  if (close(fd) != 0 && err == 0) err = -errno;
  return err;
}

std::string DefaultHeapSnapshotName() {
  time_t now = time(nullptr);
  struct tm local;
  localtime_r(&now, &local);
  char name[128];
  snprintf(name, sizeof(name), "Heap.%04d%02d%02d.%02d%02d%02d.%d.0.%03d.heapsnapshot",
           local.tm_year + 1900, local.tm_mon + 1, local.tm_mday, local.tm_hour, local.tm_min,
           local.tm_sec, static_cast<int>(uv_os_getpid()), ++snapshot_sequence);
  return name;
}

void EnableNearHeapLimitSnapshots(Isolate* isolate, uint32_t limit) {
  auto& states = NearLimitStates();
  bool added = states.count(isolate) != 0;
  states[isolate] = NearLimitState{limit, 0, false};
  if (!added) isolate->AddNearHeapLimitCallback(OnNearHeapLimit, isolate);
}

}  // namespace octet
