#!/usr/bin/env bash
# Builds the .deb, installs it with apt and runs what it installed: the proof that its Depends are enough.
#
# usage: scripts/check-deb.sh --here|--chroot [options]
#   --here            install into this machine (meant for throw-away CI machines: it installs quotascope
#                     system-wide and pulls in its dependencies)
#   --chroot          install into a fresh minimal Debian 12 in a scratch folder (needs root, debootstrap
#                     unless a base is given, and the network to reach the Debian mirror)
#   --deb FILE        check this .deb instead of building one
#   --preset NAME     the configure preset to build and package (default release, as scripts/dev.sh package)
#   --build-dir DIR   package an already configured tree instead (configured again and built first)
#   --base DIR        a minimal Debian 12 to copy instead of running debootstrap (never modified); default
#                     $QUOTASCOPE_DEBIAN_BASE
#   --debootstrap     run debootstrap even when a base exists
#   --mirror URL      the Debian mirror for debootstrap (default: the first one this machine's apt uses)
#   --keep            keep the chroot and the scratch files (their folder is printed)
#
# Needs root, dpkg-dev and file (scripts/packages.sh PACKAGE_PACKAGES) to make the .deb, and python3 here.
#
# Installs with --no-install-recommends, so only Depends count: the recommended CJK fonts and keychains are
# not there. Then, from the installed files: quotascope-cli --version; an import of a test fixture and a report
# of it, compared with totals computed here from the fixture; an offscreen screenshot of the GUI on the bundled
# demo data. Prints how long each step took.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
MODE=
DEB=
PRESET=release
BUILD_DIR=
BASE=${QUOTASCOPE_DEBIAN_BASE:-}
NO_BASE=0
MIRROR=
KEEP=0
FIXTURE="$ROOT/tests/fixtures/cli-newapi.jsonl"

die() {
    echo "check-deb: $*" >&2
    exit 2
}
say() { printf '\033[1m== check-deb: %s\033[0m\n' "$*" >&2; }
fail() {
    echo "check-deb: FAIL: $*" >&2
    exit 1
}
SECONDS=0
step() { say "[${SECONDS}s] $*"; }

while [ $# -gt 0 ]; do
    case "$1" in
    --here) MODE=here; shift ;;
    --chroot) MODE=chroot; shift ;;
    --deb) DEB=$(realpath "${2:?}"); shift 2 ;;
    --preset) PRESET=${2:?}; shift 2 ;;
    --build-dir) BUILD_DIR=$(realpath "${2:?}"); shift 2 ;;
    --base) BASE=${2:?}; shift 2 ;;
    --debootstrap) BASE=; NO_BASE=1; shift ;;
    --mirror) MIRROR=${2:?}; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
    esac
done
[ -n "$MODE" ] || die "say where to install: --here (this machine) or --chroot (a fresh Debian 12); see --help"
[ "$(id -u)" -eq 0 ] || die "run as root: apt-get install (and chroot) need it"

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/quotascope-check-deb.XXXXXX")
ROOTFS=
cleanup() {
    if [ -n "$ROOTFS" ]; then
        for m in dev/pts dev proc; do mountpoint -q "$ROOTFS/$m" && umount -l "$ROOTFS/$m"; done
    fi
    if [ "$KEEP" -eq 1 ]; then
        echo "check-deb: kept $SCRATCH" >&2
    else
        # --one-file-system: should an unmount have failed, never walk into this machine's /dev or /proc.
        rm -rf --one-file-system "$SCRATCH"
    fi
}
trap cleanup EXIT

# --- the package ---------------------------------------------------------------------------------------------
if [ -z "$DEB" ]; then
    if [ -z "$BUILD_DIR" ]; then
        step "configure ($PRESET)"
        cmake --preset "$PRESET" >/dev/null
        BUILD_DIR=$(sed -n 's/^CMAKE_CACHEFILE_DIR:INTERNAL=//p' "$ROOT/build/$PRESET/CMakeCache.txt")
    else
        # Configure again: dpkg-shlibdeps may have been installed since, and the .deb's Depends need it.
        step "configure $BUILD_DIR again"
        cmake "$BUILD_DIR" >/dev/null
    fi
    step "build $BUILD_DIR"
    nice -n 10 cmake --build "$BUILD_DIR" -- -j"$(nproc)" >"$SCRATCH/build.log" \
        || { tail -n 30 "$SCRATCH/build.log" >&2; fail "the build failed"; }
    step "cpack -G DEB"
    (cd "$BUILD_DIR" && cpack -G DEB -B "$SCRATCH/cpack") >"$SCRATCH/cpack.log" 2>&1 \
        || { tail -n 30 "$SCRATCH/cpack.log" >&2; fail "cpack failed"; }
    DEB=$(ls "$SCRATCH"/cpack/quotascope_*.deb)
fi
[ -f "$DEB" ] || die "no .deb at $DEB"
step "checking $(basename "$DEB")"
VERSION=$(dpkg-deb -f "$DEB" Version)
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
RECOMMENDS=$(dpkg-deb -f "$DEB" Recommends)
echo "Depends: $DEPENDS" >&2
echo "Recommends: $RECOMMENDS" >&2
# Qt loads the first two at run time (platform plugins, SVG icons); no library scan finds them.
for p in qt6-qpa-plugins libqt6svg6 libqt6charts6 libqt6widgets6 libsqlite3-0; do
    grep -Eq "(^|, )$p( |,|$)" <<<"$DEPENDS" || fail "the .deb does not depend on $p"
done
# One SQLite in the process: the app links libsqlite3. Qt Sql is there only for a gateway's PostgreSQL or MySQL
# database (its psql and mysql drivers); its SQLite driver may carry a second SQLite and must never come along.
for p in libqt6sql6-psql libqt6sql6-mysql; do
    grep -Eq "(^|, )$p( |,|$)" <<<"$DEPENDS" || fail "the .deb does not depend on $p (reading a gateway's database)"
done
if grep -Eq "(^|, )libqt6sql6-sqlite( |,|$)" <<<"$DEPENDS"; then
    fail "the .deb depends on libqt6sql6-sqlite, but the app must never load Qt's SQLite driver"
fi
grep -Eq "(^|, )fonts-noto-cjk( |,|$)" <<<"$RECOMMENDS" || fail "the .deb does not recommend fonts-noto-cjk"
dpkg-deb -c "$DEB" >"$SCRATCH/contents.txt"
for f in usr/bin/quotascope usr/bin/quotascope-cli usr/share/applications/io.github.quotascope.desktop \
    usr/share/metainfo/io.github.quotascope.metainfo.xml; do
    grep -q " \./$f\$" "$SCRATCH/contents.txt" || fail "the .deb has no /$f"
done

# --- install -------------------------------------------------------------------------------------------------
export DEBIAN_FRONTEND=noninteractive
RUN=()
IN=$SCRATCH/run    # where the checks' files are, as the installed programs see them
if [ "$MODE" = chroot ]; then
    ROOTFS=$SCRATCH/rootfs
    if [ -n "$BASE" ]; then
        [ -x "$BASE/usr/bin/apt-get" ] || die "$BASE is not a Debian system"
        step "copying the minimal Debian 12 in $BASE"
        cp -a "$BASE" "$ROOTFS"
    else
        command -v debootstrap >/dev/null || die "debootstrap is missing (scripts/packages.sh CHECK_PACKAGES)"
        if [ -z "$MIRROR" ]; then
            MIRROR=$(grep -h -m1 -o 'https\?://[^ ]*debian/\?$' /etc/apt/sources.list.d/*.sources \
                /etc/apt/sources.list 2>/dev/null | head -n1 || true)
            MIRROR=${MIRROR:-http://deb.debian.org/debian}
        fi
        step "debootstrap --variant=minbase bookworm ($MIRROR)"
        debootstrap --variant=minbase bookworm "$ROOTFS" "$MIRROR" >"$SCRATCH/debootstrap.log" 2>&1 \
            || { tail -n 20 "$SCRATCH/debootstrap.log" >&2; die "debootstrap failed"; }
    fi
    # The same suites (updates, security) as this machine, so the chroot sees the versions the .deb was built against.
    if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
        rm -f "$ROOTFS/etc/apt/sources.list"
        cp /etc/apt/sources.list.d/*.sources "$ROOTFS/etc/apt/sources.list.d/"
    fi
    [ -f /etc/apt/sources.list ] && cp /etc/apt/sources.list "$ROOTFS/etc/apt/sources.list"
    cp -L /etc/resolv.conf "$ROOTFS/etc/resolv.conf" 2>/dev/null || true
    mount -t proc proc "$ROOTFS/proc"
    mount --bind /dev "$ROOTFS/dev"
    mount --bind /dev/pts "$ROOTFS/dev/pts"
    RUN=(chroot "$ROOTFS" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8
        DEBIAN_FRONTEND=noninteractive)
    mkdir -p "$ROOTFS/tmp/quotascope-check"
    IN=/tmp/quotascope-check
    HOST_IN=$ROOTFS$IN
else
    HOST_IN=$IN
    RUN=(env HOME="$SCRATCH/home" XDG_CONFIG_HOME="$SCRATCH/home/.config" XDG_DATA_HOME="$SCRATCH/home/.local/share"
        XDG_CACHE_HOME="$SCRATCH/home/.cache")
fi
mkdir -p "$HOST_IN" "$SCRATCH/home"
cp "$DEB" "$FIXTURE" "$HOST_IN/"
step "apt-get update"
"${RUN[@]}" apt-get update -q >"$SCRATCH/apt-update.log" 2>&1 \
    || { tail "$SCRATCH/apt-update.log" >&2; die "apt-get update failed"; }
step "apt-get install --no-install-recommends ./$(basename "$DEB")"
"${RUN[@]}" apt-get install -y -q --no-install-recommends "$IN/$(basename "$DEB")" >"$SCRATCH/apt-install.log" 2>&1 \
    || { tail -n 30 "$SCRATCH/apt-install.log" >&2; fail "apt-get install of the .deb failed"; }
grep -E '^[0-9]+ upgraded, [0-9]+ newly installed' "$SCRATCH/apt-install.log" >&2 || true

# --- run what was installed ----------------------------------------------------------------------------------
step "quotascope-cli --version"
out=$("${RUN[@]}" /usr/bin/quotascope-cli --version) || fail "quotascope-cli --version failed"
echo "$out" >&2
[ "$out" = "quotascope-cli ${VERSION%%-*}" ] || fail "quotascope-cli --version says \"$out\", the package is $VERSION"

step "quotascope-cli import + report of $(basename "$FIXTURE")"
db=$IN/cache.sqlite
fixture=$IN/$(basename "$FIXTURE")
"${RUN[@]}" /usr/bin/quotascope-cli import --db "$db" --json "$fixture" >"$HOST_IN/import.json" \
    || fail "quotascope-cli import failed"
"${RUN[@]}" /usr/bin/quotascope-cli report --db "$db" --format json --by none --tz UTC \
    --from 2000-01-01 --to 2100-01-01 >"$HOST_IN/report.json" || fail "quotascope-cli report failed"
# The totals, computed here from the fixture: new-api consumption logs are type 2.
python3 - "$FIXTURE" "$HOST_IN/import.json" "$HOST_IN/report.json" <<'EOF' \
    || fail "the report does not match the fixture"
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
consume = [r for r in rows if r["type"] == 2]
want = {"requests": len(consume), "quota": sum(r["quota"] for r in consume),
        "prompt_tokens": sum(r["prompt_tokens"] for r in consume),
        "completion_tokens": sum(r["completion_tokens"] for r in consume)}
imported = json.load(open(sys.argv[2]))
totals = json.load(open(sys.argv[3]))["totals"]
print(f"imported {imported['added']} of {len(rows)} rows; report totals {totals}", file=sys.stderr)
ok = imported["added"] == len(rows) and imported["errors"] == 0 and want["requests"] > 0
ok = ok and all(totals.get(k) == v for k, v in want.items())
if not ok:
    print(f"expected {len(rows)} rows added, totals {want}", file=sys.stderr)
sys.exit(0 if ok else 1)
EOF

# The fixture's days are long past the default range; the bundled demo data ends today.
step "QT_QPA_PLATFORM=offscreen quotascope --demo --screenshot"
"${RUN[@]}" QT_QPA_PLATFORM=offscreen /usr/bin/quotascope --db "$IN/demo.sqlite" --demo \
    --screenshot "$IN/screenshot.png" >"$SCRATCH/gui.log" 2>&1 \
    || { cat "$SCRATCH/gui.log" >&2; fail "quotascope --screenshot failed"; }
png=$HOST_IN/screenshot.png
[ -f "$png" ] || fail "no screenshot"
read -r width height < <(python3 -c 'import struct, sys
d = open(sys.argv[1], "rb").read(24)
assert d[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
print(*struct.unpack(">II", d[16:24]))' "$png") || fail "the screenshot is not a PNG"
size=$(stat -c %s "$png")
echo "screenshot: ${width}x${height}, $size bytes" >&2
[ "$width" -ge 800 ] && [ "$height" -ge 500 ] && [ "$size" -ge 20000 ] \
    || fail "the screenshot is too small to show a window"
[ "$KEEP" -eq 1 ] && cp "$png" "$SCRATCH/screenshot.png"

step "OK: $(basename "$DEB") installs with its Depends and runs ($MODE)"
