#!/usr/bin/env bash
# Benchmarks (scripts/dev.sh bench). Usage:
#   scripts/bench.sh BUILD_DIR [ROWS]          import, reader, writer, report and dashboard on ROWS generated new-api
#                                              log rows (default 1,000,000), against the sqlite3 shell, pandas and
#                                              DuckDB on the same CSV (answers checked, ratios printed)
#   scripts/bench.sh BUILD_DIR --scale [ROWS]  a cache of ROWS requests (default 10,000,000) over 90 days, and the
#                                              GUI's queries on it: dashboard, filtered dashboards, ranking, log
#                                              table, cold start to the first painted dashboard, verify
# Set BENCH_KEEP=DIR to keep the generated files and caches in DIR.
#   DB_ROWS=N (default 5,000,000; 0 skips it): also a copy from a PostgreSQL holding N logs (rows/s, peak RSS)
#                                              and a 30-day refresh live from it against the same refresh from the
#                                              copy (tests/bench/dbbench.py)
set -euo pipefail
BUILD=${1:?usage: scripts/bench.sh BUILD_DIR [--scale] [ROWS]}
shift
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -n "${BENCH_KEEP:-}" ]; then
    WORK=$BENCH_KEEP
    mkdir -p "$WORK"
else
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT
fi
if [ "${1:-}" = "--scale" ]; then
    shift
    exec python3 "$ROOT/tests/bench/runscale.py" --build "$BUILD" --rows "${1:-10000000}" --work "$WORK"
fi
python3 "$ROOT/tests/bench/runbench.py" --cli "$BUILD/app/quotascope-cli" --rows "${1:-1000000}" --work "$WORK" \
    --gen "$ROOT/tests/bench/genlogs.py" --bench "$BUILD/tests/bench/quotascope_bench" \
    --scale "$BUILD/tests/bench/quotascope_scale" --node-dir "$BUILD/bench-node"
if [ "${DB_ROWS:-5000000}" != 0 ]; then
    python3 "$ROOT/tests/bench/dbbench.py" --cli "$BUILD/app/quotascope-cli" --rows "${DB_ROWS:-5000000}" \
        --bench "$BUILD/tests/bench/quotascope_bench"
fi
