"""Command-line cases for the memory diagnostics (docs/memory-diagnostics.md): --memory-summary,
--memory-report, --detect-leaks, --track-buffers and --watch-memory, checked as a user sees them.
Same format as cases.py: name, args, stdin, exit code, stdout regex, stderr regex; `{fixtures}` is
test/fixtures. The multi-process checks (schema, Chromium) are in test/diagnostics/checks.py."""

SUMMARY_ROWS = (r"octet memory summary \(pid \d+, [\d.]+ s\)\n  memory +peak +final\n"
                r"  rss +[\d.]+ [KMG]?i?B +[\d.]+ [KMG]?i?B\n  heapTotal .*\n  heapUsed .*\n"
                r"  external .*\n  arrayBuffers .*\n  garbage collection +count +total pause +longest\n"
                r"  scavenge +\d+ .*\n  mark-compact +\d+ .*\n")

CASES = [
    ("memory-summary prints the table at exit", ["--memory-summary", "-e", "console.log('out')"], None, 0,
     r"\Aout\n\Z", r"\A" + SUMMARY_ROWS + r"[\s\S]*  Buffer pool \(8\.00 KiB slabs\): \d+ allocated, \d+ reused, "
     r"\d+ idle \([^)]*\), \d+ live\n  large allocations \(>= 128 KiB\): \d+ live \([^)]*\), peak .*\n"
     r"  Buffer→string  .*\n  string→Buffer  .*\n\Z"),
    ("memory-summary after process.exit()", ["--memory-summary", "-e", "process.exit(3)"], None, 3,
     r"\A\Z", r"\A" + SUMMARY_ROWS),
    ("memory-summary after an uncaught exception", ["--memory-summary", "-e", "throw new Error('boom')"], None, 1,
     r"\A\Z", r"Error: boom\n[\s\S]*\n" + SUMMARY_ROWS),
    ("memory-summary counts Buffer/string conversions", ["--memory-summary", "-e",
     "Buffer.from('aabbcc', 'hex').toString('base64'); Buffer.from('x'.repeat(5000)).toString('latin1')"], None, 0,
     r"\A\Z", r"Buffer→string  2 calls, 4\.89 KiB: base64 1 \(3 B\), latin1 1 \(4\.88 KiB\)\n"
     r"  string→Buffer  2 calls, 4\.89 KiB: hex 1 \(3 B\), utf8 1 \(4\.88 KiB\)\n"),
    ("memory-summary counts garbage collections", ["--expose-gc", "--memory-summary", "-e", "gc(); gc()"], None, 0,
     r"\A\Z", r"  mark-compact +[2-9]\d* +[\d.]+ m?s"),
    ("detect-leaks names the line that allocates the retained buffers",
     ["--detect-leaks", "--track-buffers", "{fixtures}/diagnostics/leak.js", "1500"], None, 0, r"\A\Z",
     r"\A\(octet:\d+\) MemoryLeakWarning: arrayBuffers kept growing across \d+ garbage collections, "
     r"[\d.]+ [KMG]?i?B -> [\d.]+ [KMG]iB \(\+[\d.]+ [KMG]iB in [\d.]+ m?s\), while heapUsed stayed at .*\n"
     r"Live ArrayBuffers >= 1\.00 KiB by allocation site:\n"
     r"  [\d.]+ MiB in \d+ buffers allocated at \S*diagnostics/leak\.js:5:24\n(  .*\n)*\Z"),
    ("detect-leaks without track-buffers says how to find the site",
     ["--detect-leaks", "{fixtures}/diagnostics/leak.js", "1500"], None, 0, r"\A\Z",
     r"\A\(octet:\d+\) MemoryLeakWarning: arrayBuffers kept growing[^\n]*\n"
     r"Run with --track-buffers to see where the live buffers were allocated\.\n\Z"),
    ("detect-leaks stays quiet when buffers are allocated and dropped",
     ["--detect-leaks", "--track-buffers", "{fixtures}/diagnostics/steady.js", "2500"], None, 0,
     r"\Achecksum true\n\Z", r"\A\Z"),
    ("track-buffers lists live sites in the summary",
     ["--track-buffers=4096", "--memory-summary", "-e",
      "globalThis.keep = [new ArrayBuffer(5000), new ArrayBuffer(6000), new ArrayBuffer(100)]"], None, 0, r"\A\Z",
     r"  live ArrayBuffers >= 4\.00 KiB: \d+ \([\d.]+ KiB\) by allocation site:\n(    .*\n)*"
     r" +5\.86 KiB in +1 buffer   \[eval\]:1:43\n +4\.88 KiB in +1 buffer   \[eval\]:1:20\n(    .*\n)*\Z"),
    ("memory-report reports where it wrote",
     ["--memory-report=out/diagnostics-case-report.json", "-e", "1"], None, 0, r"\A\Z",
     r"\Aoctet: memory report written to \S*out/diagnostics-case-report\.json\n\Z"),
    ("memory-report says when it cannot write",
     ["--memory-report=/nonexistent-dir/report.html", "-e", "1"], None, 0, r"\A\Z",
     r"\Aoctet: could not write the memory report to /nonexistent-dir/report\.html: "
     r"no such file or directory\n\Z"),
    ("watch-memory writes a status line each second off a terminal",
     ["--watch-memory", "-e", "setTimeout(() => {}, 2300)"], None, 0, r"\A\Z",
     r"\A(\[octet \d+\.\ds\] heap [\d.]+ [KMG]?i?B / [\d.]+ [KMG]?i?B \| external [\d.]+ [KMG]?i?B \| "
     r"arrayBuffers [\d.]+ [KMG]?i?B \| rss [\d.]+ [KMG]?i?B \| GCs \d+\n){3,4}\Z"),
]

# The leak example (docs/examples/04-*.js): the finder fires on the leaky version, naming its
# allocating line, and stays quiet on the fixed one.
CASES += [
    ("example 4: the leak finder fires and names the allocating line",
     ["--detect-leaks", "--track-buffers", "docs/examples/04-leak-detection.js"], None, 0,
     r"2 of 2 claims hold\n\Z",
     r"MemoryLeakWarning: arrayBuffers kept growing[\s\S]*allocated at \S*docs/examples/04-leak-detection\.js:16:\d+"),
    ("example 4 fixed: no leak warning",
     ["--detect-leaks", "--track-buffers", "docs/examples/04-leak-fixed.js"], None, 0,
     r"2 of 2 claims hold\n\Z", r"\A\Z"),
]
