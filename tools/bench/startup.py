#!/usr/bin/env python3
"""Start-up time: `octet -e 0` and `octet -e "console.log(1)"` against node (and bun/deno if found),
wall-clock median over N runs. A benchmark, not a test: it prints numbers and never fails.

  tools/bench/startup.py [-n RUNS] [--octet out/octet]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def time_command(cmd, runs):
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm the page cache
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), min(samples), max(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=20)
    parser.add_argument("--octet", default=os.path.join(ROOT, "out", "octet"))
    args = parser.parse_args()
    runtimes = [("octet", [args.octet])]
    for name in ("node", "bun", "deno"):
        path = shutil.which(name)
        if path:
            runtimes.append((name, [path, "run"] if name == "deno" else [path]))
    scripts = [("-e 0", "0"), ("console.log(1)", "console.log(1)")]
    print(f"{'runtime':8} {'script':16} {'median ms':>10} {'min':>8} {'max':>8}")
    for name, cmd in runtimes:
        for label, code in scripts:
            if name == "deno":
                full = [cmd[0], "eval", code]
            else:
                full = cmd + ["-e", code]
            med, lo, hi = time_command(full, args.n)
            print(f"{name:8} {label:16} {med * 1e3:10.1f} {lo * 1e3:8.1f} {hi * 1e3:8.1f}")


if __name__ == "__main__":
    main()
