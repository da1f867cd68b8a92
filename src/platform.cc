// Process-wide start-up and shut-down, in V8's canonical order: ICU → platform → V8; disposal in
// exact reverse.
#include <libplatform/libplatform.h>
#include <v8.h>

#include "octet.h"
#include "platform_task_pump.h"
#include "util.h"
#include "v8_flags.h"

namespace octet {

namespace {
// Background threads for V8's GC and compiler tasks; two cores here, so more would only contend.
constexpr int kPlatformThreads = 2;
}  // namespace

struct Platform::Impl {
  std::unique_ptr<v8::Platform> platform;  // V8's default platform: queues, worker threads
  std::unique_ptr<v8::Platform> waking;    // what V8 is given: the same, waking event loops
};

const char* Version() { return "0.1.0"; }

Platform::Platform() : impl_(std::make_unique<Impl>()) {}

std::unique_ptr<Platform> Platform::Create(const char* argv0,
                                           const std::vector<std::string>& v8_flags) {
  std::unique_ptr<Platform> self(new Platform());
  v8::V8::InitializeICUDefaultLocation(argv0);
  v8::V8::InitializeExternalStartupData(argv0);
  SetDefaultV8Flags();
  for (const std::string& flag : v8_flags) v8::V8::SetFlagsFromString(flag.c_str(), flag.size());
  self->impl_->platform = v8::platform::NewDefaultPlatform(kPlatformThreads);
  self->impl_->waking = NewLoopWakingPlatform(self->impl_->platform.get());
  v8::V8::InitializePlatform(self->impl_->waking.get());
  CHECK(v8::V8::Initialize());
  return self;
}

Platform::~Platform() {
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
}

v8::Platform* Platform::v8_platform() const { return impl_->platform.get(); }

}  // namespace octet
