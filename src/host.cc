// Host: the public face of an Environment (octet.h).
#include <unistd.h>

#include "diagnostics/diagnostics.h"
#include "env.h"
#include "util.h"

namespace octet {

std::unique_ptr<Host> Host::Create(Platform* platform, HostOptions options) {
  return std::unique_ptr<Host>(new Host(std::make_unique<Environment>(platform, std::move(options))));
}

Host::Host(std::unique_ptr<Environment> env) : env_(std::move(env)) {}

Host::~Host() = default;

int Host::Run(const std::string& kind, const std::string& payload) {
  v8::HandleScope handle_scope(env_->isolate());
  if (!env_->Bootstrap()) return 1;
  StartDiagnostics(env_.get());  // no-op unless a memory diagnostics option is set
  env_->RunMain(kind, payload);
  env_->SpinLoop();
  int exit_code = env_->EmitExit();
  StopDiagnostics(env_.get());
  return exit_code;
}

int Host::RunFile(const std::string& path) { return Run("file", path); }

int Host::RunSource(const std::string& source, bool print_result) {
  return Run(print_result ? "print" : "eval", source);
}

int Host::RunStdin() {
  std::string source;
  char chunk[65536];
  ssize_t n;
  while ((n = read(STDIN_FILENO, chunk, sizeof(chunk))) > 0) source.append(chunk, n);
  return Run("stdin", source);
}

void Host::AddNativeModule(const std::string& name, NativeModuleInitializer init, void* data) {
  env_->AddNativeModule(name, init, data);
}

MemoryStats Host::GetMemoryStats() { return CollectMemoryStats(env_.get()); }

v8::Isolate* Host::isolate() const { return env_->isolate(); }

}  // namespace octet
