// The `octet` command line, node-style: octet's own options and V8 flags before the script, the
// script's own arguments after it.
#ifndef OCTET_SRC_CLI_H_
#define OCTET_SRC_CLI_H_

#include <string>
#include <vector>

#include "octet.h"

namespace octet {

struct CommandLine {
  enum class Mode { kFile, kEval, kPrint, kStdin, kExit };
  Mode mode = Mode::kStdin;
  std::string script;                 // a path for kFile, source for kEval/kPrint
  std::vector<std::string> v8_flags;  // passed to V8 as node passes them
  HostOptions host;
  int exit_code = 0;                  // kExit: what to exit with (after printing `output`)
  std::string output;                 // kExit: text for stdout (help, version) or stderr (errors)
  bool output_to_stderr = false;
};

CommandLine ParseCommandLine(int argc, char** argv);

}  // namespace octet

#endif  // OCTET_SRC_CLI_H_
