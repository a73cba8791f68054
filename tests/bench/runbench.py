#!/usr/bin/env python3
"""Runs the import and report benchmark against quotascope-cli; see scripts/bench.sh."""
import argparse
import csv
import io
import os
import resource
import statistics
import subprocess
import sys
import time


def run_measured(cmd):
    """Runs cmd, returns (seconds, peak RSS of that child alone in MiB)."""
    t0 = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - t0
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, cmd)
    return elapsed, usage.ru_maxrss / 1024.0


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
    rss_by_ext = {}
    for ext in ("jsonl", "csv"):
        db = os.path.join(a.work, f"{ext}.sqlite")
        secs, rss = run_measured([a.cli, "--db", db, "import", prefix + "." + ext])
        results[ext] = db
        rss_by_ext[ext] = rss
        print(f"import {ext:5s}: {secs:6.2f} s  {a.rows / secs:>10,.0f} rows/s  peak RSS {rss:6.1f} MiB")

    # Peak RSS must not grow with the file: import a tenth of the rows for comparison.
    small = os.path.join(a.work, "small")
    n_small = max(a.rows // 10, 1000)
    subprocess.run([sys.executable, a.gen, "--rows", str(n_small), "--out", small], check=True)
    secs, small_rss = run_measured([a.cli, "--db", os.path.join(a.work, "small.sqlite"), "import", small + ".jsonl"])
    print(f"import jsonl with {n_small:,} rows: {secs:6.2f} s  {n_small / secs:>10,.0f} rows/s  "
          f"peak RSS {small_rss:6.1f} MiB ({rss_by_ext['jsonl'] / small_rss:.2f}x for {a.rows // n_small}x the rows)")

    db = results["jsonl"]
    report = [a.cli, "--db", db, "report", "--tz", "UTC", "--from", "2026-05-02", "--to", "2026-06-01",
              "--granularity", "day", "--by", "model", "--format", "json"]
    rep = median_time(report)
    stats = median_time([a.cli, "--db", db, "stats", "--tz", "UTC", "--from", "2026-05-02", "--to", "2026-06-01"])
    noop = median_time([a.cli, "--help"])
    # The same numbers straight from the raw records: consumption (type 2) per UTC day and model over the
    # report's window [2026-05-02, 2026-06-01). The records keep model names as text, so no dims join is needed.
    baseline_sql = ("SELECT date(created_at, 'unixepoch') AS d, model, count(*), sum(quota), sum(prompt_tokens), "
                    "sum(completion_tokens), sum(prompt_tokens + completion_tokens) FROM usage_records "
                    "WHERE created_at >= 1777680000 AND created_at < 1780272000 AND type = 2 GROUP BY d, model;")
    try:
        raw = median_time(["sqlite3", db, baseline_sql])
        agree = same_numbers(report, ["sqlite3", db, baseline_sql])
    except (OSError, subprocess.CalledProcessError):
        raw, agree = float("nan"), None
    print(f"report 30 days by model: {rep * 1000:7.1f} ms (process start alone {noop * 1000:.1f} ms)")
    print(f"stats  30 days:          {stats * 1000:7.1f} ms")
    print(f"raw-record GROUP BY in the sqlite3 shell (baseline): {raw * 1000:7.1f} ms "
          f"-> report is {raw / rep:.1f}x faster ({raw / max(rep - noop, 1e-6):.1f}x without process start); "
          f"same numbers: {'yes' if agree else 'NO' if agree is not None else 'not checked (no sqlite3)'}")


def same_numbers(report_cmd, baseline_cmd):
    """True when the report's rows equal the raw-record baseline's, row for row."""
    out = subprocess.run(report_cmd[:-1] + ["csv"], check=True, capture_output=True, text=True).stdout
    reported = set()
    for row in list(csv.DictReader(io.StringIO(out))):
        reported.add((row["bucket"][:10], row["key"], int(row["requests"]), int(row["quota"]),
                      int(row["prompt_tokens"]), int(row["completion_tokens"]), int(row["total_tokens"])))
    raw = subprocess.run(baseline_cmd, check=True, capture_output=True, text=True).stdout
    baseline = set()
    for line in raw.splitlines():
        d, model, *numbers = line.split("|")
        baseline.add((d, model, *map(int, numbers)))
    return reported == baseline


if __name__ == "__main__":
    main()
