#!/usr/bin/env python3
"""Runs the import and report benchmark against quotascope-cli; see scripts/bench.sh."""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time


def run_measured(cmd):
    """Runs cmd, returns (seconds, peak RSS of the child in MiB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(after, before) / 1024.0


def median_time(cmd, repeat=7):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--gen", required=True)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()

    prefix = os.path.join(a.work, "logs")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, a.gen, "--rows", str(a.rows), "--out", prefix], check=True)
    print(f"generated {a.rows:,} rows in {time.perf_counter() - t0:.1f} s "
          f"(JSONL {os.path.getsize(prefix + '.jsonl') / 2**20:.0f} MiB, CSV {os.path.getsize(prefix + '.csv') / 2**20:.0f} MiB)")

    results = {}
    for ext in ("jsonl", "csv"):
        db = os.path.join(a.work, f"{ext}.sqlite")
        secs, rss = run_measured([a.cli, "--db", db, "import", prefix + "." + ext])
        results[ext] = db
        print(f"import {ext:5s}: {secs:6.2f} s  {a.rows / secs:>10,.0f} rows/s  peak RSS {rss:6.1f} MiB")

    # Peak RSS must not grow with the file: import a tenth of the rows for comparison.
    small = os.path.join(a.work, "small")
    n_small = max(a.rows // 10, 1000)
    subprocess.run([sys.executable, a.gen, "--rows", str(n_small), "--out", small], check=True)
    # RUSAGE_CHILDREN keeps the maximum over all children, so measure the small import in a fresh interpreter.
    out = subprocess.run([sys.executable, "-c",
                          "import resource,subprocess,sys;subprocess.run(sys.argv[1:],check=True,stdout=subprocess.DEVNULL);"
                          "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024)",
                          a.cli, "--db", os.path.join(a.work, "small.sqlite"), "import", small + ".jsonl"],
                         check=True, capture_output=True, text=True)
    print(f"import jsonl with {n_small:,} rows: peak RSS {float(out.stdout):6.1f} MiB (memory flat in file size)")

    db = results["jsonl"]
    report = [a.cli, "--db", db, "report", "--tz", "UTC", "--from", "2026-05-02", "--to", "2026-06-01",
              "--granularity", "day", "--by", "model", "--format", "json"]
    rep = median_time(report)
    stats = median_time([a.cli, "--db", db, "stats", "--tz", "UTC", "--from", "2026-05-02", "--to", "2026-06-01"])
    noop = median_time([a.cli, "--help"])
    baseline_sql = ("SELECT date(created_at,'unixepoch') d, model, count(*), sum(quota), sum(prompt_tokens), "
                    "sum(completion_tokens) FROM usage_records WHERE created_at >= 1777680000 AND created_at < 1780272000 "
                    "AND type = 2 GROUP BY d, model;")
    try:
        raw = median_time(["sqlite3", db, baseline_sql])
    except (OSError, subprocess.CalledProcessError):
        raw = float("nan")
    print(f"report 30 days by model: {rep * 1000:7.1f} ms (process start alone {noop * 1000:.1f} ms)")
    print(f"stats  30 days:          {stats * 1000:7.1f} ms")
    print(f"raw-record GROUP BY in the sqlite3 shell (baseline): {raw * 1000:7.1f} ms "
          f"-> report is {raw / rep:.1f}x faster")


if __name__ == "__main__":
    main()
