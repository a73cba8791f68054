#!/usr/bin/env python3
"""Copy and live benchmark against a real PostgreSQL (see scripts/bench.sh): starts a server of its own in a
temporary folder (as the postgres user when run as root), fills `logs` (new-api's schema) with generate_series,
then measures in one run:
  - `quotascope-cli sync --database` copying every row into a fresh cache: rows/s and peak RSS;
  - a 30-day dashboard refresh live from the server against the same refresh from the copied cache
    (quotascope_bench's BM_Refresh30Days* benchmarks)."""
import argparse
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from runbench import run_measured  # noqa: E402

SCHEMA = """
CREATE TABLE logs (id bigserial PRIMARY KEY, user_id bigint, created_at bigint, type bigint, content text,
  username text DEFAULT '', token_name text DEFAULT '', model_name text DEFAULT '', quota bigint DEFAULT 0,
  prompt_tokens bigint DEFAULT 0, completion_tokens bigint DEFAULT 0, use_time bigint DEFAULT 0, is_stream boolean,
  channel_id bigint, channel_name text, token_id bigint DEFAULT 0, "group" text, ip text DEFAULT '',
  request_id varchar(64) DEFAULT '', upstream_request_id varchar(128) DEFAULT '', other text);
"""

FILL = """
INSERT INTO logs (user_id, created_at, type, content, username, token_name, model_name, quota, prompt_tokens,
  completion_tokens, use_time, is_stream, channel_id, token_id, "group", request_id, other)
SELECT i % 50 + 1, {start} + (i * {span}) / {rows}, CASE WHEN i % 29 = 0 THEN 5 ELSE 2 END, '',
  'user' || (i % 50), 'key-' || (i % 200), 'model-' || (i % 20), (i * 7919) % 50000, (i * 31) % 4000,
  (i * 17) % 900, i % 20, i % 3 = 0, i % 10 + 1, i % 200 + 1, CASE WHEN i % 2 = 0 THEN 'default' ELSE 'vip' END,
  'req' || i, '{{"cache_tokens":' || (i % 11 * 10) || ',"model_ratio":0.5}}'
FROM generate_series(1::bigint, {rows}) AS i;
CREATE INDEX idx_created_at_id ON logs(created_at, id);
CREATE INDEX idx_logs_model_name ON logs(model_name);
ANALYZE logs;
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--bench", default="")
    ap.add_argument("--rows", type=int, default=5_000_000)
    ap.add_argument("--copy-only", action="store_true",
                    help="measure the copy alone (no JSONL import, no refresh benchmark)")
    a = ap.parse_args()

    initdb = shutil.which("initdb") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                                                         key=lambda p: int(p.split("/")[-3]), reverse=True)), None)
    if not initdb:
        print("database benchmark skipped: PostgreSQL's initdb is not installed")
        return
    bindir = os.path.dirname(initdb)
    as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    work = tempfile.mkdtemp()
    os.chmod(work, 0o777)
    password = "bench-pw"
    port = free_port()
    data = os.path.join(work, "data")
    try:
        pw = os.path.join(work, "pw")
        with open(pw, "w") as f:
            f.write(password)
        os.chmod(pw, 0o644)
        subprocess.run(as_pg + [initdb, "-D", data, "-U", "qsadmin", "--pwfile=" + pw, "--auth=scram-sha-256",
                                "-E", "UTF8", "--no-sync", "--locale=C"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(as_pg + [os.path.join(bindir, "pg_ctl"), "-D", data, "-l", os.path.join(work, "log"), "-w",
                                "-o", f"-p {port} -c listen_addresses=127.0.0.1 -k {work} -c fsync=off "
                                "-c synchronous_commit=off -c shared_buffers=256MB", "start"],
                       check=True, stdout=subprocess.DEVNULL)
        env = dict(os.environ, PGPASSWORD=password)
        psql = shutil.which("psql") or os.path.join(bindir, "psql")
        base = [psql, "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(port), "-U", "qsadmin"]
        subprocess.run(base + ["-d", "postgres", "-c", "CREATE DATABASE bench"], check=True, env=env)
        now = int(time.time())
        t0 = time.perf_counter()
        subprocess.run(base + ["-d", "bench", "-c", SCHEMA + FILL.format(start=now - 30 * 86400 + 3600,
                                                                          span=30 * 86400 - 7200, rows=a.rows)],
                       check=True, env=env)
        print(f"generated {a.rows:,} logs in PostgreSQL in {time.perf_counter() - t0:.1f} s")

        dsn = f"postgresql://qsadmin@127.0.0.1:{port}/bench?sslmode=disable"
        cache = os.path.join(work, "copy.sqlite")
        os.environ["QUOTASCOPE_DB_PASSWORD"] = password
        t0 = time.perf_counter()
        child = subprocess.Popen([a.cli, "--db", cache, "sync", "--database", dsn], stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        secs = time.perf_counter() - t0
        if os.waitstatus_to_exitcode(status) != 0:
            raise subprocess.CalledProcessError(os.waitstatus_to_exitcode(status), "quotascope-cli sync --database")
        rss = usage.ru_maxrss / 1024.0
        cpu = usage.ru_utime + usage.ru_stime
        print(f"copy from PostgreSQL: {secs:6.2f} s wall, {cpu:6.2f} s CPU in QuotaScope  "
              f"{a.rows / secs:>10,.0f} rows/s  peak RSS {rss:6.1f} MiB")
        if a.copy_only:
            return
        # The same rows exported as the gateway's Log JSON and imported: the file path in the same run.
        jsonl = os.path.join(work, "export.jsonl")
        with open(jsonl, "w") as out:
            subprocess.run(base + ["-d", "bench", "-At", "-c",
                                   "SELECT row_to_json(l) FROM (SELECT id, user_id, created_at, type, content, "
                                   "username, token_name, model_name, quota, prompt_tokens, completion_tokens, "
                                   "use_time, is_stream, channel_id AS channel, token_id, \"group\", request_id, "
                                   "other FROM logs ORDER BY id) l"], check=True, env=env, stdout=out)
        imported = os.path.join(work, "import.sqlite")
        secs, rss = run_measured([a.cli, "--db", imported, "import", jsonl])
        print(f"import of the same rows as JSONL: {secs:6.2f} s  {a.rows / secs:>10,.0f} rows/s  "
              f"peak RSS {rss:6.1f} MiB")
        if a.bench and os.path.exists(a.bench):
            subprocess.run([a.bench, "--benchmark_filter=Refresh30Days"], check=True,
                           env=dict(os.environ, QS_BENCH_PG_DSN=dsn, QS_BENCH_PG_PASSWORD=password,
                                    QS_BENCH_CACHE=cache))
    finally:
        subprocess.run(as_pg + [os.path.join(bindir, "pg_ctl"), "-D", data, "-m", "immediate", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
