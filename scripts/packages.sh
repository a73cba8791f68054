# The Debian 12 / Ubuntu 22.04+ packages QuotaScope needs, in one place. Sourced by scripts/dev.sh (which installs
# them) and by scripts/check-packages.sh (which checks that a build reads nothing from packages outside them).
# Each list is installed with --no-install-recommends: whatever a file of the build needs must be in a list
# or pulled in by the hard Depends/Pre-Depends of a package in it.

# Configure and build (every target, tests and benchmarks included).
BUILD_PACKAGES=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qtkeychain-qt6-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    libsqlite3-dev libgl-dev libxkbcommon-dev libgtest-dev libgmock-dev libbenchmark-dev libsimdjson-dev libssl-dev)
# Start the GUI (on top of the build).
# Qt Sql's PostgreSQL and MySQL drivers read a gateway's own database (never its SQLite driver: one SQLite per process).
RUN_PACKAGES=(fonts-noto-cjk qt6-qpa-plugins libqt6svg6 xvfb xauth libqt6sql6-psql libqt6sql6-mysql)
# Run the tests (on top of the build); desktop-file-utils and appstream validate the desktop entry and metainfo.
# Qt's SQLite driver only for the tests that play a gateway writing its own SQLite file: the app never loads it.
# PostgreSQL and MariaDB: the database-source tests start their own servers (initdb/pg_ctl, mariadbd) in a temporary
# folder; no system service is used.
TEST_PACKAGES=(xvfb xauth dbus dbus-x11 gnome-keyring sqlite3 python3 fonts-noto-cjk desktop-file-utils appstream
    libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql postgresql mariadb-server mariadb-client poppler-utils)
# Make packages with CPack (on top of the build): dpkg-shlibdeps and file for the .deb's Depends, rpmbuild.
PACKAGE_PACKAGES=(dpkg-dev file rpm)
# Check the build and the packages: scripts/check-packages.sh (strace), scripts/check-deb.sh --chroot (debootstrap).
CHECK_PACKAGES=(strace debootstrap)
# Benchmarks (scripts/dev.sh bench, on top of the build and the run): the tools QuotaScope is compared with on the
# same file (the sqlite3 shell, pandas, and DuckDB's Node package, which npm installs into the build folder), and
# the offscreen GUI for the cold start of the scale run.
BENCH_PACKAGES=(python3 sqlite3 python3-pandas nodejs npm)
# Fuzz the parsers: clang with libFuzzer and the sanitizer runtimes (scripts/dev.sh fuzz).
FUZZ_PACKAGES=(clang libclang-rt-dev)
