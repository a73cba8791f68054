#!/usr/bin/env bash
# QuotaScope developer entry point.
#   scripts/dev.sh run      install what is missing, build, start the app on the bundled demo data
#   scripts/dev.sh test     install what is missing, build, run every test (ctest)
#   scripts/dev.sh bench [ROWS]       build optimised; import, reader, writer, report, dashboard against the
#                                    sqlite3 shell, pandas and DuckDB on ROWS generated log rows (default 1M)
#   scripts/dev.sh bench --scale      the same queries and the GUI cold start on a 10M-request cache
#   scripts/dev.sh package  build a release and make packages with CPack
#   scripts/dev.sh screenshots      build, then render the README's screenshots (docs/*.png) on the demo data
#   scripts/dev.sh test-asan         build with AddressSanitizer + UBSan (gcc) and run every test
#   scripts/dev.sh fuzz [SECONDS]    build the libFuzzer targets (clang) and run each for SECONDS (default 60)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)

# The package lists: BUILD_PACKAGES, RUN_PACKAGES, TEST_PACKAGES, BENCH_PACKAGES, PACKAGE_PACKAGES, CHECK_PACKAGES,
# FUZZ_PACKAGES.
source "$ROOT/scripts/packages.sh"
# The fuzz targets (tests/fuzz), run by `fuzz`.
FUZZ_TARGETS=(csv mappedcsv json jsonl hourly logpage settings othercodec)

log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# build PRESET [TARGET...]: every target of the preset, or only those named.
build() {
    local preset=$1
    shift
    log "configure + build ($preset${*:+: $*})"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" ${*:+--target "$@"} -- -j"$(nproc)"
}

cmd_run() {
    install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
    # The app alone: the tests and benchmarks are built by `test` and `bench`.
    build dev quotascope
    local app="$ROOT/build/dev/app/quotascope"
    local db="$ROOT/build/demo-cache.sqlite"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        log "starting QuotaScope on the demo data"
        exec "$app" --db "$db" --demo "$@"
    fi
    log "no display found: starting QuotaScope in a virtual X server (xvfb-run); close it with Ctrl+C"
    log "a screenshot of the first screen is written to build/quotascope-demo.png"
    xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --db "$db" --demo --screenshot "$ROOT/build/quotascope-demo.png" "$@"
    xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --db "$db" --demo "$@"
}

# Runs ctest for a test preset inside a private D-Bus session with a gnome-keyring of its own, in throw-away
# data and config folders, so the keychain tests use a real Secret Service but never the user's keyring or settings.
run_ctest() {
    local preset=$1
    shift
    local scratch
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"; trap - RETURN' RETURN
    XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" dbus-run-session -- bash -c '
        echo -n quotascope-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
        export QUOTASCOPE_TEST_KEYRING=1
        preset=$1
        shift
        ctest --preset "$preset" -j2 --timeout 600 "$@"' ctest "$preset" "$@"
}

cmd_test() {
    install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    build ci
    log "running every test"
    run_ctest ci "$@"
}

cmd_test_asan() {
    install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    build asan
    log "running every test under AddressSanitizer and UBSan"
    # Any report fails the test that caused it; tests/sanitizers/lsan.supp lists the leaks that are not ours.
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0}
    run_ctest asan "$@"
}

# Seeds of one target: the fixtures tests/fuzz/seeds.txt lists for it, tests/fuzz/seeds/<target>/ and the target's
# earlier findings (tests/fixtures/fuzz-regressions/<target>/), so that a regression fails the run at once.
fuzz_seeds() {
    local target=$1
    local pattern
    while read -r name pattern; do
        [ "$name" = "$target" ] || continue
        compgen -G "$ROOT/tests/fixtures/$pattern" || true
    done < <(grep -v '^#' "$ROOT/tests/fuzz/seeds.txt")
    local dir
    for dir in "$ROOT/tests/fuzz/seeds/$target" "$ROOT/tests/fixtures/fuzz-regressions/$target"; do
        [ -d "$dir" ] && find "$dir" -type f
    done
    return 0
}

cmd_fuzz() {
    local seconds=${1:-60}
    install_missing "${BUILD_PACKAGES[@]}" "${FUZZ_PACKAGES[@]}"
    build fuzz
    local out="$ROOT/build/fuzz"
    local findings="$out/findings"
    mkdir -p "$findings"
    local failed=()
    local target
    # The file targets write each input to a scratch file: keep it in memory.
    [ -d /dev/shm ] && [ -w /dev/shm ] && export TMPDIR=/dev/shm
    # QS_FUZZ_TARGETS="csv json" runs only those.
    for target in ${QS_FUZZ_TARGETS:-${FUZZ_TARGETS[*]}}; do
        local corpus="$out/corpus/$target"
        mkdir -p "$corpus"
        fuzz_seeds "$target" | while read -r seed; do cp -n "$seed" "$corpus/"; done
        log "fuzzing $target for ${seconds} s (corpus build/fuzz/corpus/$target)"
        local status=0
        "$out/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=16384 -timeout=20 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$findings/$target-" "$corpus" >"$out/fuzz-$target.log" 2>&1 \
            || status=$?
        grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$out/fuzz-$target.log" >&2 || true
        if [ "$status" -ne 0 ]; then
            failed+=("$target")
            tail -n 60 "$out/fuzz-$target.log" >&2
        fi
    done
    if [ ${#failed[@]} -gt 0 ]; then
        log "findings in: ${failed[*]}; inputs saved in build/fuzz/findings/"
        log "after a fix, add each to tests/fixtures/fuzz-regressions/<target>/ (the core tests replay them)"
        return 1
    fi
    log "no findings"
}

cmd_bench() {
    # A Node.js that did not come from Debian (NodeSource's bundles npm) conflicts with Debian's npm package: when
    # node and npm already run, they are used as they are.
    local bench=() p
    for p in "${BENCH_PACKAGES[@]}"; do
        case "$p" in nodejs | npm) command -v node >/dev/null && command -v npm >/dev/null && continue ;; esac
        bench+=("$p")
    done
    install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${bench[@]}"
    build ci
    "$ROOT/scripts/bench.sh" "$ROOT/build/ci" "$@"
}

cmd_package() {
    install_missing "${BUILD_PACKAGES[@]}" "${PACKAGE_PACKAGES[@]}"
    build release
    (cd "$ROOT/build/release" && cpack "$@")
}

# The README's screenshots, each rendered by the app itself (--screenshot, offscreen) on a fresh demo cache:
# docs/screenshot-<tab>-<lang>-<theme>.png for every tab, language and theme, and docs/screenshot.png (the overview,
# English, light). QS_APP=path/to/quotascope uses that binary instead of building one.
cmd_screenshots() {
    local app=${QS_APP:-}
    if [ -z "$app" ]; then
        install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
        build dev
        app="$ROOT/build/dev/app/quotascope"
    fi
    local scratch
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"; trap - RETURN' RETURN
    local tab lang theme
    for tab in overview rankings cache; do
        for lang in en zh_CN; do
            for theme in light dark; do
                log "docs/screenshot-$tab-${lang%_CN}-$theme.png"
                QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
                    "$app" --db "$scratch/demo.sqlite" --demo --lang "$lang" --theme "$theme" --tab "$tab" \
                    --size 1400x900 --screenshot "$ROOT/docs/screenshot-$tab-${lang%_CN}-$theme.png"
            done
        done
    done
    QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
        "$app" --db "$scratch/demo.sqlite" --demo --lang en --theme light --size 1600x1000 \
        --screenshot "$ROOT/docs/screenshot.png"
}

case "${1:-}" in
run) shift; cmd_run "$@" ;;
test) shift; cmd_test "$@" ;;
bench) shift; cmd_bench "$@" ;;
package) shift; cmd_package "$@" ;;
test-asan) shift; cmd_test_asan "$@" ;;
fuzz) shift; cmd_fuzz "$@" ;;
screenshots) shift; cmd_screenshots "$@" ;;
*) echo "usage: scripts/dev.sh run|test|test-asan|bench|package|screenshots|fuzz [SECONDS]" >&2; exit 2 ;;
esac
