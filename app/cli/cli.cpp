#include "cli.h"

#include "clicheck.h"
#include "cliforecast.h"
#include "cliio.h"
#include "clitriage.h"
#include "clisync.h"

#include "aggregate/aggregator.h"
#include "aggregate/insightformat.h"
#include "aggregate/recordexport.h"
#include "aggregate/reportformat.h"
#include "aggregate/timebuckets.h"
#include "console/console.h"
#include "gateway/gatewaystatus.h"
#include "ingest/importer.h"
#include "store/cachecompactor.h"
#include "store/cachedb.h"
#include "store/recordquery.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace QuotaScope::Cli {

namespace {

const char *const usageText = R"(Usage: quotascope-cli [--db PATH] <command> [options]

Commands:
  import   FILE...        import exported logs, hourly data, a gateway SQLite file or a mapped CSV/JSONL
  report                  usage per time bucket and group (table, csv or json)
  stats                   the stat cards: requests, quota, tokens, average and peak RPM/TPM, refunds, errors,
                          prompt caching (hit rate, saved quota) and latency (p50/p95)
  rank                    rank keys (--by) by a metric, with share, change against the previous period and trend
  perf                    prompt caching and latency by model, channel or source (--by)
  export                  raw request records as CSV or JSONL (new-api Log field names)
  sources  [list|remove NAME]   list or remove cached sources
  verify                  recompute rollups from raw records and compare
  compact                 store older records as compactly as new ones and give the space back
  profile  add|list|remove|test   gateway profiles (tokens live in the system keychain)
  sync                    pull new usage from a gateway (a profile, or --url ad hoc)
  render                  the dashboard as a PDF, PNG or SVG report (--format, --output)
  check                   evaluate the alert rules once (exit 0: none fire, 3: some fire, 1: error)
  triage                  where usage changed: spend jumps, new IPs and models per token, failing channels

Run 'quotascope-cli <command> --help' for a command's options.
--db PATH overrides the cache file (default: the platform's app-data folder).
)";

} // namespace

void addDbOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("db"),
                 QStringLiteral("Cache file (default: %1).").arg(QDir::toNativeSeparators(CacheDb::defaultPath())),
                 QStringLiteral("path")});
}

void addQueryOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("source"), QStringLiteral("Only this source (repeatable; default all)."), QStringLiteral("name")},
        {QStringLiteral("from"), QStringLiteral("Start, inclusive: ISO 8601 date or date-time, or epoch seconds "
                                                "(default: the data's first bucket)."),
         QStringLiteral("time")},
        {QStringLiteral("to"), QStringLiteral("End, exclusive (default: after the data's last bucket)."),
         QStringLiteral("time")},
        {QStringLiteral("tz"), QStringLiteral("Display time zone: local, UTC or an IANA name (default local)."),
         QStringLiteral("zone"), QStringLiteral("local")},
        {QStringLiteral("granularity"), QStringLiteral("hour, day, week (ISO, from Monday) or month (default day)."),
         QStringLiteral("g"), QStringLiteral("day")},
        {QStringLiteral("week-start"), QStringLiteral("First day of a week bucket: monday (default, ISO) ... sunday."),
         QStringLiteral("day"), QStringLiteral("monday")},
        {QStringLiteral("by"), QStringLiteral("Group by model, user, token, channel, group, source or none (default model)."),
         QStringLiteral("dimension"), QStringLiteral("model")},
        {QStringLiteral("top"), QStringLiteral("Keep the top N keys and fold the rest into \"Other\" (0 = all)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("rank-by"), QStringLiteral("Rank keys by quota, requests or tokens (default quota)."),
         QStringLiteral("metric"), QStringLiteral("quota")},
        {QStringLiteral("metric"),
         QStringLiteral("What ranks the keys (overrides --rank-by): quota (spend), requests, tokens, prompt, "
                        "completion, cache-read, cache-write or errors (error logs)."),
         QStringLiteral("metric")},
        {QStringLiteral("format"), QStringLiteral("table, csv or json (default table)."), QStringLiteral("format"),
         QStringLiteral("table")},
        {QStringLiteral("user"), QStringLiteral("Only these user names (comma list)."), QStringLiteral("names")},
        {QStringLiteral("token"), QStringLiteral("Only these token names (comma list)."), QStringLiteral("names")},
        {QStringLiteral("model"), QStringLiteral("Only these models (comma list)."), QStringLiteral("names")},
        {QStringLiteral("channel"), QStringLiteral("Only these channels, by id or name (comma list)."),
         QStringLiteral("ids")},
        {QStringLiteral("group"), QStringLiteral("Only these groups (comma list)."), QStringLiteral("names")},
        {QStringLiteral("type"),
         QStringLiteral("Log types: consume (default), topup, manage, system, error, refund, all, or numbers."),
         QStringLiteral("types"), QStringLiteral("consume")},
    });
}

namespace {

QStringList commaList(const QCommandLineParser &p, const QString &name)
{
    QStringList out;
    for (const QString &v : p.values(name))
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

bool parseTypes(const QStringList &items, QList<int> *out, QString *error)
{
    static const QStringList names{QStringLiteral("unknown"), QStringLiteral("topup"), QStringLiteral("consume"),
                                   QStringLiteral("manage"), QStringLiteral("system"), QStringLiteral("error"),
                                   QStringLiteral("refund")};
    out->clear();
    for (const QString &item : items) {
        if (item == QLatin1String("all")) {
            out->clear();
            return true;
        }
        bool isNumber = false;
        int n = item.toInt(&isNumber);
        if (!isNumber)
            n = names.indexOf(item.toLower());
        if (n < 0 || n > 6) {
            *error = QStringLiteral("unknown log type \"%1\" (use consume, topup, manage, system, error, refund, "
                                    "all or 0-6)")
                         .arg(item);
            return false;
        }
        out->append(n);
    }
    return true;
}

} // namespace

bool buildQuery(const QCommandLineParser &p, sqlite3 *db, Io &io, QueryOptions *qo, int *exitCode)
{
    ReportQuery &q = qo->query;
    *exitCode = UsageError;
    q.tz = timeZoneFromName(p.value(QStringLiteral("tz")));
    if (!q.tz.isValid()) {
        io.error(QStringLiteral("unknown time zone \"%1\" (use local, UTC or an IANA name such as Asia/Shanghai)")
                     .arg(p.value(QStringLiteral("tz"))));
        return false;
    }
    if (!parseGranularity(p.value(QStringLiteral("granularity")), &q.granularity)) {
        io.error(QStringLiteral("unknown granularity \"%1\" (use hour, day, week or month)")
                     .arg(p.value(QStringLiteral("granularity"))));
        return false;
    }
    static const QStringList weekdays{QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                      QStringLiteral("thursday"), QStringLiteral("friday"), QStringLiteral("saturday"),
                                      QStringLiteral("sunday")};
    const int weekday = weekdays.indexOf(p.value(QStringLiteral("week-start")).toLower());
    if (weekday < 0) {
        io.error(QStringLiteral("--week-start: use a day name such as monday or sunday, not \"%1\"")
                     .arg(p.value(QStringLiteral("week-start"))));
        return false;
    }
    q.weekStart = Qt::DayOfWeek(weekday + 1);
    if (!parseDimension(p.value(QStringLiteral("by")), &q.by)) {
        io.error(QStringLiteral("unknown --by \"%1\" (use model, user, token, channel, group, source or none)")
                     .arg(p.value(QStringLiteral("by"))));
        return false;
    }
    if (!parseMetric(p.value(QStringLiteral("rank-by")), &q.rankBy)) {
        io.error(QStringLiteral("unknown --rank-by \"%1\" (use quota, requests or tokens)")
                     .arg(p.value(QStringLiteral("rank-by"))));
        return false;
    }
    if (p.isSet(QStringLiteral("metric")) && !parseMetric(p.value(QStringLiteral("metric")), &q.rankBy)) {
        io.error(QStringLiteral("unknown --metric \"%1\" (use quota, requests, tokens, prompt, completion, "
                                "cache-read, cache-write or errors)")
                     .arg(p.value(QStringLiteral("metric"))));
        return false;
    }
    bool ok = false;
    q.topN = p.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || q.topN < 0) {
        io.error(QStringLiteral("--top needs a number >= 0, not \"%1\"").arg(p.value(QStringLiteral("top"))));
        return false;
    }
    qo->format = p.value(QStringLiteral("format")).toLower();
    QString typeError;
    if (!parseTypes(commaList(p, QStringLiteral("type")), &q.filter.types, &typeError)) {
        io.error(typeError);
        return false;
    }
    q.filter.users = commaList(p, QStringLiteral("user"));
    q.filter.tokens = commaList(p, QStringLiteral("token"));
    q.filter.models = commaList(p, QStringLiteral("model"));
    q.filter.channels = commaList(p, QStringLiteral("channel"));
    q.filter.groups = commaList(p, QStringLiteral("group"));

    SourceRepository sources(db);
    for (const QString &name : p.values(QStringLiteral("source"))) {
        auto source = sources.byName(name);
        if (!source) {
            io.error(QStringLiteral("no source named \"%1\" in the cache (see: quotascope-cli sources)").arg(name));
            *exitCode = Failure;
            return false;
        }
        q.filter.sourceIds << source->id;
    }

    for (const char *bound : {"from", "to"}) {
        const QString name = QLatin1String(bound);
        if (!p.isSet(name))
            continue;
        qint64 t = 0;
        if (!parseTimePoint(p.value(name), q.tz, &t)) {
            io.error(QStringLiteral("--%1: \"%2\" is not an ISO 8601 date or date-time nor epoch seconds")
                         .arg(name, p.value(name)));
            return false;
        }
        (name == QLatin1String("from") ? q.from : q.to) = t;
    }
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to"))) {
        auto span = Aggregator(db).dataSpan(q.filter);
        if (!span) {
            io.error(span.error().message);
            *exitCode = Failure;
            return false;
        }
        qint64 first = span->first, last = span->second;
        if (first == 0 && last == 0) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            first = now - 30 * 86400;
            last = now;
        }
        if (!p.isSet(QStringLiteral("from")))
            q.from = TimeBuckets::floor(first, q.tz, q.granularity, q.weekStart);
        if (!p.isSet(QStringLiteral("to")))
            q.to = TimeBuckets::next(TimeBuckets::floor(last, q.tz, q.granularity, q.weekStart), q.tz, q.granularity,
                                     q.weekStart);
    }
    if (q.to <= q.from) {
        io.error(QStringLiteral("--to must be after --from"));
        return false;
    }
    *exitCode = Ok;
    return true;
}

namespace {

CurrencyDisplay currencyFor(sqlite3 *db, const Filter &filter)
{
    auto list = SourceRepository(db).list();
    return list ? currencyForSources(list.value(), filter.sourceIds) : CurrencyDisplay();
}

/// The start of report, stats, rank and perf: their shared options parsed, the cache opened and the query built.
/// Returns -1 when ready, otherwise the exit code (help printed, or the error said).
int openQuery(QCommandLineParser &p, const QStringList &args, Io &io, std::optional<CacheDb> *cache, QueryOptions *qo)
{
    addDbOption(p);
    addQueryOptions(p);
    int code = Ok;
    if (!parseArgs(p, args, io, &code))
        return code;
    auto opened = openCache(p.value(QStringLiteral("db")), io);
    if (!opened)
        return Failure;
    cache->emplace(std::move(opened).value());
    if (!buildQuery(p, (*cache)->db(), io, qo, &code))
        return code;
    if (qo->format != QLatin1String("table") && qo->format != QLatin1String("csv")
        && qo->format != QLatin1String("json")) {
        io.error(QStringLiteral("unknown --format \"%1\" (use table, csv or json)").arg(qo->format));
        return UsageError;
    }
    return -1;
}

int cmdReport(const QStringList &args, Io &io, bool statsOnly)
{
    QCommandLineParser p;
    p.setApplicationDescription(statsOnly ? QStringLiteral("Print the stat cards for a range.")
                                          : QStringLiteral("Print usage per time bucket and group."));
    std::optional<CacheDb> cache;
    QueryOptions qo;
    if (statsOnly) {
        p.addOptions({
            {QStringLiteral("forecast-by"),
             QStringLiteral("Also forecast the month-end spend per user (the only value: user)."),
             QStringLiteral("dimension")},
            {QStringLiteral("forecast-top"), QStringLiteral("How many users --forecast-by lists (default 10)."),
             QStringLiteral("n"), QStringLiteral("10")},
            {QStringLiteral("as-of"),
             QStringLiteral("Forecast as of this time (ISO 8601 or epoch seconds; default now)."),
             QStringLiteral("time")},
        });
    }
    if (const int code = openQuery(p, args, io, &cache, &qo); code >= 0)
        return code;
    Aggregator aggregator(cache->db());
    const CurrencyDisplay currency = currencyFor(cache->db(), qo.query.filter);
    if (statsOnly) {
        int forecastUsers = 0;
        if (p.isSet(QStringLiteral("forecast-by"))) {
            if (p.value(QStringLiteral("forecast-by")) != QLatin1String("user")) {
                io.error(QStringLiteral("unknown --forecast-by \"%1\" (use user)")
                             .arg(p.value(QStringLiteral("forecast-by"))));
                return UsageError;
            }
            bool ok = false;
            forecastUsers = p.value(QStringLiteral("forecast-top")).toInt(&ok);
            if (!ok || forecastUsers < 1) {
                io.error(QStringLiteral("--forecast-top needs a whole number of at least 1, not \"%1\"")
                             .arg(p.value(QStringLiteral("forecast-top"))));
                return UsageError;
            }
        }
        qint64 now = QDateTime::currentSecsSinceEpoch();
        if (p.isSet(QStringLiteral("as-of")) && !parseTimePoint(p.value(QStringLiteral("as-of")), qo.query.tz, &now)) {
            io.error(QStringLiteral("--as-of: \"%1\" is not an ISO 8601 date or date-time nor epoch seconds")
                         .arg(p.value(QStringLiteral("as-of"))));
            return UsageError;
        }
        auto stats = aggregator.stats(qo.query);
        if (!stats)
            return io.error(stats.error().message), Failure;
        ReportQuery totalsQuery = qo.query;
        totalsQuery.by = Dimension::None;
        const auto perf = performance(cache->db(), totalsQuery);
        if (!perf)
            return io.error(perf.error().message), Failure;
        QJsonObject o = ReportFormat::statsJson(stats.value(), qo.query);
        QJsonObject extra = InsightFormat::performanceRowJson(perf->totals);
        extra.remove(QStringLiteral("key"));
        extra.remove(QStringLiteral("requests"));
        extra.remove(QStringLiteral("errors"));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        if (qo.format == QLatin1String("json")) {
            if (const QJsonObject f = forecastJson(cache->db(), qo.query, now, forecastUsers); !f.isEmpty())
                o.insert(QStringLiteral("forecast"), f);
            io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        }
        else if (qo.format == QLatin1String("csv")) {
            io.out << "stat,value\n";
            for (auto it = o.begin(); it != o.end(); ++it)
                io.out << it.key() << ',' << it.value().toVariant().toString() << '\n';
        } else {
            io.out << ReportFormat::statsTable(stats.value(), qo.query, &currency);
            io.out << ReportFormat::textTable({QStringLiteral("cache and latency"), QStringLiteral("value")},
                                              InsightFormat::performanceStatRows(perf->totals, &currency), 1);
            io.out << forecastText(cache->db(), qo.query, currency, now, forecastUsers);
        }
        return Ok;
    }
    auto report = aggregator.report(qo.query);
    if (!report)
        return io.error(report.error().message), Failure;
    // Tokens estimated from text are part of the sums; they are said apart, never mixed in silently.
    const auto estimated = aggregator.estimatedTokens(report->query);
    if (!estimated)
        return io.error(estimated.error().message), Failure;
    const QString estimatedNote = estimated->first > 0
        ? QStringLiteral("%1 tokens in %2 requests were estimated from text, not counted")
              .arg(estimated->second)
              .arg(estimated->first)
        : QString();
    // The table and JSON carry the notes themselves; CSV has no place for them.
    if (qo.format == QLatin1String("csv")) {
        if (report->capped)
            io.err << "note: " << report->note << '\n';
        if (!estimatedNote.isEmpty())
            io.err << "note: " << estimatedNote << '\n';
    }
    if (qo.format == QLatin1String("json")) {
        QJsonObject o = ReportFormat::reportJson(report.value());
        o.insert(QStringLiteral("estimated_requests"), estimated->first);
        o.insert(QStringLiteral("estimated_tokens"), estimated->second);
        // Per bucket as well, so that a chart of the rows can show which part of each bucket's tokens is estimated.
        const auto byBucket = aggregator.estimatedByBucket(report->query);
        if (!byBucket)
            return io.error(byBucket.error().message), Failure;
        QJsonArray buckets;
        for (const EstimatedBucket &b : byBucket.value()) {
            buckets.append(QJsonObject { { QStringLiteral("bucket"), TimeBuckets::isoLabel(b.bucket, report->query.tz) },
                { QStringLiteral("estimated_requests"), b.requests }, { QStringLiteral("estimated_tokens"), b.tokens } });
        }
        o.insert(QStringLiteral("estimated_by_bucket"), buckets);
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (qo.format == QLatin1String("csv")) {
        io.out << QString::fromUtf8(ReportFormat::reportCsv(report.value()));
    } else {
        io.out << ReportFormat::reportTable(report.value(), &currency);
        if (!estimatedNote.isEmpty())
            io.out << "note: " << estimatedNote << '\n';
    }
    return Ok;
}

/// `rank` and `perf`: the shared query options, one view, three formats.
int cmdInsight(const QStringList &args, Io &io, bool ranking)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        ranking ? QStringLiteral("Rank the keys of one dimension (--by) by a metric (--metric), with their share of the "
                                 "total, the change against the previous period of the same length, and a trend.")
                : QStringLiteral("Prompt caching (cache tokens, hit rate, saved quota) and latency (p50/p95 of use "
                                 "time and first response, stream share, error rate) by --by: model, channel, source "
                                 "or none."));
    std::optional<CacheDb> cache;
    QueryOptions qo;
    if (const int code = openQuery(p, args, io, &cache, &qo); code >= 0)
        return code;
    const Dimension by = qo.query.by;
    if (!ranking && by != Dimension::Model && by != Dimension::Channel && by != Dimension::Source
        && by != Dimension::None) {
        io.error(QStringLiteral("perf --by: use model, channel, source or none, not \"%1\"").arg(dimensionName(by)));
        return UsageError;
    }
    const CurrencyDisplay currency = currencyFor(cache->db(), qo.query.filter);
    if (ranking) {
        const auto r = rankKeys(cache->db(), qo.query);
        if (!r)
            return io.error(r.error().message), Failure;
        if (qo.format == QLatin1String("json"))
            io.out << QJsonDocument(InsightFormat::rankingJson(r.value())).toJson(QJsonDocument::Indented);
        else if (qo.format == QLatin1String("csv"))
            io.out << QString::fromUtf8(InsightFormat::rankingCsv(r.value()));
        else
            io.out << InsightFormat::rankingTable(r.value(), &currency);
        return Ok;
    }
    const auto perf = performance(cache->db(), qo.query);
    if (!perf)
        return io.error(perf.error().message), Failure;
    if (qo.format == QLatin1String("json"))
        io.out << QJsonDocument(InsightFormat::performanceJson(perf.value())).toJson(QJsonDocument::Indented);
    else if (qo.format == QLatin1String("csv"))
        io.out << QString::fromUtf8(InsightFormat::performanceCsv(perf.value()));
    else
        io.out << InsightFormat::performanceTable(perf.value(), &currency);
    return Ok;
}

int cmdImport(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Import files into the cache. Formats are detected from content; importing the same data twice "
        "changes nothing. Each file is all or nothing."));
    addDbOption(p);
    p.addOptions({
        {QStringLiteral("source"), QStringLiteral("Source name to import into (default \"files\")."),
         QStringLiteral("name"), QStringLiteral("files")},
        {QStringLiteral("format"),
         QStringLiteral("auto, newapi-json, newapi-jsonl, newapi-csv, oneapi-json, newapi-data, gateway-sqlite, "
                        "csv, jsonl (default auto)."),
         QStringLiteral("format"), QStringLiteral("auto")},
        {QStringLiteral("preset"), QStringLiteral("Column preset for public traces: burstgpt, azure-trace, mooncake."),
         QStringLiteral("name")},
        {QStringLiteral("map"),
         QStringLiteral("Column mapping for any CSV/JSONL: field=COLUMN[,field=COLUMN...], e.g. "
                        "created_at=TIMESTAMP,prompt_tokens=ContextTokens."),
         QStringLiteral("mapping")},
        {QStringLiteral("model"), QStringLiteral("Model name for rows that have none."), QStringLiteral("name")},
        {QStringLiteral("user"), QStringLiteral("User name for rows that have none."), QStringLiteral("name")},
        {QStringLiteral("token"), QStringLiteral("Token name for rows that have none."), QStringLiteral("name")},
        {QStringLiteral("epoch-base"),
         QStringLiteral("Start time for relative timestamps (ISO 8601 or epoch seconds)."), QStringLiteral("time")},
        {QStringLiteral("quota-data"), QStringLiteral("Gateway SQLite file: read quota_data instead of logs.")},
        {QStringLiteral("self-logs"),
         QStringLiteral("The files hold your own logs (/api/log/self): their ids are row numbers, so rows are "
                        "identified by time and request id instead.")},
        {QStringLiteral("json"), QStringLiteral("Print the summary as JSON.")},
    });
    p.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Files to import."), QStringLiteral("FILE..."));
    int code = Ok;
    if (!parseArgs(p, args, io, &code))
        return code;
    const QStringList files = p.positionalArguments();
    if (files.isEmpty()) {
        io.error(QStringLiteral("import: no file given (see quotascope-cli import --help)"));
        return UsageError;
    }

    ImportOptions options;
    if (!parseImportFormat(p.value(QStringLiteral("format")), &options.format)) {
        io.error(QStringLiteral("unknown --format \"%1\"").arg(p.value(QStringLiteral("format"))));
        return UsageError;
    }
    options.preset = p.value(QStringLiteral("preset"));
    if (p.isSet(QStringLiteral("map"))) {
        QString mapError;
        for (const QString &m : p.values(QStringLiteral("map"))) {
            QHash<QString, QString> part;
            if (!parseColumnMapping(m, &part, &mapError)) {
                io.error(QStringLiteral("--map: ") + mapError);
                return UsageError;
            }
            options.mapping.insert(part);
        }
    }
    options.model = p.value(QStringLiteral("model"));
    options.user = p.value(QStringLiteral("user"));
    options.token = p.value(QStringLiteral("token"));
    options.quotaData = p.isSet(QStringLiteral("quota-data"));
    options.selfLogs = p.isSet(QStringLiteral("self-logs"));
    if (p.isSet(QStringLiteral("epoch-base"))) {
        qint64 base = 0;
        if (!parseTimePoint(p.value(QStringLiteral("epoch-base")), QTimeZone::utc(), &base)) {
            io.error(QStringLiteral("--epoch-base: \"%1\" is not an ISO 8601 date-time nor epoch seconds")
                         .arg(p.value(QStringLiteral("epoch-base"))));
            return UsageError;
        }
        options.epochBase = base;
    }

    auto cache = openCache(p.value(QStringLiteral("db")), io);
    if (!cache)
        return Failure;
    const bool json = p.isSet(QStringLiteral("json"));
    const bool showProgress = !json && Console::isTerminal(stderr);
    // An empty cache that no other program has open is written in rollback-journal mode for the whole run: each page
    // once, instead of to the WAL and again at its checkpoint (store/cachedb.h). Nothing reads an empty cache.
    const BulkLoadJournal journal(cache->db());
    Importer importer(cache->db());
    QJsonArray fileResults;
    ImportSummary total;
    int errors = 0;
    for (const QString &file : files) {
        ImportProgress progress;
        if (showProgress) {
            progress = [&io, file](qint64 done, qint64 all) {
                if (all > 0)
                    io.err << '\r' << QFileInfo(file).fileName() << ": " << (done * 100 / all) << "%" << Qt::flush;
            };
        }
        auto result = importer.importFile(file, p.value(QStringLiteral("source")), options, progress);
        if (showProgress)
            io.err << '\r' << QString(60, QLatin1Char(' ')) << '\r' << Qt::flush;
        QJsonObject o{{QStringLiteral("file"), file}};
        if (!result) {
            ++errors;
            io.error(result.error().message);
            o.insert(QStringLiteral("error"), result.error().message);
            fileResults.append(o);
            continue;
        }
        const ImportSummary &s = result.value();
        total.rowsRead += s.rowsRead;
        total.added += s.added;
        total.duplicates += s.duplicates;
        total.skipped += s.skipped;
        QJsonObject skippedBy;
        QStringList reasons;
        for (auto it = s.skippedBy.begin(); it != s.skippedBy.end(); ++it) {
            skippedBy.insert(it.key(), it.value());
            reasons << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        }
        o.insert(QStringLiteral("format"), importFormatName(s.format));
        o.insert(QStringLiteral("rows_read"), s.rowsRead);
        o.insert(QStringLiteral("added"), s.added);
        o.insert(QStringLiteral("duplicates"), s.duplicates);
        o.insert(QStringLiteral("skipped"), s.skipped);
        o.insert(QStringLiteral("skipped_by"), skippedBy);
        o.insert(QStringLiteral("aggregate"), s.aggregate);
        fileResults.append(o);
        if (!json) {
            io.out << file << ": " << importFormatName(s.format) << ", read " << s.rowsRead << ", added " << s.added
                   << (s.aggregate ? " hourly buckets" : "") << ", duplicates " << s.duplicates << ", skipped "
                   << s.skipped;
            if (!reasons.isEmpty())
                io.out << " (" << reasons.join(QLatin1String(", ")) << ")";
            io.out << '\n';
        }
    }
    if (json) {
        QJsonObject doc{{QStringLiteral("files"), fileResults},
                        {QStringLiteral("rows_read"), total.rowsRead},
                        {QStringLiteral("added"), total.added},
                        {QStringLiteral("duplicates"), total.duplicates},
                        {QStringLiteral("skipped"), total.skipped},
                        {QStringLiteral("errors"), errors}};
        io.out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else if (files.size() > 1 || errors) {
        io.out << "total: read " << total.rowsRead << ", added " << total.added << ", duplicates " << total.duplicates
               << ", skipped " << total.skipped << ", errors " << errors << '\n';
    }
    return errors ? Failure : Ok;
}

int cmdExport(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Export raw request records (every type unless --type says otherwise), oldest first, as CSV or JSONL "
        "with new-api's Log field names. Times are UTC epoch seconds; `import` reads the files back."));
    addDbOption(p);
    addQueryOptions(p);
    p.addOption({QStringLiteral("output"), QStringLiteral("Write to this file instead of standard output."),
                 QStringLiteral("file")});
    int code = Ok;
    // Every type by default, also for the default range (the span of all the data).
    const bool typeGiven = std::any_of(args.begin(), args.end(),
                                       [](const QString &a) { return a.startsWith(QLatin1String("--type")); });
    if (!parseArgs(p, typeGiven ? args : args + QStringList{QStringLiteral("--type"), QStringLiteral("all")}, io,
                   &code))
        return code;
    auto cache = openCache(p.value(QStringLiteral("db")), io);
    if (!cache)
        return Failure;
    QueryOptions qo;
    if (!buildQuery(p, cache->db(), io, &qo, &code))
        return code;
    if (!p.isSet(QStringLiteral("format")))
        qo.format = QStringLiteral("csv");
    if (qo.format != QLatin1String("csv") && qo.format != QLatin1String("jsonl")) {
        io.error(QStringLiteral("export: use --format csv or jsonl"));
        return UsageError;
    }
    const bool jsonl = qo.format == QLatin1String("jsonl");

    QFile file;
    const bool toFile = p.isSet(QStringLiteral("output"));
    if (toFile) {
        // Written next to the target and renamed at the end, so a failed export never leaves half a file.
        file.setFileName(p.value(QStringLiteral("output")) + QStringLiteral(".part"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return io.error(QStringLiteral("%1: %2").arg(p.value(QStringLiteral("output")), file.errorString())),
                   Failure;
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        return io.error(QStringLiteral("cannot write to standard output")), Failure;
    }
    auto count = RecordExport::write(cache->db(), qo.query.from, qo.query.to, qo.query.filter,
                                     jsonl ? RecordExport::Format::Jsonl : RecordExport::Format::Csv, &file);
    file.flush();
    if (!count) {
        const QString why = count.error().message;
        if (toFile)
            file.remove();
        return io.error(QStringLiteral("export: %1").arg(why)), Failure;
    }
    if (toFile) {
        file.close();
        QFile::remove(p.value(QStringLiteral("output")));
        if (!file.rename(p.value(QStringLiteral("output"))))
            return io.error(QStringLiteral("%1: %2").arg(p.value(QStringLiteral("output")), file.errorString())),
                   Failure;
        io.err << "exported " << count.value() << " records to " << p.value(QStringLiteral("output")) << '\n';
    }
    return Ok;
}

QString isoUtc(qint64 t)
{
    return t ? QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("-");
}

int cmdSources(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List cached sources, or remove one with its records and rollups."));
    addDbOption(p);
    p.addOption({QStringLiteral("json"), QStringLiteral("Print the list as JSON.")});
    p.addOption({QStringLiteral("yes"), QStringLiteral("Remove without asking.")});
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list (default) or remove NAME."),
                            QStringLiteral("[list|remove NAME]"));
    int code = Ok;
    if (!parseArgs(p, args, io, &code))
        return code;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    auto cache = openCache(p.value(QStringLiteral("db")), io);
    if (!cache)
        return Failure;
    SourceRepository repo(cache->db());
    if (action == QLatin1String("list")) {
        auto list = repo.list();
        if (!list)
            return io.error(list.error().message), Failure;
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const SourceInfo &s : list.value())
                arr.append(QJsonObject{{QStringLiteral("name"), s.name},
                                       {QStringLiteral("kind"), s.kind},
                                       {QStringLiteral("backing"), s.backing == SourceInfo::Backing::Records
                                            ? QStringLiteral("records") : QStringLiteral("aggregate")},
                                       {QStringLiteral("records"), s.recordCount},
                                       {QStringLiteral("first"), isoUtc(s.firstAt)},
                                       {QStringLiteral("last"), isoUtc(s.lastAt)}});
            io.out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
            return Ok;
        }
        if (list->isEmpty()) {
            io.out << "no sources in " << cache->path() << " (import a file or sync a gateway)\n";
            return Ok;
        }
        for (const SourceInfo &s : list.value())
            io.out << s.name << "  [" << s.kind << ", "
                   << (s.backing == SourceInfo::Backing::Records ? QStringLiteral("%1 records").arg(s.recordCount)
                                                                  : QStringLiteral("hourly data"))
                   << "]  " << isoUtc(s.firstAt) << " .. " << isoUtc(s.lastAt) << '\n';
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        const QString name = pos.value(1);
        if (name.isEmpty()) {
            io.error(QStringLiteral("sources remove: which source? (quotascope-cli sources remove NAME)"));
            return UsageError;
        }
        auto source = repo.byName(name);
        if (!source)
            return io.error(QStringLiteral("no source named \"%1\"").arg(name)), Failure;
        if (!p.isSet(QStringLiteral("yes"))) {
            if (!Console::isTerminal(stdin)) {
                io.error(QStringLiteral("refusing to remove \"%1\" without --yes").arg(name));
                return UsageError;
            }
            io.err << "Remove source \"" << name << "\" with " << source->recordCount
                   << " records from the cache? [y/N] " << Qt::flush;
            char answer[16] = {0};
            if (!fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y')) {
                io.err << "not removed\n";
                return Failure;
            }
        }
        auto removed = repo.remove(source->id);
        if (!removed)
            return io.error(removed.error().message), Failure;
        io.out << "removed source \"" << name << "\"\n";
        return Ok;
    }
    io.error(QStringLiteral("sources: unknown action \"%1\" (use list or remove NAME)").arg(action));
    return UsageError;
}

int cmdVerify(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Recompute every rollup from raw records and compare."));
    addDbOption(p);
    p.addOption({QStringLiteral("source"), QStringLiteral("Only this source."), QStringLiteral("name")});
    int code = Ok;
    if (!parseArgs(p, args, io, &code))
        return code;
    auto cache = openCache(p.value(QStringLiteral("db")), io);
    if (!cache)
        return Failure;
    qint64 sourceId = 0;
    if (p.isSet(QStringLiteral("source"))) {
        auto s = SourceRepository(cache->db()).byName(p.value(QStringLiteral("source")));
        if (!s)
            return io.error(QStringLiteral("no source named \"%1\"").arg(p.value(QStringLiteral("source")))), Failure;
        sourceId = s->id;
    }
    auto report = verifyRollups(cache->db(), sourceId);
    if (!report)
        return io.error(report.error().message), Failure;
    if (report->mismatches == 0) {
        io.out << "ok: " << report->sourcesChecked << " sources, " << report->recordsChecked
               << " records; rollups match the raw records\n";
        return Ok;
    }
    io.out << report->mismatches << " rollup rows do not match the raw records:\n";
    for (const QString &line : report->details)
        io.out << "  " << line << '\n';
    return Failure;
}

int cmdCompact(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Store the `other` of records from before schema 14 by its layout, as new records are stored, then give the "
        "freed space back to the file system (VACUUM: it needs free space for a copy, and no other program writing "
        "to the cache at that moment). What the cache answers does not change. Safe to stop: what is done stays "
        "done."));
    addDbOption(p);
    p.addOption(
        { QStringLiteral("no-vacuum"), QStringLiteral("Re-store the records only; do not give the space back.") });
    int code = Ok;
    if (!parseArgs(p, args, io, &code))
        return code;
    auto cache = openCache(p.value(QStringLiteral("db")), io);
    if (!cache)
        return Failure;
    const bool showProgress = Console::isTerminal(stderr);
    CacheCompactor::Options options;
    options.vacuum = !p.isSet(QStringLiteral("no-vacuum"));
    CacheCompactor::Progress progress;
    if (showProgress) {
        progress = [&io](qint64 done, qint64 all) {
            if (all > 0)
                io.err << "\rre-storing records: " << (done * 100 / all) << "%" << Qt::flush;
            return true;
        };
    }
    if (showProgress && options.vacuum)
        io.err << "(then giving the space back, which takes about as long as copying the cache)\n" << Qt::flush;
    const auto stats = CacheCompactor::compact(cache.value(), options, progress);
    if (showProgress)
        io.err << '\r' << QString(60, QLatin1Char(' ')) << '\r' << Qt::flush;
    if (!stats)
        return io.error(stats.error().message), Failure;
    const auto mb = [](qint64 bytes) { return QString::number(double(bytes) / 1e6, 'f', 1) + QStringLiteral(" MB"); };
    io.out << "re-stored " << stats->restored << " of " << stats->textRecords << " records whose `other` was text"
           << (stats->restored < stats->textRecords ? " (the rest stay text: short, marked or without a layout)" : "")
           << (stats->stopped ? " before stopping" : "") << '\n';
    io.out << "cache: " << mb(stats->bytesBefore) << " -> " << mb(stats->bytesAfter)
           << (stats->vacuumed         ? ""
                      : options.vacuum ? " (space not given back)"
                                       : " (--no-vacuum)")
           << '\n';
    if (stats->shrinksLater)
        io.out << "note: another program is reading the cache; the file shrinks when it is done with it\n";
    if (!stats->vacuumNote.isEmpty())
        return io.error(stats->vacuumNote), Failure;
    return Ok;
}

} // namespace

bool parseArgs(QCommandLineParser &p, const QStringList &args, Io &io, int *exitCode)
{
    p.addHelpOption();
    if (!p.parse(args)) {
        io.error(p.errorText());
        *exitCode = UsageError;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        io.out << p.helpText();
        *exitCode = Ok;
        return false;
    }
    return true;
}

Result<CacheDb> openCache(const QString &path, Io &io)
{
    const QString file = path.isEmpty() ? CacheDb::defaultPath() : path;
    auto cache = CacheDb::open(file, QStringLiteral("cli"));
    if (!cache)
        io.error(cache.error().message);
    return cache;
}

int run(const QStringList &argsIn)
{
    Io io;
    QStringList args = argsIn;
    // Global options may come before the command: move them after it so each command's parser sees them.
    QStringList globals;
    while (args.size() > 1 && args[1].startsWith(QLatin1String("--"))) {
        const QString opt = args.takeAt(1);
        if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            io.out << usageText;
            return Ok;
        }
        if (opt == QLatin1String("--version")) {
            io.out << "quotascope-cli " << QUOTASCOPE_VERSION << '\n';
            return Ok;
        }
        globals << opt;
        if (opt == QLatin1String("--db") && args.size() > 1)
            globals << args.takeAt(1);
    }
    if (args.size() < 2) {
        io.err << usageText;
        return UsageError;
    }
    const QString command = args[1];
    const QStringList commandArgs = QStringList{args[0]} + globals + args.mid(2);
    if (command == QLatin1String("import"))
        return cmdImport(commandArgs, io);
    if (command == QLatin1String("report"))
        return cmdReport(commandArgs, io, false);
    if (command == QLatin1String("stats"))
        return cmdReport(commandArgs, io, true);
    if (command == QLatin1String("rank"))
        return cmdInsight(commandArgs, io, true);
    if (command == QLatin1String("perf"))
        return cmdInsight(commandArgs, io, false);
    if (command == QLatin1String("sources"))
        return cmdSources(commandArgs, io);
    if (command == QLatin1String("export"))
        return cmdExport(commandArgs, io);
    if (command == QLatin1String("verify"))
        return cmdVerify(commandArgs, io);
    if (command == QLatin1String("compact"))
        return cmdCompact(commandArgs, io);
    if (command == QLatin1String("profile"))
        return cmdProfile(commandArgs, io);
    if (command == QLatin1String("sync"))
        return cmdSync(commandArgs, io);
    if (command == QLatin1String("render"))
        return cmdRender(commandArgs, io);
    if (command == QLatin1String("check"))
        return cmdCheck(commandArgs, io);
    if (command == QLatin1String("triage"))
        return cmdTriage(commandArgs, io);
    if (command == QLatin1String("help")) {
        io.out << usageText;
        return Ok;
    }
    io.error(QStringLiteral("unknown command \"%1\" (see quotascope-cli --help)").arg(command));
    return UsageError;
}

} // namespace QuotaScope::Cli
