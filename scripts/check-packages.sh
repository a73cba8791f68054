#!/usr/bin/env bash
# Checks that the build reads nothing from Debian packages that scripts/packages.sh does not install.
#
# A package that is missing from the lists goes unnoticed on any machine that happens to have it (a developer's,
# a CI image with extras). This check looks at what the build really read instead:
#   - every file the CMake configure step opens (a fresh configure under strace, in a scratch folder),
#   - every header the compiler read (ninja's depfile log: ninja -t deps),
#   - every library and tool on the build's command lines (ninja -t commands; -lfoo through the compiler),
#   - at run time: the libraries ldd finds for the built programs, and every file the GUI (offscreen, Chinese,
#     which needs the CJK fonts) and the CLI open while they start, including Qt's plugins.
# Each file is mapped to the Debian package that owns it (/usr merged or not, through symlinks and
# alternatives, diversions honoured). The packages allowed are what apt would install on an empty system for
# the lists with --no-install-recommends (hard Depends and Pre-Depends, recursively, with the alternative apt
# picks), plus the Essential and required packages every Debian system has. The build side is allowed
# BUILD_PACKAGES, the run-time side BUILD_PACKAGES and RUN_PACKAGES (what `scripts/dev.sh run` installs).
#
# usage: scripts/check-packages.sh [options]
#   --build-dir DIR        the built tree to inspect (default build/ci)
#   --preset NAME          the configure preset of that tree, for the traced configure (default ci)
#   --without PKG          pretend PKG is not in the lists (repeatable): a dry run of a missing package
#   --expect-missing PKG   succeed only if the check fails and names PKG (tests the check itself)
#   --reuse                use the files collected by the previous run in the same build folder
#   --no-runtime           skip the run-time side
#
# Dry run of the bug this check exists for (Qt6Charts needs Qt6OpenGL's CMake files, which qt6-base-dev only
# recommends):
#   scripts/check-packages.sh --without libqt6opengl6-dev        fails and names libqt6opengl6-dev
#
# Needs the build tree, strace, apt's package lists (apt-get update) and dpkg's database (DPKG_ADMINDIR,
# default /var/lib/dpkg). Exit status: 0 clean, 1 packages missing, 2 usage or setup error.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
source "$ROOT/scripts/packages.sh"

BUILD_DIR=build/ci
PRESET=ci
WITHOUT=()
EXPECT_MISSING=()
REUSE=0
RUNTIME=1
ADMINDIR=${DPKG_ADMINDIR:-/var/lib/dpkg}

die() {
    echo "check-packages: $*" >&2
    exit 2
}
say() { echo "check-packages: $*" >&2; }

while [ $# -gt 0 ]; do
    case "$1" in
    --build-dir) BUILD_DIR=${2:?}; shift 2 ;;
    --preset) PRESET=${2:?}; shift 2 ;;
    --without) WITHOUT+=("${2:?}"); shift 2 ;;
    --expect-missing) EXPECT_MISSING+=("${2:?}"); shift 2 ;;
    --reuse) REUSE=1; shift ;;
    --no-runtime) RUNTIME=0; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
    esac
done

BUILD_DIR=$(cd "$BUILD_DIR" 2>/dev/null && pwd) || die "no build folder $BUILD_DIR: build first (scripts/dev.sh test)"
[ -f "$BUILD_DIR/build.ninja" ] || die "$BUILD_DIR has no build.ninja: build with a Ninja preset first"
command -v strace >/dev/null || die "strace is missing (scripts/packages.sh CHECK_PACKAGES)"
WORK="$BUILD_DIR/package-check"
mkdir -p "$WORK"

# --- collect: "<phase> <what> <path>" lines -----------------------------------------------------------------

# Paths that the traced processes opened or executed successfully, from `strace -f -e trace=openat,execve`.
# A call that another process interrupts is split into "<unfinished ...>" and "<... resumed>" lines.
strace_paths() {
    awk '
        function take(pid, rest,    p) {
            if (match(rest, /"[^"]*"/)) { p = substr(rest, RSTART + 1, RLENGTH - 2); pending[pid] = p; return p }
            return ""
        }
        {
            pid = $1
            if ($0 ~ /<\.\.\. (openat|execve) resumed>/) {
                if ($0 ~ /= [0-9]+( |$)/ && pid in pending) print pending[pid]
                delete pending[pid]
                next
            }
            if ($0 !~ / (openat|execve)\(/) next
            p = take(pid, substr($0, index($0, "(")))
            if ($0 ~ /<unfinished \.\.\.>/) next
            delete pending[pid]
            if (p != "" && $0 ~ /= [0-9]+( |$)/) print p
        }' "$1" | grep '^/' | sort -u | while read -r p; do
        # Folders are opened to list them; only files are read from a package.
        [ -f "$p" ] && echo "$p"
    done || true
}

collect_build() {
    local out=$1 scratch="$WORK/configure"
    say "tracing a fresh configure ($PRESET) in $scratch"
    rm -rf "$scratch"
    strace -f -qq --seccomp-bpf -e trace=openat,execve -e signal=none -o "$WORK/configure.strace" \
        cmake --preset "$PRESET" -B "$scratch" >"$WORK/configure.log" 2>&1 \
        || die "the traced configure failed, see $WORK/configure.log"
    strace_paths "$WORK/configure.strace" | sed 's/^/build configure /' >"$out"
    rm -rf "$scratch" "$WORK/configure.strace"

    # The package configuration files the configure step settled on (a fallback should tracing miss one).
    sed -n 's/^[A-Za-z0-9_]*_DIR:PATH=\(\/.*\)$/\1/p' "$BUILD_DIR/CMakeCache.txt" | while read -r dir; do
        # Some *_DIR entries name folders that need not exist (FETCHCONTENT_BASE_DIR when nothing was fetched).
        [ -d "$dir" ] || continue
        find "$dir" -maxdepth 1 -type f \( -name '*Config.cmake' -o -name '*-config.cmake' \) 2>/dev/null
    done | sed 's/^/build cmake-cache /' >>"$out"

    say "reading the compiler's header dependencies and the build's command lines"
    ninja -C "$BUILD_DIR" -t deps | awk '/^    \//{print "build header " $1}' | sort -u >>"$out"
    local commands="$WORK/commands.txt"
    ninja -C "$BUILD_DIR" -t commands >"$commands"
    grep -o '/[^ ;:"'\'']*' "$commands" | grep -v "^$ROOT" | sort -u | while read -r p; do
        [ -f "$p" ] && echo "build command $p"
    done >>"$out" || true
    # -lfoo as the compiler resolves it: the development symlink it links through.
    local cxx
    cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt")
    grep -o -- ' -l[A-Za-z0-9_+.-]*' "$commands" | sort -u | while read -r flag; do
        local lib=${flag#-l} found
        for name in "lib$lib.so" "lib$lib.a"; do
            found=$("$cxx" -print-file-name="$name")
            if [ "$found" != "$name" ]; then
                echo "build link $found"
                break
            fi
        done
    done >>"$out" || true
    rm -f "$commands"
}

collect_runtime() {
    local out=$1 app="$BUILD_DIR/app/quotascope" cli="$BUILD_DIR/app/quotascope-cli"
    [ -x "$cli" ] || die "$cli is not built"
    for bin in "$app" "$cli"; do
        [ -x "$bin" ] || continue
        ldd "$bin" | awk '$2 == "=>" && $3 ~ /^\// {print "run ldd " $3} $1 ~ /^\// {print "run ldd " $1}'
    done >>"$out"
    say "tracing the CLI (an import and a report) and an offscreen start of the GUI"
    rm -f "$WORK/run.sqlite"*
    strace -f -qq --seccomp-bpf -e trace=openat,execve -e signal=none -o "$WORK/run.strace" \
        sh -c '"$1" --version && "$1" import --db "$2" "$3" && "$1" report --db "$2"' sh "$cli" "$WORK/run.sqlite" \
        "$ROOT/tests/fixtures/cli-newapi.jsonl" >"$WORK/run.log" 2>&1 || die "the CLI failed, see $WORK/run.log"
    strace_paths "$WORK/run.strace" | sed 's/^/run cli /' >>"$out"
    if [ -x "$app" ]; then
        rm -f "$WORK/run.sqlite" "$WORK/run.png"
        QT_QPA_PLATFORM=offscreen strace -f -qq --seccomp-bpf -e trace=openat,execve -e signal=none \
            -o "$WORK/run.strace" "$app" --db "$WORK/run.sqlite" --demo --lang zh_CN --screenshot "$WORK/run.png" \
            >"$WORK/run.log" 2>&1 || die "the offscreen start of $app failed, see $WORK/run.log"
        strace_paths "$WORK/run.strace" | sed 's/^/run gui /' >>"$out"
        rm -f "$WORK/run.sqlite"* "$WORK/run.png"
    fi
    rm -f "$WORK/run.strace"
}

# Files that programs read when they are there and do well without: locale data and message catalogues
# (glibc's and the tools' own), which no build needs; and fontconfig's configuration snippets, which it reads for
# every font package that happens to be installed (fonts-urw-base35 on a machine with Ghostscript). The fonts the
# GUI really renders with stay checked: they are opened as font files. Extended regular expressions on the path
# as read.
OPTIONAL='^/usr/(share|lib)/locale/|^/usr/share/i18n/|^/etc/fonts/conf\.(avail|d)/|^/usr/share/fontconfig/conf\.avail/'

FILES="$WORK/files.txt"
if [ "$REUSE" -eq 1 ] && [ -s "$FILES" ]; then
    say "reusing the files collected before ($FILES)"
    [ "$RUNTIME" -eq 0 ] || grep -q '^run ' "$FILES" || die "the files were collected with --no-runtime: add it"
else
    collect_build "$FILES.new"
    [ "$RUNTIME" -eq 1 ] && collect_runtime "$FILES.new"
    mv "$FILES.new" "$FILES"
fi
awk -v runtime="$RUNTIME" -v optional="$OPTIONAL" '($1 == "build" || runtime) && $3 !~ optional' "$FILES" \
    >"$WORK/checked.txt"
FILES="$WORK/checked.txt"

# --- map every file to the package that owns it ------------------------------------------------------------

# Each line: phase, what, path as read, the path normalised without following symlinks, and with them.
# dpkg knows a file under the name its package ships it with: /lib/x86_64-linux-gnu/libc.so.6 on a merged /usr
# system is opened as /usr/lib/..., a development symlink is owned by the -dev package while its target is
# owned by the library, and /usr/bin/c++ belongs to no package but its alternative's target does. So the
# path is tried as read first, then under its /usr alias, then resolved, then the resolved path's alias.
paste -d ' ' <(cut -d ' ' -f 1-3 "$FILES") \
    <(cut -d ' ' -f 3- "$FILES" | xargs -d '\n' realpath -s -m --) \
    <(cut -d ' ' -f 3- "$FILES" | xargs -d '\n' realpath -m --) >"$WORK/paths.txt"

OWNERS="$WORK/owners.txt"
{ dpkg-divert --list; echo "end of diversions"; } >"$WORK/diversions.txt"
find "$ADMINDIR/info" -name '*.list' >"$WORK/lists.txt"
awk '
    function alias(p) {
        if (p ~ /^\/usr\/(bin|sbin|lib|lib32|lib64|libx32)\//) return substr(p, 5)
        if (p ~ /^\/(bin|sbin|lib|lib32|lib64|libx32)\//) return "/usr" p
        return ""
    }
    function want(p) { if (p != "") wanted[p] = 1 }
    FNR == 1 { phase++ }
    phase == 1 {
        line[++count] = $0
        want($4); want(alias($4)); want($5); want(alias($5))
        next
    }
    phase == 2 {
        # "diversion of FROM to TO by PKG": the file at FROM is PKG'"'"'s; the one at TO belongs to the others.
        if ($1 == "diversion" && $(NF - 1) == "by") { divertedBy[$3] = $NF; divertedTo[$5] = $3 }
        next
    }
    phase == 3 {
        # One package'"'"'s file list: /var/lib/dpkg/info/NAME[:ARCH].list
        n = split($0, a, "/"); pkg = a[n]; sub(/\.list$/, "", pkg); sub(/:.*/, "", pkg)
        while ((getline p < $0) > 0) {
            if (!(p in wanted)) continue
            if (p in owners) owners[p] = owners[p] "," pkg
            else owners[p] = pkg
        }
        close($0)
    }
    END {
        for (i = 1; i <= count; i++) {
            split(line[i], f, " ")
            c[1] = f[4]; c[2] = alias(f[4]); c[3] = f[5]; c[4] = alias(f[5])
            found = ""
            for (k = 1; k <= 4 && found == ""; k++) {
                p = c[k]
                if (p == "") continue
                if (p in divertedBy) found = divertedBy[p]
                else if (p in divertedTo && divertedTo[p] in owners) found = owners[divertedTo[p]]
                else if (p in owners) found = owners[p]
            }
            print f[1], f[2], f[3], (found == "" ? "-" : found)
        }
    }' "$WORK/paths.txt" "$WORK/diversions.txt" "$WORK/lists.txt" >"$OWNERS"

# --- the packages allowed -----------------------------------------------------------------------------------

# What apt installs for the lists on a system with nothing installed (an empty dpkg status), without
# Recommends. Every Debian system also has the Essential and required packages.
BASE=$(dpkg-query -W -f='${Package} ${Essential} ${Priority}\n' | awk '$2 == "yes" || $3 == "required" {print $1}')
allowed() {
    local wanted=() p w skip
    for p in "$@"; do
        skip=0
        for w in "${WITHOUT[@]}"; do [ "$p" = "$w" ] && skip=1; done
        [ $skip -eq 0 ] && wanted+=("$p")
    done
    # shellcheck disable=SC2086 # BASE is a list of package names
    apt-get -s -q -o Dir::State::status=/dev/null -o Debug::NoLocking=1 install --no-install-recommends \
        "${wanted[@]}" $BASE >"$WORK/apt.log" 2>&1 \
        || die "apt cannot resolve the lists: $(tail -n 5 "$WORK/apt.log") (run apt-get update?)"
    awk '$1 == "Inst" {sub(/:.*/, "", $2); print $2}' "$WORK/apt.log" | sort -u
}
allowed "${BUILD_PACKAGES[@]}" >"$WORK/allowed-build.txt"
allowed "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" >"$WORK/allowed-run.txt"
rm -f "$WORK/apt.log"

# --- compare ------------------------------------------------------------------------------------------------

REPORT="$WORK/missing.txt"
# A file under a system prefix that no package owns (/usr/local, /opt, a copied-in library) is as bad as a
# missing package: no list can bring it onto a fresh machine. Elsewhere (the build tree, /tmp, /proc) it is fine.
awk '
    FNR == 1 { file++ }
    file == 1 { build[$1] = 1; next }
    file == 2 { run[$1] = 1; next }
    $4 == "-" {
        if ($3 ~ /^\/(usr|opt|bin|sbin|lib|lib32|lib64|libx32)\// && system("test -f \"" $3 "\"") == 0) $4 = "(none)"
        else { unowned[$1]++; next }
    }
    {
        owned[$1]++
        n = split($4, owner, ","); ok = 0
        for (i = 1; i <= n; i++) if (($1 == "build" && owner[i] in build) || ($1 == "run" && owner[i] in run)) ok = 1
        if (ok) next
        key = $4 " " $1
        if (!(key in first)) first[key] = $3 " (" $2 ")"
        count[key]++
    }
    END {
        for (p in owned)
            printf "check-packages: %s: %d files from packages, %d from no package (build tree, generated)\n",
                p, owned[p], unowned[p] > "/dev/stderr"
        for (key in first) print key, first[key], count[key] - 1
    }' "$WORK/allowed-build.txt" "$WORK/allowed-run.txt" "$OWNERS" | sort >"$REPORT"

status=0
if [ -s "$REPORT" ]; then
    status=1
    echo "check-packages: FAIL: files read from packages that scripts/packages.sh does not install:" >&2
    while read -r pkg phase path what more; do
        [ "$pkg" = "(none)" ] && pkg="no package (a file installed by hand)"
        printf '  %s, needed by the %s side for %s %s' "${pkg//,/ or }" "$phase" "$path" "$what" >&2
        [ "$more" -gt 0 ] && printf ' and %d more files' "$more" >&2
        printf '\n' >&2
    done <"$REPORT"
    echo "check-packages: add the package to BUILD_PACKAGES (build) or RUN_PACKAGES (run) in scripts/packages.sh" >&2
else
    say "OK: every file the build and the programs read comes from the listed packages or their dependencies"
fi

if [ ${#EXPECT_MISSING[@]} -gt 0 ]; then
    for p in "${EXPECT_MISSING[@]}"; do
        if ! awk -v p="$p" '{n = split($1, o, ","); for (i = 1; i <= n; i++) if (o[i] == p) f = 1} END {exit !f}' \
            "$REPORT"; then
            say "expected the check to name $p as missing, it did not"
            exit 1
        fi
        say "as expected, the check names $p as missing"
    done
    exit 0
fi
exit $status
