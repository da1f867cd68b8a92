#!/usr/bin/env python3
"""Memory-diagnostics checks that need more than one process: the JSON report against its schema,
the summary against process.memoryUsage(), a heap snapshot's contents, and the HTML report
rendered by headless Chromium (with a screenshot).

  tools/run_tests.py runs them through run(octet, filters); by hand:
  python3 test/diagnostics/checks.py [path/to/octet] [--screenshot FILE] [filter ...]

Chromium is Debian's `chromium` package: when it is missing it is installed (as root); when it
cannot be, the render check fails and says why — it is never skipped.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(ROOT, "test", "fixtures", "diagnostics")
SCHEMA = os.path.join(HERE, "memory-report.schema.json")
TIMEOUT = 120


class CheckFailed(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def run_octet(octet, args, cwd=ROOT):
    p = subprocess.run([octet] + args, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=TIMEOUT)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


# --- a small JSON Schema validator: the keywords memory-report.schema.json uses -----------------

def _type_ok(value, name):
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool) or (
            isinstance(value, float) and value.is_integer())
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    raise ValueError(f"unknown type {name}")


def validate(value, schema, root, path="$"):
    """Returns a list of 'path: problem' strings; empty when value matches schema."""
    if "$ref" in schema:
        target = root
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part]
        return validate(value, target, root, path)
    errors = []
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_type_ok(value, t) for t in types):
            return [f"{path}: {type(value).__name__} is not {'/'.join(types)}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{path}: {value!r} != {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in {schema['enum']}")
    if "minimum" in schema and _type_ok(value, "number") and value < schema["minimum"]:
        errors.append(f"{path}: {value} < {schema['minimum']}")
    if "oneOf" in schema:
        matches = [s for s in schema["oneOf"] if not validate(value, s, root, path)]
        if len(matches) != 1:
            errors.append(f"{path}: matches {len(matches)} of oneOf, not exactly 1")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing {key!r}")
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in props:
                errors += validate(item, props[key], root, f"{path}.{key}")
            elif extra is False:
                errors.append(f"{path}: unexpected property {key!r}")
            elif isinstance(extra, dict):
                errors += validate(item, extra, root, f"{path}.{key}")
    if isinstance(value, list):
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(f"{path}: {len(value)} items > {schema['maxItems']}")
        if "items" in schema:
            for i, item in enumerate(value):
                errors += validate(item, schema["items"], root, f"{path}[{i}]")
    return errors


# --- checks -----------------------------------------------------------------------------------

def check_json_report(octet, tmp):
    report_file = os.path.join(tmp, "leak.json")
    rc, out, err = run_octet(octet, ["--detect-leaks", "--track-buffers", f"--memory-report={report_file}",
                                     os.path.join(FIXTURES, "leak.js"), "1500"])
    expect(rc == 0, f"exit {rc}\n{err}")
    with open(report_file) as f:
        report = json.load(f)
    with open(SCHEMA) as f:
        schema = json.load(f)
    errors = validate(report, schema, schema)
    expect(not errors, "schema violations:\n    " + "\n    ".join(errors[:20]))
    lengths = {name: len(series) for name, series in report["samples"].items()}
    expect(len(set(lengths.values())) == 1, f"series of different lengths: {lengths}")
    expect(lengths["time"] >= 10, f"only {lengths['time']} samples in 1.5 s")
    expect(report["samples"]["time"] == sorted(report["samples"]["time"]), "sample times not in order")
    expect(report["samples"]["trigger"][0] == "start" and report["samples"]["trigger"][-1] == "exit",
           "first/last samples are not start/exit")
    expect("gc" in report["samples"]["trigger"], "no post-GC sample")
    expect(report["gcEvents"], "no GC events logged")
    expect(len(report["findings"]) == 1, f"{len(report['findings'])} findings, want 1")
    site = report["bufferSites"]["sites"][0]
    frame = site["frames"][0]
    expect(frame["scriptName"].endswith("leak.js") and frame["line"] == 5,
           f"top site is {frame}, not leak.js line 5")
    expect(site["liveBytes"] == site["liveCount"] * 1024 * 1024, f"site bytes {site}")


def parse_summary(stderr):
    final = {}
    peak = {}
    units = {"B": 1, "KiB": 1024, "MiB": 1024 ** 2, "GiB": 1024 ** 3}
    for name in ("rss", "heapTotal", "heapUsed", "external", "arrayBuffers"):
        m = re.search(rf"^  {name}\s+([\d.]+) (B|KiB|MiB|GiB)\s+([\d.]+) (B|KiB|MiB|GiB)$", stderr, re.M)
        expect(m, f"no {name} row in the summary:\n{stderr}")
        peak[name] = float(m.group(1)) * units[m.group(2)]
        final[name] = float(m.group(3)) * units[m.group(4)]
    return peak, final


def close(a, b, rel, floor):
    return abs(a - b) <= max(rel * max(a, b), floor)


def check_summary_agrees(octet, tmp):
    report_file = os.path.join(tmp, "usage.json")
    rc, out, err = run_octet(octet, ["--memory-summary", f"--memory-report={report_file}",
                                     os.path.join(FIXTURES, "usage-at-exit.js")])
    expect(rc == 0, f"exit {rc}\n{err}")
    held = json.loads(re.search(r"^held (\{.*\})$", out, re.M).group(1))
    at_exit = json.loads(re.search(r"^exit (\{.*\}) ", out, re.M).group(1))
    peak, final = parse_summary(err)
    with open(report_file) as f:
        report = json.load(f)
    problems = []
    for name in ("rss", "heapTotal", "heapUsed", "external", "arrayBuffers"):
        slack = 512 * 1024 if name in ("rss", "heapUsed", "heapTotal") else 64 * 1024
        if not close(report["final"][name], at_exit[name], 0.02, slack):
            problems.append(f"final {name}: report {report['final'][name]} vs script {at_exit[name]}")
        # The table rounds to three significant digits.
        if not close(final[name], report["final"][name], 0.006, 1024):
            problems.append(f"final {name}: summary {final[name]} vs report {report['final'][name]}")
        if not close(peak[name], report["peak"][name], 0.006, 1024):
            problems.append(f"peak {name}: summary {peak[name]} vs report {report['peak'][name]}")
        if report["peak"][name] < 0.98 * held[name]:
            problems.append(f"peak {name} {report['peak'][name]} below the script's reading {held[name]}")
    expect(held["arrayBuffers"] >= 64 * 1024 * 1024, f"the fixture held {held['arrayBuffers']} bytes")
    expect(report["conversions"]["toString"]["byEncoding"].get("hex", {}).get("bytes") == 1024,
           f"hex toString not counted: {report['conversions']['toString']}")
    expect(not problems, "\n    ".join(problems))


def check_heap_snapshot(octet, tmp):
    snapshot_file = os.path.join(tmp, "widgets.heapsnapshot")
    rc, out, err = run_octet(octet, [os.path.join(FIXTURES, "snapshot-objects.js"), snapshot_file])
    expect(rc == 0 and out.strip() == snapshot_file, f"exit {rc}, stdout {out!r}\n{err}")
    with open(snapshot_file) as f:
        snap = json.load(f)
    meta = snap["snapshot"]["meta"]
    node_fields = meta["node_fields"]
    edge_fields = meta["edge_fields"]
    expect(len(snap["nodes"]) == snap["snapshot"]["node_count"] * len(node_fields), "nodes/node_count mismatch")
    expect(len(snap["edges"]) == snap["snapshot"]["edge_count"] * len(edge_fields), "edges/edge_count mismatch")
    strings = snap["strings"]
    types = meta["node_types"][0]
    type_at = node_fields.index("type")
    name_at = node_fields.index("name")
    objects = 0
    for i in range(0, len(snap["nodes"]), len(node_fields)):
        node = snap["nodes"][i:i + len(node_fields)]
        if types[node[type_at]] == "object" and strings[node[name_at]] == "RetainedWidget":
            objects += 1
    expect(objects == 3, f"{objects} RetainedWidget objects in the snapshot, want 3")
    expect("widget-2" in strings, "the widgets' strings are missing")


def check_near_heap_limit(octet, tmp):
    script = ("require('v8').setHeapSnapshotNearHeapLimit(1);"
              "class Hoarded { constructor(n) { this.n = n; this.s = 'x'.repeat(16) + n; } }"
              "const all = []; for (;;) all.push(new Hoarded(all.length));")
    rc, out, err = run_octet(octet, ["--max-old-space-size=24", "-e", script], cwd=tmp)
    expect(rc != 0, "the script was expected to run out of heap")
    expect(re.search(r"octet: the heap is near its limit \(\d+ MB\): writing Heap\.\d{8}\.\d{6}\.\d+\.0\.001"
                     r"\.heapsnapshot\n", err), f"no snapshot announced:\n{err[-2000:]}")
    files = [f for f in os.listdir(tmp) if f.endswith(".heapsnapshot")]
    expect(len(files) == 1, f"snapshots written: {files}")
    with open(os.path.join(tmp, files[0])) as f:
        snap = json.load(f)
    expect("Hoarded" in snap["strings"], "the snapshot does not show what filled the heap")


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def ensure_chromium():
    path = find_chromium()
    if path:
        return path
    if os.geteuid() != 0:
        raise CheckFailed("Chromium is not installed and this is not root: apt-get install chromium")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    log = ""
    for cmd in (["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"],
                ["apt-get", "update", "-qq"],
                ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"]):
        p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=1200)
        log += p.stdout.decode("utf-8", "replace")[-2000:]
        if find_chromium():
            return find_chromium()
    raise CheckFailed("could not install Chromium (Debian package 'chromium'):\n" + log)


# Appended to a copy of the page: moves the mouse over the chart and clicks a legend entry, then
# records what happened as attributes that --dump-dom shows.
PROBE = """<script>
(function () {
  var svg = document.getElementById('memory-chart');
  var hit = svg.querySelector('.hit');
  var r = hit.getBoundingClientRect();
  hit.dispatchEvent(new MouseEvent('mousemove', {clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true}));
  var tip = document.getElementById('tip');
  document.body.setAttribute('data-probe-tip', tip.style.display + '|' + tip.textContent.split('\\n').length);
  document.body.setAttribute('data-probe-cursor', svg.querySelector('.cursor').getAttribute('visibility'));
  document.querySelector('.legend button[data-key="rss"]').click();
  document.body.setAttribute('data-probe-toggle', svg.querySelector('path[data-key="rss"]').getAttribute('class'));
})();
</script>
</body>"""


def chromium(browser, profile, args, url):
    cmd = [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--no-first-run", "--disable-extensions", "--enable-logging=stderr", "--v=0",
           f"--user-data-dir={profile}"] + args + [url]
    p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=TIMEOUT)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check_html_renders(octet, tmp, screenshot=None):
    browser = ensure_chromium()
    page = os.path.join(tmp, "leak.html")
    rc, out, err = run_octet(octet, ["--detect-leaks", "--track-buffers", f"--memory-report={page}",
                                     os.path.join(FIXTURES, "leak.js"), "1500"])
    expect(rc == 0, f"exit {rc}\n{err}")
    with open(page, encoding="utf-8") as f:
        html = f.read()
    expect(not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html), "the page loads something from the network")
    probed = os.path.join(tmp, "probed.html")
    with open(probed, "w", encoding="utf-8") as f:
        f.write(html.replace("</body>", PROBE, 1))
    profile = os.path.join(tmp, "chromium-profile")
    rc, dom, log = chromium(browser, profile, ["--dump-dom"], "file://" + probed)
    expect(rc == 0, f"chromium exited {rc}\n{log[-3000:]}")
    console = [line for line in log.splitlines() if ":CONSOLE" in line]
    expect(not console, "console output from the page:\n    " + "\n    ".join(console))
    expect('data-rendered="true"' in dom, "the page script did not finish")
    paths = re.findall(r'<path d="M[^"]+"[^>]*data-key="(\w+)"', dom)
    for key in ("rss", "heapUsed", "heapTotal", "external", "arrayBuffers", "poolSlabsLive"):
        expect(key in paths, f"no {key} line in the charts")
    expect('data-probe-tip="block|' in dom, "hovering the chart shows no read-out")
    expect('data-probe-cursor="visible"' in dom, "hovering the chart shows no cursor")
    expect('data-probe-toggle="series hidden"' in dom, "the legend does not hide a line")
    expect('class="flag"' in dom, "the leak finding is not marked on the timeline")
    shot = screenshot or os.path.join(os.path.dirname(os.path.abspath(octet)), "diagnostics", "memory-report.png")
    os.makedirs(os.path.dirname(shot), exist_ok=True)
    if os.path.exists(shot):
        os.unlink(shot)
    rc, _, log = chromium(browser, profile, [f"--screenshot={shot}", "--window-size=1240,1900"], "file://" + page)
    expect(rc == 0 and os.path.getsize(shot) > 20000 if os.path.exists(shot) else False,
           f"no screenshot at {shot}\n{log[-2000:]}")
    with open(shot, "rb") as f:
        expect(f.read(8) == b"\x89PNG\r\n\x1a\n", f"{shot} is not a PNG")


CHECKS = [
    ("diagnostics/json report validates against the schema", check_json_report),
    ("diagnostics/summary agrees with process.memoryUsage", check_summary_agrees),
    ("diagnostics/heap snapshot holds the script's objects", check_heap_snapshot),
    ("diagnostics/near-heap-limit snapshot is written before the heap runs out", check_near_heap_limit),
    ("diagnostics/html report renders in chromium", check_html_renders),
]


def run(octet, filters=(), screenshot=None):
    results = []
    for name, check in CHECKS:
        if filters and not any(flt in name for flt in filters):
            continue
        with tempfile.TemporaryDirectory(prefix="octet-diag-") as tmp:
            try:
                if check is check_html_renders:
                    check(octet, tmp, screenshot)
                else:
                    check(octet, tmp)
                results.append((name, True, ""))
            except CheckFailed as e:
                results.append((name, False, "    " + str(e).replace("\n", "\n    ")))
            except (OSError, ValueError, KeyError, AttributeError, subprocess.TimeoutExpired) as e:
                results.append((name, False, f"    {type(e).__name__}: {e}"))
    return results


def main(argv):
    octet = os.path.join(ROOT, "out", "octet")
    screenshot = None
    filters = []
    i = 0
    while i < len(argv):
        if argv[i] == "--screenshot":
            screenshot = os.path.abspath(argv[i + 1])
            i += 2
            continue
        if os.path.isfile(argv[i]) and os.access(argv[i], os.X_OK):
            octet = os.path.abspath(argv[i])
        else:
            filters.append(argv[i])
        i += 1
    results = run(octet, filters, screenshot)
    failed = 0
    for name, ok, detail in results:
        print(("PASS " if ok else "FAIL ") + name + ("" if ok else "\n" + detail))
        failed += not ok
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed or not results else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
