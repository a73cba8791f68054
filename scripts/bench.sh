#!/usr/bin/env bash
# Import and report benchmark (scripts/dev.sh bench). Usage: scripts/bench.sh BUILD_DIR [ROWS]
# Generates ROWS new-api log rows (default 1,000,000) as JSONL and CSV, then measures, in one run so the
# numbers can be compared as ratios on a noisy machine:
#   - import rows/s and peak memory (RSS) for each file into a fresh cache;
#   - `report` latency for a 30-day day-granularity view by model (median of repeated runs), against a
#     baseline that groups the raw records directly with the sqlite3 shell (and must print the same numbers);
#   - the store micro-benchmarks (Google Benchmark), when built; the writer one reads the generated JSONL;
#   - a copy from a PostgreSQL holding DB_ROWS logs (default 5,000,000; rows/s, peak RSS) and a 30-day refresh
#     live from it against the same refresh from the copy (tests/bench/dbbench.py).
set -euo pipefail
BUILD=${1:?usage: scripts/bench.sh BUILD_DIR [ROWS]}
ROWS=${2:-1000000}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 "$ROOT/tests/bench/runbench.py" --cli "$BUILD/app/quotascope-cli" --rows "$ROWS" --work "$WORK" \
    --gen "$ROOT/tests/bench/genlogs.py"
if [ -x "$BUILD/tests/bench/quotascope_bench" ]; then
    QS_BENCH_LOGS="$WORK/logs.jsonl" "$BUILD/tests/bench/quotascope_bench" --benchmark_min_time=0.2 \
        --benchmark_filter=-Refresh30Days
fi
python3 "$ROOT/tests/bench/dbbench.py" --cli "$BUILD/app/quotascope-cli" --rows "${DB_ROWS:-5000000}" \
    --bench "$BUILD/tests/bench/quotascope_bench"
