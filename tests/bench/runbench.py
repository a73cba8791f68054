#!/usr/bin/env python3
"""The import and report benchmark (scripts/bench.sh): QuotaScope against the sqlite3 shell, pandas and DuckDB.

Every tool reads the same generated file and computes quota and requests of consumption logs (type 2) per
(UTC day, model); the answers must equal `quotascope-cli report`'s, and the times are printed as ratios within
this one run (a shared machine varies by 10-20 % between runs). Tools that are not installed are listed as
skipped. Peak RSS is the child process's own maximum resident set (getrusage of that child).
"""
import argparse
import csv
import datetime
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

FROM, TO = "2026-03-03", "2026-06-01"  # genlogs.py's default 90 days


def run_measured(cmd, env=None, stdout=subprocess.DEVNULL):
    """Runs cmd, returns (seconds, peak RSS of that child alone in MiB)."""
    t0 = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=stdout, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise subprocess.CalledProcessError(code, cmd)
    return elapsed, usage.ru_maxrss / 1024.0


def median_time(cmd, repeat=7):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def epoch_day(iso):
    return (datetime.date.fromisoformat(iso[:10]) - datetime.date(1970, 1, 1)).days


def answer_from_lines(text, sep):
    """{(epoch day, model): (requests, quota)} from "day<sep>model<sep>requests<sep>quota" lines."""
    out = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        day, model, requests, quota = line.rsplit(sep, 3) if sep != "|" else line.split(sep)
        out[(int(float(day)), model)] = (int(float(requests)), int(float(quota)))
    return out


def qs_answer(cli, db):
    out = subprocess.run([cli, "--db", db, "report", "--tz", "UTC", "--from", FROM, "--to", TO, "--granularity",
                          "day", "--by", "model", "--format", "csv"], check=True, capture_output=True,
                         text=True).stdout
    return {(epoch_day(r["bucket"]), r["key"]): (int(r["requests"]), int(r["quota"]))
            for r in csv.DictReader(io.StringIO(out))}


SQLITE_SCRIPT = """.mode csv
.import {csv} logs
.mode list
.output {out}
SELECT CAST(created_at AS INTEGER) / 86400, model_name, count(*), sum(CAST(quota AS INTEGER)) FROM logs
WHERE type = '2' GROUP BY 1, 2;
"""

PANDAS_SCRIPT = """
import sys, pandas as pd
df = pd.read_csv(sys.argv[1], usecols=["created_at", "type", "model_name", "quota"])
df = df[df["type"] == 2]
df["day"] = df["created_at"] // 86400
g = df.groupby(["day", "model_name"])["quota"].agg(["count", "sum"]).reset_index()
g.to_csv(sys.argv[2], sep="|", header=False, index=False)
"""

DUCKDB_SCRIPT = """
const { DuckDBInstance } = require('@duckdb/node-api');
const fs = require('fs');
(async () => {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const reader = await con.runAndReadAll(
    `SELECT created_at // 86400 AS day, model_name, count(*)::BIGINT AS n, sum(quota)::BIGINT AS q
     FROM read_csv('${process.argv[2]}') WHERE type = 2 GROUP BY ALL`);
  fs.writeFileSync(process.argv[3], reader.getRows().map(r => r.join('|')).join('\\n') + '\\n');
})().catch(e => { console.error(e); process.exit(1); });
"""


def ensure_duckdb(node_dir):
    """Installs @duckdb/node-api into node_dir with npm when node and npm exist; returns the script path or a
    reason for skipping."""
    if not shutil.which("node") or not shutil.which("npm"):
        return None, "node/npm not installed"
    if not os.path.isdir(os.path.join(node_dir, "node_modules", "@duckdb", "node-api")):
        os.makedirs(node_dir, exist_ok=True)
        r = subprocess.run(["npm", "install", "--prefix", node_dir, "--no-audit", "--no-fund", "@duckdb/node-api"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            return None, "npm install @duckdb/node-api failed: " + (r.stderr.strip().splitlines() or ["?"])[-1]
    script = os.path.join(node_dir, "duckdb_groupby.js")
    with open(script, "w") as f:
        f.write(DUCKDB_SCRIPT)
    return script, None


def google_bench_case(binary, logs, name):
    """The result (items_per_second and counters) of one Google Benchmark case run on logs, or {}."""
    if not binary or not os.path.exists(binary):
        return {}
    env = dict(os.environ, QS_BENCH_LOGS=logs)  # its first 200,000 rows (QS_BENCH_LOG_ROWS)
    r = subprocess.run([binary, "--benchmark_filter=^" + name + "(/|$)", "--benchmark_format=json"], env=env,
                       capture_output=True, text=True)
    if r.returncode != 0:
        return {}
    for b in json.loads(r.stdout).get("benchmarks", []):
        if b.get("items_per_second"):
            return b
    return {}


def google_bench(binary, logs, name):
    """items_per_second of one Google Benchmark case run on logs, or None."""
    return google_bench_case(binary, logs, name).get("items_per_second")


def scale_query(binary, db):
    if not binary or not os.path.exists(binary):
        return {}
    r = subprocess.run([binary, "query", db, "--repeat", "9"], capture_output=True, text=True, check=True)
    return {k: float(v) for k, v, _ in (line.split("\t") for line in r.stdout.splitlines())}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--gen", required=True)
    ap.add_argument("--bench", help="quotascope_bench (Google Benchmark), for the reader and writer alone")
    ap.add_argument("--scale", help="quotascope_scale, for the dashboard refresh")
    ap.add_argument("--node-dir", help="where npm installs @duckdb/node-api")
    ap.add_argument("--pandas-python", default="/usr/bin/python3", help="a Python with pandas")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()

    prefix = os.path.join(a.work, "logs")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, a.gen, "--rows", str(a.rows), "--out", prefix], check=True)
    csv_path, jsonl_path = prefix + ".csv", prefix + ".jsonl"
    print(f"generated {a.rows:,} rows in {time.perf_counter() - t0:.1f} s "
          f"(JSONL {os.path.getsize(jsonl_path) / 2**20:.0f} MiB, CSV {os.path.getsize(csv_path) / 2**20:.0f} MiB)")

    table = []  # (what, wall seconds or None, rate, peak RSS MiB or None, note)

    def row(what, secs=None, rate="", rss=None, note=""):
        table.append((what, secs, rate, rss, note))

    imports = {}
    for ext, path in (("csv", csv_path), ("jsonl", jsonl_path)):
        db = os.path.join(a.work, f"{ext}.sqlite")
        for leftover in (db, db + "-wal", db + "-shm"):  # a kept work folder (BENCH_KEEP) holds the last run's
            if os.path.exists(leftover):
                os.remove(leftover)
        secs, rss = run_measured([a.cli, "--db", db, "import", path])
        imports[ext] = (db, secs, rss)
        row(f"quotascope-cli import, {ext.upper()}", secs, f"{a.rows / secs:,.0f} rows/s", rss)
    db = imports["csv"][0]
    report = [a.cli, "--db", db, "report", "--tz", "UTC", "--from", FROM, "--to", TO, "--granularity", "day",
              "--by", "model", "--format", "csv"]
    rep_secs, rep_rss = run_measured(report)
    rep = median_time(report)
    noop = median_time([a.cli, "--help"])
    row("quotascope-cli report, 90 days by (UTC day, model)", rep, f"process start {noop * 1000:.0f} ms", rep_rss)
    qs_total = imports["csv"][1] + rep_secs
    qs_rss = max(imports["csv"][2], rep_rss)
    row("QuotaScope end to end: CSV import + report", qs_total, "", qs_rss, "the reference")
    expected = qs_answer(a.cli, db)

    # BM_ReadLogs/0 reads in order on one thread; /2 parses in chunks on two workers, as an import here does.
    # BM_ReadJsonPage reads the JSONL's first 200,000 lines as one /api/log/ answer. Their CPU time is the
    # process's, all threads.
    def reader_row(ext, what, path, case):
        b = google_bench_case(a.bench, path, case)
        rate = b.get("items_per_second")
        if not rate:
            row(f"reader alone ({ext}, {what}, {case})", None, "skipped (no quotascope_bench)")
            return
        cpu_us = b["cpu_time"] / b["real_time"] * 1e6 / rate  # both in the same unit per iteration
        row(f"reader alone ({ext}, {what}, {case})", None, f"{rate:,.0f} rows/s, CPU {cpu_us:.2f} us/row")
    for ext, path in (("CSV", csv_path), ("JSONL", jsonl_path)):
        for case, what in (("BM_ReadLogs/2", "2 parse workers"), ("BM_ReadLogs/0", "in order")):
            reader_row(ext, what, path, case)
    reader_row("JSON page", "2 parse workers", jsonl_path, "BM_ReadJsonPage")
    writer = google_bench_case(a.bench, jsonl_path, "BM_RecordWriterLogs")
    rate = writer.get("items_per_second")
    row("writer alone (BM_RecordWriterLogs)", None, f"{rate:,.0f} rows/s" if rate else "skipped (no quotascope_bench)")
    # What SQLite alone takes for the B-tree entries the writer stores per request: the records with their indexes
    # as BM_BareInsert stores them, and the rollup entries at the rate of bare upserts of their shape.
    bare = google_bench(a.bench, jsonl_path, "BM_BareInsert/layout:5/page:8192/bulk:1")
    ceiling = google_bench(a.bench, jsonl_path, "BM_UpsertCeiling/1")
    records, rollups = writer.get("record_entries_per_request"), writer.get("rollup_entries_per_request")
    if rate and bare and ceiling and records and rollups:
        bound = 1 / (1 / bare + rollups / ceiling)
        row("  B-tree entries per request: records / rollups", None, f"{records:.2f} / {rollups:.2f}")
        row("  SQLite alone: bare records (BM_BareInsert)", None, f"{bare:,.0f} rows/s")
        row("  SQLite alone: rollup upserts (BM_UpsertCeiling/1)", None, f"{ceiling:,.0f} entries/s")
        row("  SQLite alone: the writer's entries, bound", None, f"{bound:,.0f} rows/s", None,
            f"the writer reaches {rate / bound:.2f}x of it")

    q = scale_query(a.scale, db)
    if q:
        row("dashboard refresh, 30 days (cards + charts), warm", q["dashboard_median"] / 1000,
            f"CPU {q['dashboard_cpu_median']:.0f} ms")
        row("  filtered by one user, p95", q["dashboard_by_user_p95"] / 1000,
            f"CPU {q['dashboard_by_user_cpu_p95']:.0f} ms")
    else:
        row("dashboard refresh", None, "skipped (no quotascope_scale)")

    competitors = []
    if shutil.which("sqlite3"):
        out = os.path.join(a.work, "sqlite3.out")
        script = os.path.join(a.work, "groupby.sql")
        with open(script, "w") as f:
            f.write(SQLITE_SCRIPT.format(csv=csv_path, out=out))
        shell_db = os.path.join(a.work, "shell.sqlite")
        if os.path.exists(shell_db):
            os.remove(shell_db)
        secs, rss = run_measured(["sqlite3", shell_db, ".read " + script])
        competitors.append(("sqlite3 shell: .import + GROUP BY", secs, rss, out))
    else:
        row("sqlite3 shell", None, "skipped (sqlite3 not installed)")
    has_pandas = subprocess.run([a.pandas_python, "-c", "import pandas"], capture_output=True).returncode == 0
    if has_pandas:
        out = os.path.join(a.work, "pandas.out")
        secs, rss = run_measured([a.pandas_python, "-c", PANDAS_SCRIPT, csv_path, out])
        competitors.append(("pandas: read_csv (4 columns) + groupby", secs, rss, out))
    else:
        row("pandas", None, "skipped (python3-pandas not installed)")
    script, why = ensure_duckdb(a.node_dir or os.path.join(a.work, "node"))
    if script:
        out = os.path.join(a.work, "duckdb.out")
        env = dict(os.environ, NODE_PATH=os.path.join(os.path.dirname(script), "node_modules"))
        secs, rss = run_measured(["node", script, csv_path, out], env=env)
        competitors.append(("DuckDB (node-api): read_csv + GROUP BY", secs, rss, out))
    else:
        row("DuckDB", None, f"skipped ({why})")

    mismatches = 0
    for name, secs, rss, out in competitors:
        with open(out) as f:
            got = answer_from_lines(f.read(), "|")
        same = got == expected
        mismatches += not same
        row(name, secs, f"QuotaScope takes {qs_total / secs:.2f}x", rss,
            "same answer" if same else f"DIFFERENT answer ({len(got)} vs {len(expected)} cells)")

    print(f"\n{a.rows:,} new-api log rows; quota and requests per (UTC day, model) of consumption logs\n")
    print(f"| {'what':55s} | {'wall':>9s} | {'rate / ratio':>28s} | {'peak RSS':>9s} | note")
    print(f"|{'-' * 57}|{'-' * 10}:|{'-' * 29}:|{'-' * 10}:|------")
    for what, secs, rate, rss, note in table:
        wall = f"{secs:.2f} s" if secs is not None and secs >= 1 else (
            f"{secs * 1000:.0f} ms" if secs is not None else "")
        mem = f"{rss:.0f} MiB" if rss is not None else ""
        print(f"| {what:55s} | {wall:>9s} | {rate:>28s} | {mem:>9s} | {note}")
    if mismatches:
        print(f"\n{mismatches} tool(s) gave a different answer than quotascope-cli report", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
