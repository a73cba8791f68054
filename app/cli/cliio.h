#pragma once

#include "model/query.h"
#include "store/cachedb.h"
#include "support/result.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace QuotaScope::Cli {

/// Exit codes: 0 ok, 1 failure, 2 usage error.
enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

/** stdout for results, stderr for errors: one clear line each. */
struct Io
{
    QTextStream out{stdout};
    QTextStream err{stderr};

    void error(const QString &message)
    {
        err << "error: " << message << Qt::endl;
    }
};

struct QueryOptions
{
    ReportQuery query;
    QString format = QStringLiteral("table");
};

/// --db
void addDbOption(QCommandLineParser &p);
/// The options report, stats, export and render share: sources, range, zone, granularity, grouping, filters.
void addQueryOptions(QCommandLineParser &p);
/// Turns the shared options into a query. Returns UsageError/Failure codes via *exitCode.
bool buildQuery(const QCommandLineParser &p, sqlite3 *db, Io &io, QueryOptions *qo, int *exitCode);

/// `render`: the dashboard report as PDF, PNG or SVG (clirender.cpp; a build without the GUI says so).
int cmdRender(const QStringList &args, Io &io);

/// Adds --help and parses a command's arguments; on a usage error or --help prints and sets *exitCode.
bool parseArgs(QCommandLineParser &p, const QStringList &args, Io &io, int *exitCode);

/// Opens the cache at path (default location when empty), printing the error on failure.
Result<CacheDb> openCache(const QString &path, Io &io);

} // namespace QuotaScope::Cli
