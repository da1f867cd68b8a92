// Memory diagnostics: --memory-summary, --memory-report=FILE, --detect-leaks, --track-buffers and
// --watch-memory (docs/memory-diagnostics.md). The host makes two calls; with none of those
// options set both return at once and nothing else is installed (no GC callbacks, no timer, no
// allocator observer).
#ifndef OCTET_SRC_DIAGNOSTICS_DIAGNOSTICS_H_
#define OCTET_SRC_DIAGNOSTICS_DIAGNOSTICS_H_

namespace octet {

class Environment;

// After Environment::Bootstrap(), before the main script runs (inside a HandleScope).
void StartDiagnostics(Environment* env);

// Once the script, its event loop and process 'exit' are done — also after process.exit() or a
// fatal exception — and before the Environment is destroyed (inside a HandleScope). Prints the
// summary, writes the report, and closes the diagnostics' handles.
void StopDiagnostics(Environment* env);

}  // namespace octet

#endif  // OCTET_SRC_DIAGNOSTICS_DIAGNOSTICS_H_
