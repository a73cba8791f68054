#!/usr/bin/env bash
# QuotaScope developer entry point.
#   scripts/dev.sh run      install what is missing, build, start the app on the bundled demo data
#   scripts/dev.sh test     install what is missing, build, run every test (ctest)
#   scripts/dev.sh bench    build optimised, generate log files, measure import and report
#   scripts/dev.sh package  build a release and make packages with CPack
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)

# The package lists: BUILD_PACKAGES, RUN_PACKAGES, TEST_PACKAGES, PACKAGE_PACKAGES, CHECK_PACKAGES.
source "$ROOT/scripts/packages.sh"

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

build() {
    local preset=$1
    log "configure + build ($preset)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -- -j"$(nproc)"
}

cmd_run() {
    install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
    build dev
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

cmd_test() {
    install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    build ci
    log "running every test"
    # A real Secret Service for the keychain tests: a private D-Bus session with a gnome-keyring of its own,
    # in throw-away data and config folders, so the tests never touch the user's keyring or settings.
    local scratch
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' RETURN
    XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" dbus-run-session -- bash -c '
        echo -n quotascope-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
        export QUOTASCOPE_TEST_KEYRING=1
        ctest --preset ci -j2 --timeout 600 "$@"' ctest "$@"
}

cmd_bench() {
    install_missing "${BUILD_PACKAGES[@]}" python3 sqlite3
    build ci
    "$ROOT/scripts/bench.sh" "$ROOT/build/ci" "$@"
}

cmd_package() {
    install_missing "${BUILD_PACKAGES[@]}" "${PACKAGE_PACKAGES[@]}"
    build release
    (cd "$ROOT/build/release" && cpack "$@")
}

case "${1:-}" in
run) shift; cmd_run "$@" ;;
test) shift; cmd_test "$@" ;;
bench) shift; cmd_bench "$@" ;;
package) shift; cmd_package "$@" ;;
*) echo "usage: scripts/dev.sh run|test|bench|package" >&2; exit 2 ;;
esac
