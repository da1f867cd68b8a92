// `octet`: parse the command line, then hand everything to the embedding API (octet.h).
#include <signal.h>
#include <unistd.h>

#include <cstdio>

#include "cli.h"
#include "octet.h"

int main(int argc, char** argv) {
  // A write to a closed pipe or socket must come back as EPIPE, not kill the process (as in node).
  signal(SIGPIPE, SIG_IGN);
  octet::CommandLine cl = octet::ParseCommandLine(argc, argv);
  if (cl.mode == octet::CommandLine::Mode::kExit) {
    fputs(cl.output.c_str(), cl.output_to_stderr ? stderr : stdout);
    return cl.exit_code;
  }
  if (cl.mode == octet::CommandLine::Mode::kStdin && isatty(STDIN_FILENO)) {
    fprintf(stderr, "%s: no script given and stdin is a terminal (there is no REPL); see --help\n",
            argv[0]);
    return 9;
  }
  std::unique_ptr<octet::Platform> platform = octet::Platform::Create(argv[0], cl.v8_flags);
  int exit_code;
  {
    std::unique_ptr<octet::Host> host = octet::Host::Create(platform.get(), std::move(cl.host));
    switch (cl.mode) {
      case octet::CommandLine::Mode::kFile: exit_code = host->RunFile(cl.script); break;
      case octet::CommandLine::Mode::kEval: exit_code = host->RunSource(cl.script, false); break;
      case octet::CommandLine::Mode::kPrint: exit_code = host->RunSource(cl.script, true); break;
      default: exit_code = host->RunStdin(); break;
    }
  }
  platform.reset();
  return exit_code;
}
