#!/usr/bin/env python3
"""Buffer benchmarks: runs tools/bench/buffer-*.js under octet and node (and bun and deno with
--with) and prints one table of rates with octet's ratio to each. A benchmark, never a test.

  tools/bench/run.py [--octet out/octet] [--with bun,deno] [--filter TEXT] [files ...]

--with installs the runtimes' npm packages (@oven/bun-linux-x64, @deno/linux-x64-glibc) into a
cache directory (~/.cache/octet-bench, or $OCTET_BENCH_CACHE) the first time they are asked for.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PACKAGES = {"bun": "@oven/bun-linux-x64", "deno": "@deno/linux-x64-glibc"}


def cache_dir():
    return os.environ.get("OCTET_BENCH_CACHE") or os.path.join(
        os.path.expanduser("~"), ".cache", "octet-bench")


def find_executable(root, name):
    for dirpath, _, files in os.walk(root):
        if name in files:
            path = os.path.join(dirpath, name)
            if os.access(path, os.X_OK):
                return path
    return None


def install_runtime(name):
    """Path of bun/deno from the cache, installing its npm package there if needed."""
    prefix = cache_dir()
    package_root = os.path.join(prefix, "node_modules", *PACKAGES[name].split("/"))
    exe = find_executable(package_root, name) if os.path.isdir(package_root) else None
    if exe:
        return exe
    os.makedirs(prefix, exist_ok=True)
    print(f"installing {PACKAGES[name]} into {prefix} ...", file=sys.stderr)
    subprocess.run(["npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", prefix,
                    PACKAGES[name]], check=True, stdout=subprocess.DEVNULL)
    exe = find_executable(package_root, name)
    if exe is None:
        sys.exit(f"run.py: {PACKAGES[name]} installed but no '{name}' executable found")
    return exe


def make_script(tmp, bench_file, flavour):
    """The harness + benchmark as one file; deno gets an ES module that provides Buffer."""
    with open(os.path.join(HERE, "harness.js")) as f:
        harness = f.read()
    with open(bench_file) as f:
        body = f.read()
    base = os.path.splitext(os.path.basename(bench_file))[0]
    script = os.path.join(tmp, f"{base}.{flavour}.js" if flavour != "deno" else f"{base}.mjs")
    prelude = ""
    if flavour == "deno":
        prelude = ('import { Buffer } from "node:buffer";\nimport process from "node:process";\n'
                   "globalThis.Buffer = Buffer;\nglobalThis.process = process;\n")
        harness = harness.replace("'use strict';", "")
    with open(script, "w") as f:
        f.write(prelude + harness + "\n" + body)
    return script


def run(cmd, env):
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    results = {}
    for line in proc.stdout.splitlines():
        try:
            row = json.loads(line)
            results[row["name"]] = row
        except (ValueError, KeyError):
            pass
    if proc.returncode != 0:
        print(f"{cmd[0]} exited with {proc.returncode}: {proc.stderr.strip()[-500:]}",
              file=sys.stderr)
    return results


def fmt(row):
    if row is None:
        return "-"
    if row.get("bytesPerSec"):
        v = row["bytesPerSec"]
        return f"{v / 1e9:.2f} GB/s" if v >= 1e9 else f"{v / 1e6:.0f} MB/s"
    v = row["opsPerSec"]
    return f"{v / 1e9:.2f} G/s" if v >= 1e9 else f"{v / 1e6:.1f} M/s" if v >= 1e6 else f"{v / 1e3:.0f} K/s"


def rate(row):
    return None if row is None else (row.get("bytesPerSec") or row["opsPerSec"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--octet", default=os.path.join(ROOT, "out", "octet"))
    parser.add_argument("--node", default=shutil.which("node") or "node")
    parser.add_argument("--with", dest="extra", default="",
                        help="comma-separated extra runtimes: bun, deno")
    parser.add_argument("--filter", default=os.environ.get("BENCH_FILTER", ""),
                        help="run only cases whose name contains TEXT (default: $BENCH_FILTER)")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()

    files = args.files or sorted(glob.glob(os.path.join(HERE, "buffer-*.js")))
    runtimes = [("octet", [args.octet]), ("node", [args.node])]
    for name in filter(None, args.extra.split(",")):
        if name not in PACKAGES:
            sys.exit(f"run.py: unknown runtime {name}")
        exe = install_runtime(name)
        runtimes.append((name, [exe, "run", "-A"] if name == "deno" else [exe]))

    env = dict(os.environ, BENCH_FILTER=args.filter)
    names = [name for name, _ in runtimes]
    header = ["case"] + names + [f"octet/{n}" for n in names[1:]]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for bench_file in files:
            results = {}
            order = []
            for name, cmd in runtimes:
                script = make_script(tmp, bench_file, "deno" if name == "deno" else "cjs")
                results[name] = run(cmd + [script], env)
                for case in results[name]:
                    if case not in order:
                        order.append(case)
            for case in order:
                cells = [case] + [fmt(results[n].get(case)) for n in names]
                base = rate(results["octet"].get(case))
                for n in names[1:]:
                    other = rate(results[n].get(case))
                    cells.append(f"{base / other:.2f}x" if base and other else "-")
                rows.append(cells)

    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = lambda cells: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                                   for i, (c, w) in enumerate(zip(cells, widths)))
    print(line(header))
    print(line(["-" * w for w in widths]))
    for r in rows:
        print(line(r))


if __name__ == "__main__":
    main()
