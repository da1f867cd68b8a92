#!/usr/bin/env python3
"""Runs octet's tests: GoogleTest units, JS tests and node-vs-octet differential tests.

  tools/run_tests.py [--out DIR] [--sanitize] [-j N] [filter ...]

- test/cctest: the cctest binary; each GoogleTest case counts once.
- test/js/*.js: run by octet; exit code 0 is a pass.
- test/differential/*.js: run by node and by octet; stdout and exit code must match byte for byte.
- docs/examples/*.js: run by octet with the flags in their header; exit code 0 is a pass (the
  examples check their own printed claims).
A first line `// Flags: --a --b` in a JS file gives extra command-line flags (for both runtimes in
differential tests). Prints a line per failure, then `N passed, N failed`; exits 1 on any failure.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 120  # seconds per test: a hang fails the test instead of the suite


def read_flags(path):
    with open(path, encoding="utf-8") as f:
        for line in f.read(2048).splitlines()[:5]:
            m = re.match(r"//\s*Flags:\s*(.*)", line)
            if m:
                return shlex.split(m.group(1))
    return []


def run(cmd, cwd, env=None, stdin=None):
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, stdin=stdin if stdin is not None else subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return "timeout", e.stdout or b"", e.stderr or b""


def tail(data, n=25):
    text = data.decode("utf-8", "replace").rstrip()
    lines = text.splitlines()
    return "\n".join("    " + l for l in lines[-n:])


def js_test(octet, path):
    rc, out, err = run([octet] + read_flags(path) + [path], cwd=os.path.dirname(path))
    if rc == 0:
        return True, ""
    return False, f"exit {rc}\n{tail(out + err)}"


def differential_test(octet, path):
    flags = read_flags(path)
    cwd = os.path.dirname(path)
    n_rc, n_out, n_err = run(["node"] + flags + [path], cwd=cwd)
    o_rc, o_out, o_err = run([octet] + flags + [path], cwd=cwd)
    if n_rc == o_rc and n_out == o_out:
        return True, ""
    detail = f"exit node={n_rc} octet={o_rc}\n"
    n_lines = n_out.decode("utf-8", "replace").splitlines()
    o_lines = o_out.decode("utf-8", "replace").splitlines()
    for i in range(max(len(n_lines), len(o_lines))):
        a = n_lines[i] if i < len(n_lines) else "<missing>"
        b = o_lines[i] if i < len(o_lines) else "<missing>"
        if a != b:
            detail += f"    first difference at stdout line {i + 1}:\n    node:  {a[:300]}\n    octet: {b[:300]}\n"
            break
    if o_err:
        detail += "  octet stderr:\n" + tail(o_err, 12)
    return False, detail


def cctest(binary, filters):
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "gtest.json")
        rc, out, err = run([binary, f"--gtest_output=json:{report}"], cwd=ROOT)
        if not os.path.exists(report):
            return [("cctest", False, f"cctest did not report (exit {rc})\n{tail(out + err)}")]
        with open(report) as f:
            data = json.load(f)
    for suite in data.get("testsuites", []):
        for case in suite.get("testsuite", []):
            name = f"cctest/{suite['name']}.{case['name']}"
            if filters and not any(flt in name for flt in filters):
                continue
            failures = case.get("failures", [])
            msg = "\n".join("    " + fl.get("failure", "").replace("\n", "\n    ") for fl in failures)
            results.append((name, not failures, msg))
    return results


def cli_cases(octet, filters):
    import importlib.util
    CASES, PROGRAMS = [], []
    cli_dir = os.path.join(ROOT, "test", "cli")
    for name in sorted(os.listdir(cli_dir)):
        if not name.endswith("cases.py"):
            continue
        spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(cli_dir, name))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        CASES += getattr(module, "CASES", [])
        PROGRAMS += getattr(module, "PROGRAMS", [])
    results = []
    for name, program, argv, want_rc, want_out in PROGRAMS:
        full = f"program/{name}"
        if filters and not any(flt in full for flt in filters):
            continue
        rc, out, err = run([os.path.join(os.path.dirname(octet), program)] + argv, cwd=ROOT)
        text = out.decode("utf-8", "replace")
        ok = rc == want_rc and re.search(want_out, text) is not None
        results.append((full, ok, f"    exit {rc}; stdout {text[:500]!r}\n{tail(err, 10)}"))
    fixtures = os.path.join(ROOT, "test", "fixtures")
    for name, argv, stdin, want_rc, want_out, want_err in CASES:
        full = f"cli/{name}"
        if filters and not any(flt in full for flt in filters):
            continue
        argv = [a.replace("{fixtures}", fixtures) for a in argv]
        try:
            p = subprocess.run([octet] + argv, cwd=ROOT, input=stdin if stdin is not None else b"",
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
            rc, out, err = p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            results.append((full, False, "timeout"))
            continue
        problems = []
        if rc != want_rc:
            problems.append(f"exit {rc}, expected {want_rc}")
        if want_out is not None and not re.search(want_out, out):
            problems.append(f"stdout {out[:500]!r} does not match {want_out!r}")
        if want_err is not None and not re.search(want_err, err):
            problems.append(f"stderr {err[:800]!r} does not match {want_err!r}")
        results.append((full, not problems, "    " + "\n    ".join(problems)))
    return results


def collect(directory, filters):
    base = os.path.join(ROOT, directory)
    if not os.path.isdir(base):
        return []
    found = []
    for name in sorted(os.listdir(base)):
        path = os.path.join(base, name)
        rel = os.path.join(directory, name)
        if name.endswith(".js") and os.path.isfile(path):
            if not filters or any(flt in rel for flt in filters):
                found.append(path)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.environ.get("OCTET_OUT", "out"))
    parser.add_argument("--sanitize", action="store_true",
                        help="build and test an ASan+UBSan build in out/asan")
    parser.add_argument("-j", type=int, default=os.cpu_count() or 2)
    parser.add_argument("filters", nargs="*")
    args = parser.parse_args()

    out = args.out
    env = dict(os.environ)
    if args.sanitize:
        out = "out/asan"
        env.update(OCTET_OUT=out, OCTET_GN_ARGS="is_asan=true is_ubsan=true")
        # V8 itself is not instrumented; leaks are checked for octet's own allocations.
        os.environ["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0"
        os.environ["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
        os.environ["LSAN_OPTIONS"] = f"suppressions={ROOT}/test/lsan.supp:print_suppressions=0"
    build = subprocess.run([os.path.join(ROOT, "tools", "setup.sh")], cwd=ROOT, env=env)
    if build.returncode != 0:
        print("build failed")
        print("0 passed, 1 failed")
        return 1
    octet = os.path.join(ROOT, out, "octet")

    results = []
    if not args.filters or any("cctest" in f for f in args.filters):
        results += cctest(os.path.join(ROOT, out, "cctest"),
                          [f for f in args.filters if f != "cctest"])
    results += cli_cases(octet, args.filters)
    # Multi-process checks of the memory diagnostics (report schema, Chromium rendering, ...).
    sys.path.insert(0, os.path.join(ROOT, "test", "diagnostics"))
    from checks import run as diagnostics_checks
    results += diagnostics_checks(octet, args.filters)
    jobs = []
    for path in collect("test/js", args.filters):
        jobs.append((os.path.relpath(path, ROOT), js_test, path))
    for path in collect("test/differential", args.filters):
        jobs.append((os.path.relpath(path, ROOT), differential_test, path))
    for path in collect("docs/examples", args.filters):
        jobs.append((os.path.relpath(path, ROOT), js_test, path))
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        futures = [(name, pool.submit(fn, octet, path)) for name, fn, path in jobs]
        for name, future in futures:
            ok, detail = future.result()
            results.append((name, ok, detail))

    failed = 0
    for name, ok, detail in results:
        if not ok:
            failed += 1
            print(f"FAIL {name}\n{detail}".rstrip())
    passed = len(results) - failed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not results else 0


if __name__ == "__main__":
    sys.exit(main())
