"""Command-line cases: octet's flags, entry points and fatal-error reports, checked as a user sees
them (exit code, stdout, stderr). Each case: name, args, stdin, exit code, stdout regex, stderr regex.
`{fixtures}` in args is test/fixtures. Run by tools/run_tests.py."""

# Programs other than octet, run from the build directory: name, program, args, exit code, stdout regex.
PROGRAMS = [
    ("minimal embedder", "minimal_embedder", [], 0,
     r"\Ahello, embedder\npool slab size 8192\nexit code 0; arrayBuffers >= 4 MiB; heapUsed > 0\n\Z"),
]

CASES = [
    ("print expression", ["-p", "1+1"], None, 0, r"\A2\n\Z", r"\A\Z"),
    ("print string", ["-p", "'a' + 'b'"], None, 0, r"\Aab\n\Z", None),
    ("eval runs code", ["-e", "console.log(6 * 7)"], None, 0, r"\A42\n\Z", None),
    ("eval argv", ["-e", "console.log(process.argv.slice(1))", "x", "y"], None, 0,
     r"\A\[ 'x', 'y' \]\n\Z", None),
    ("eval __filename", ["-e", "console.log(__filename, typeof require)"], None, 0,
     r"\A\[eval\] function\n\Z", None),
    ("version", ["--version"], None, 0, r"\Av\d+\.\d+\.\d+\n\Z", None),
    ("help lists flags", ["--help"], None, 0, r"--expose-gc[\s\S]*--memory-summary", None),
    ("bad option exits 9", ["--no-such-option"], None, 9, r"\A\Z", r"bad option: --no-such-option"),
    ("v8 flag passes through", ["--stack-size=500", "-p", "typeof gc"], None, 0, r"undefined", None),
    ("expose-gc", ["--expose-gc", "-p", "typeof gc"], None, 0, r"\Afunction\n\Z", None),
    ("stdin script", [], b"console.log('from stdin', __filename)", 0, r"\Afrom stdin \[stdin\]\n\Z", None),
    ("dash reads stdin", ["-", "arg1"], b"console.log(process.argv.slice(2))", 0, r"\A\[ 'arg1' \]\n\Z", None),
    ("script args", ["{fixtures}/cli/print-argv.js", "--flag", "value"], None, 0,
     r"\A\[ '--flag', 'value' \]\n\Z", None),
    ("uncaught error report", ["{fixtures}/cli/throws.js"], None, 1, r"\Aexit 1\n\Z",
     r"throws\.js:3\nthrow new Error\('boom'\);\n\^\n\nError: boom\n    at "),
    ("uncaught non-error", ["-e", "throw 1"], None, 1, None, r"\[eval\]:1\nthrow 1\n\^\n1\n"),
    ("syntax error in main", ["{fixtures}/modules/syntax-error.js"], None, 1, None,
     r"syntax-error\.js:1\nlet x = ;\n        \^\n\nSyntaxError: Unexpected token ';'"),
    ("syntax error via require", ["-e", "require('./test/fixtures/modules/syntax-error')"], None, 1, None,
     r"syntax-error\.js:1\nlet x = ;\n        \^\n\nSyntaxError: Unexpected token ';'"),
    ("missing script", ["/no/such/script.js"], None, 1, None,
     r"Error: Cannot find module '/no/such/script\.js'[\s\S]*code: 'MODULE_NOT_FOUND'"),
    ("unhandled rejection", ["-e", "Promise.reject(new Error('rejected'))"], None, 1, None,
     r"\[eval\]:1\nPromise\.reject\(new Error\('rejected'\)\)\n               \^\n\nError: rejected"),
    ("unhandled non-error rejection", ["-e", "Promise.reject(5)"], None, 1, None,
     r"ERR_UNHANDLED_REJECTION"),
    ("exit code from exitCode", ["-e", "process.exitCode = 3"], None, 3, None, r"\A\Z"),
    ("uncaught handler that throws exits 7", ["-e",
     "process.on('uncaughtException', () => { throw new Error('again') }); throw new Error('first')"],
     None, 7, None, r"again"),
]
