#include "cli.h"

#include <unistd.h>
#include <v8.h>

#include <CLI/CLI.hpp>
#include <cstring>

namespace octet {

namespace {

// node's exit code for an invalid command-line option.
constexpr int kBadOptionExitCode = 9;

struct OptionSpec {
  const char* name;
  bool takes_value;  // a value in the next argument when not given as --name=value
};

// Options the pre-scan must know to find where the script name starts.
const OptionSpec kValueOptions[] = {
    {"-e", true}, {"--eval", true}, {"-p", true}, {"--print", true},
};

bool TakesSeparateValue(const std::string& arg) {
  for (const OptionSpec& spec : kValueOptions)
    if (arg == spec.name) return spec.takes_value;
  return false;
}

// Builds the CLI11 description of octet's own options; also the source of --help.
void DescribeOptions(CLI::App& app, CommandLine& cl, std::string& eval, std::string& print,
                     bool& version, bool& v8_options, bool& expose_gc, long& max_old_space,
                     long& max_external_mb, long& track_buffers) {
  app.set_help_flag("-h,--help", "print this help and exit");
  app.add_option("-e,--eval", eval, "evaluate a script");
  app.add_option("-p,--print", print, "evaluate a script and print the result");
  app.add_flag("-v,--version", version, "print octet's version");
  app.add_flag("--v8-options", v8_options, "print V8's command-line options");
  app.add_flag("--expose-gc", expose_gc, "expose gc() (a V8 flag)");
  app.add_option("--max-old-space-size", max_old_space, "V8 old-space limit in MiB (a V8 flag)");
  app.add_flag("--expose-internals", cl.host.expose_internals,
               "let scripts require octet's internal modules (for tests)");
  app.add_flag("--zero-fill-buffers", cl.host.zero_fill_buffers,
               "zero-fill every new Buffer and ArrayBuffer");
  app.add_option("--max-external-memory", max_external_mb,
                 "cap on ArrayBuffer memory in MiB; past it allocations throw RangeError");
  app.add_option("--buffer-pool-idle-max", cl.host.buffer_pool_idle_max,
                 "idle 8 KB pool slabs kept for reuse (default 16)");
  app.add_flag("--memory-summary", cl.host.memory_summary,
               "print a heap vs external memory summary on exit");
  app.add_option("--memory-report", cl.host.memory_report,
                 "write a memory timeline report (FILE.html or FILE.json)");
  app.add_option("--memory-sample-interval", cl.host.memory_sample_interval_ms,
                 "sampling interval for --memory-report in ms (default 50)");
  app.add_flag("--detect-leaks", cl.host.detect_leaks,
               "warn when external memory keeps growing after GC");
  app.add_option("--track-buffers", track_buffers,
                 "record allocation sites of ArrayBuffers >= MIN_BYTES (default 1024)")
      ->expected(0, 1)
      ->default_str("1024");
  app.add_flag("--watch-memory", cl.host.watch_memory, "a live memory status line on stderr");
}

std::string Usage(const CLI::App& app) {
  std::string help = app.help();
  size_t options = help.find("Options:");
  return "Usage: octet [options] [ script.js | - ] [arguments]\n"
         "       octet [options] -e \"script\" | -p \"expression\"\n\n" +
         help.substr(options == std::string::npos ? 0 : options) +
         "\nOptions V8 knows (see --v8-options) are passed through to V8.\n";
}

}  // namespace

CommandLine ParseCommandLine(int argc, char** argv) {
  CommandLine cl;
  // Split node-style: everything before the script name is options, everything after is the
  // script's. Options that are not octet's are offered to V8.
  std::vector<std::string> own;
  std::vector<std::string> candidates_for_v8;
  std::vector<std::string> script_args;
  std::string script;
  bool have_script = false;
  bool eval_mode = false;
  for (int i = 1; i < argc; i++) {
    std::string arg = argv[i];
    if (arg == "--") {
      if (i + 1 < argc && !eval_mode) {
        script = argv[++i];
        have_script = true;
      }
      for (i++; i < argc; i++) script_args.push_back(argv[i]);
      break;
    }
    if (arg.size() < 2 || arg[0] != '-') {
      if (eval_mode) {
        // With -e/-p, the remaining arguments all belong to the script.
        for (; i < argc; i++) script_args.push_back(argv[i]);
      } else {
        script = arg;
        have_script = true;
        for (i++; i < argc; i++) script_args.push_back(argv[i]);
      }
      break;
    }
    std::string name = arg.substr(0, arg.find('='));
    static const char* kOwn[] = {"-h", "--help", "-e", "--eval", "-p", "--print", "-v",
                                 "--version", "--v8-options", "--expose-gc",
                                 "--max-old-space-size", "--zero-fill-buffers", "--expose-internals",
                                 "--max-external-memory", "--buffer-pool-idle-max",
                                 "--memory-summary", "--memory-report",
                                 "--memory-sample-interval", "--detect-leaks", "--track-buffers",
                                 "--watch-memory"};
    bool is_own = false;
    for (const char* o : kOwn) is_own |= name == o;
    if (name == "--expose_gc") is_own = true, arg = "--expose-gc";
    cl.host.exec_argv.push_back(argv[i]);
    if (!is_own) {
      candidates_for_v8.push_back(arg);
      continue;
    }
    own.push_back(arg);
    if (name == "-e" || name == "--eval" || name == "-p" || name == "--print") eval_mode = true;
    if (TakesSeparateValue(arg) && i + 1 < argc) {
      own.push_back(argv[++i]);
      cl.host.exec_argv.push_back(argv[i]);
    }
  }

  CLI::App app{"octet: a JavaScript runtime built around binary data", "octet"};
  std::string eval, print;
  bool version = false, v8_options = false, expose_gc = false;
  long max_old_space = 0, max_external_mb = 0, track_buffers = -1;
  DescribeOptions(app, cl, eval, print, version, v8_options, expose_gc, max_old_space,
                  max_external_mb, track_buffers);
  try {
    std::vector<std::string> reversed(own.rbegin(), own.rend());
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    cl.mode = CommandLine::Mode::kExit;
    cl.output = Usage(app);
    return cl;
  } catch (const CLI::ParseError& e) {
    cl.mode = CommandLine::Mode::kExit;
    cl.exit_code = kBadOptionExitCode;
    cl.output_to_stderr = true;
    cl.output = std::string(argv[0]) + ": " + e.what() + "\n";
    return cl;
  }
  if (version) {
    cl.mode = CommandLine::Mode::kExit;
    cl.output = std::string("v") + Version() + "\n";
    return cl;
  }
  if (v8_options) candidates_for_v8.push_back("--help");
  if (expose_gc) candidates_for_v8.push_back("--expose-gc");
  if (max_old_space > 0)
    candidates_for_v8.push_back("--max-old-space-size=" + std::to_string(max_old_space));

  // V8 removes the flags it knows; whatever is left is a bad option, as in node.
  std::vector<char*> v8_argv = {argv[0]};
  for (std::string& flag : candidates_for_v8) v8_argv.push_back(flag.data());
  int v8_argc = static_cast<int>(v8_argv.size());
  v8::V8::SetFlagsFromCommandLine(&v8_argc, v8_argv.data(), true);
  if (v8_argc > 1) {
    cl.mode = CommandLine::Mode::kExit;
    cl.exit_code = kBadOptionExitCode;
    cl.output_to_stderr = true;
    cl.output = std::string(argv[0]) + ": bad option: " + v8_argv[1] + "\n";
    return cl;
  }
  if (v8_options) {
    cl.mode = CommandLine::Mode::kExit;
    return cl;
  }
  cl.v8_flags = candidates_for_v8;
  if (max_external_mb > 0) cl.host.max_external_memory = static_cast<size_t>(max_external_mb) << 20;
  if (app.count("--track-buffers") > 0) cl.host.track_buffers_min_bytes = track_buffers < 0 ? 1024 : track_buffers;

  cl.host.argv.push_back(argv[0]);
  if (!eval.empty() || app.count("--eval")) {
    cl.mode = CommandLine::Mode::kEval;
    cl.script = eval;
  } else if (!print.empty() || app.count("--print")) {
    cl.mode = CommandLine::Mode::kPrint;
    cl.script = print;
  } else if (have_script && script != "-") {
    cl.mode = CommandLine::Mode::kFile;
    cl.script = script;
    cl.host.argv.push_back(script);
  } else {
    cl.mode = CommandLine::Mode::kStdin;
    if (have_script) cl.host.argv.push_back("-");
  }
  for (std::string& a : script_args) cl.host.argv.push_back(a);
  return cl;
}

}  // namespace octet
