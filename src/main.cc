// `octet`: parse the command line, then hand everything to the embedding API (octet.h).
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "cli.h"
#include "octet.h"

namespace {

// libuv and the stdio streams assume fds 0-2 exist; a parent may have closed them (`octet x.js <&-`).
// As node does, put /dev/null there so that nothing else gets opened onto a standard descriptor.
void EnsureStdioOpen() {
  for (int fd = 0; fd <= 2; fd++) {
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    int opened = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
    if (opened != fd && opened >= 0) {
      dup2(opened, fd);
      close(opened);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  EnsureStdioOpen();
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
