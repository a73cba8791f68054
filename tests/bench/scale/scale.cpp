/*
 * The ten-million-request benchmark (scripts/dev.sh bench --scale).
 *
 *   quotascope_scale build CACHE [--rows N] [--days D] [--end EPOCH] [--fixtures DIR]
 *       Writes N synthetic new-api requests over the D days before END straight through RecordWriter (the
 *       importer's writer, without a file to parse): 200 users, 2,000 tokens, 30 models, 20 channels, 3 groups;
 *       prompt and completion sizes drawn from the public traces bundled in tests/fixtures. Same seed, same cache.
 *   quotascope_scale query CACHE [--end EPOCH] [--repeat N]
 *       Times what the GUI and CLI ask of such a cache, in process (no process start): the dashboard refresh for
 *       30 days (ui/dashboardquery's loadDashboard: cards, both model charts, tokens), the same filtered by one
 *       user, token and channel (p95 over many of each), the ranking view over every token (UTC and +05:30), and log table pages by key.
 * Prints one "name<TAB>value<TAB>unit" line per measurement for scripts/bench.sh to tabulate.
 */
#include "aggregate/aggregator.h"
#include "aggregate/ranking.h"
#include "dashboardquery.h"
#include "store/cachedb.h"
#include "store/recordquery.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <tuple>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace QuotaScope;

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "quotascope_scale: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T>
T must(Result<T> r, const char *what)
{
    if (!r)
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message));
    return std::move(r).value();
}

void must(const Result<void> &r, const char *what)
{
    if (!r)
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message));
}

void put(const char *name, double value, const char *unit)
{
    std::printf("%s\t%.3f\t%s\n", name, value, unit);
    std::fflush(stdout);
}

/// (prompt, completion) pairs from the bundled BurstGPT, Azure and Mooncake traces.
std::vector<std::pair<qint64, qint64>> traceSizes(const QString &fixtures)
{
    std::vector<std::pair<qint64, qint64>> sizes;
    QDirIterator it(fixtures, { QStringLiteral("BurstGPT*.csv"), QStringLiteral("AzureLLMInferenceTrace*.csv"),
                                  QStringLiteral("*mooncake*.jsonl") },
        QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            fail(QStringLiteral("cannot read %1").arg(path));
        const bool jsonl = path.endsWith(QLatin1String(".jsonl"));
        const bool burst = QFileInfo(path).fileName().startsWith(QLatin1String("BurstGPT"));
        int promptCol = -1;
        int completionCol = -1;
        bool header = !jsonl;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty())
                continue;
            if (jsonl) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                sizes.emplace_back(o.value(QLatin1String("input_length")).toInteger(),
                    o.value(QLatin1String("output_length")).toInteger());
                continue;
            }
            const QList<QByteArray> cells = line.split(',');
            if (header) {
                promptCol = cells.indexOf(burst ? QByteArray("Request tokens") : QByteArray("ContextTokens"));
                completionCol = cells.indexOf(burst ? QByteArray("Response tokens") : QByteArray("GeneratedTokens"));
                if (promptCol < 0 || completionCol < 0)
                    fail(QStringLiteral("%1: no token size columns").arg(path));
                header = false;
                continue;
            }
            if (std::max(promptCol, completionCol) < cells.size())
                sizes.emplace_back(qint64(cells[promptCol].toDouble()), qint64(cells[completionCol].toDouble()));
        }
    }
    if (sizes.empty())
        fail(QStringLiteral("no trace fixtures under %1").arg(fixtures));
    return sizes;
}

constexpr int Users = 200;
constexpr int TokensPerUser = 10;
constexpr int Models = 30;
constexpr int Channels = 20;
const char *const Groups[] = { "default", "vip", "svip" };

/// Gateway-like traffic: usage per user, token and model follows a power law (a few heavy, a long tail).
class Traffic
{
public:
    Traffic(std::vector<std::pair<qint64, qint64>> sizes, qint64 start, qint64 span, qint64 rows)
        : m_sizes(std::move(sizes))
        , m_start(start)
        , m_span(span)
        , m_rows(rows)
        , m_rng(20260601)
    {
        for (int u = 0; u < Users; ++u)
            m_users << QStringLiteral("user%1").arg(u, 3, 10, QLatin1Char('0'));
        for (int t = 0; t < Users * TokensPerUser; ++t)
            m_tokens << QStringLiteral("key-%1").arg(t, 4, 10, QLatin1Char('0'));
        for (int m = 0; m < Models; ++m) {
            m_models << QStringLiteral("model-%1").arg(m, 2, 10, QLatin1Char('0'));
            m_ratios.push_back(0.05 + 0.1 * (m % 13));
        }
        for (int c = 0; c < Channels; ++c)
            m_channels << QStringLiteral("channel-%1").arg(c + 1);
        for (const char *g : Groups)
            m_groups << QLatin1String(g);
        m_other = QByteArrayLiteral("{\"model_ratio\":1.5,\"group_ratio\":1,\"completion_ratio\":4}");
    }

    UsageRecord next(qint64 i)
    {
        UsageRecord r;
        r.identity = QStringLiteral("id:%1").arg(i + 1);
        r.gatewayId = i + 1;
        r.createdAt = m_start + m_span * i / m_rows;
        const int roll = int(m_rng() % 1000);
        r.type = roll < 10 ? 5 : (roll < 13 ? 6 : 2);
        const int user = skewed(Users);
        r.userId = user + 1;
        r.userName = m_users[user];
        const int token = user * TokensPerUser + skewed(TokensPerUser);
        r.tokenId = token + 1;
        r.tokenName = m_tokens[token];
        const int model = skewed(Models);
        r.model = m_models[model];
        // Each model is served by two channels of twenty.
        r.channelId = (model * 2 + int(m_rng() % 2)) % Channels + 1;
        r.channelName = m_channels[int(r.channelId) - 1];
        r.group = m_groups[user % 10 == 0 ? 2 : (user % 5 == 0 ? 1 : 0)];
        const auto &size = m_sizes[m_rng() % m_sizes.size()];
        r.promptTokens = size.first;
        r.completionTokens = size.second;
        r.cacheReadTokens = m_rng() % 10 < 3 ? size.first / 4 : 0;
        r.quota = r.type == 5 ? 0 : qint64(double(size.first + size.second * 4) * m_ratios[size_t(model)]);
        r.useTimeMs = 1000 * (1 + size.second / 60);
        r.isStream = true;
        r.requestId = QString::number(r.createdAt) + QString::number(i);
        r.other = m_other;
        return r;
    }

private:
    int skewed(int n) { return int(double(n) * std::pow(double(m_rng() >> 11) * 0x1.0p-53, 2.0)); }

    std::vector<std::pair<qint64, qint64>> m_sizes;
    qint64 m_start;
    qint64 m_span;
    qint64 m_rows;
    std::mt19937_64 m_rng;
    QStringList m_users, m_tokens, m_models, m_channels, m_groups;
    std::vector<double> m_ratios;
    QByteArray m_other;
};

struct Options
{
    QString cache;
    qint64 rows = 10'000'000;
    int days = 90;
    qint64 end = 0;
    int repeat = 15;
    QString fixtures;
    QString only; ///< query: only the dashboard filtered by this dimension (user, token, channel, model), to profile
};

int build(const Options &o)
{
    QFile::remove(o.cache);
    QFile::remove(o.cache + QStringLiteral("-wal"));
    QFile::remove(o.cache + QStringLiteral("-shm"));
    CacheDb cache = must(CacheDb::open(o.cache, QStringLiteral("scale")), "opening the cache");
    const qint64 source = must(SourceRepository(cache.db())
                                   .ensure(QStringLiteral("scale"), QStringLiteral("file"), SourceInfo::Backing::Records),
        "creating the source");
    Traffic traffic(traceSizes(o.fixtures), o.end - qint64(o.days) * 86400, qint64(o.days) * 86400, o.rows);
    QElapsedTimer timer;
    timer.start();
    RecordWriter writer(cache.db(), source);
    must(writer.begin(), "beginning");
    constexpr int Batch = 4096;
    QList<UsageRecord> batch;
    batch.reserve(Batch);
    for (qint64 i = 0; i < o.rows; ++i) {
        batch << traffic.next(i);
        if (batch.size() == Batch || i + 1 == o.rows) {
            must(writer.write(batch), "writing");
            batch.clear();
        }
    }
    must(writer.commit(), "committing");
    const double secs = double(timer.nsecsElapsed()) / 1e9;
    put("build_seconds", secs, "s");
    put("build_rows_per_second", double(o.rows) / secs, "rows/s");
    return 0;
}

struct Timing
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Timing summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Timing t;
    t.median = ms[ms.size() / 2];
    t.p95 = ms[std::min(ms.size() - 1, size_t(std::ceil(0.95 * double(ms.size()))) - 1)];
    t.max = ms.back();
    return t;
}

/// CPU milliseconds of this process during each timeMs since the last put of a timing: on a shared machine wall
/// time can include waiting for a core, so both are printed.
std::vector<double> cpuSamples;
std::vector<double> breakdownCpu; ///< the breakdown's, kept apart while timed in turn with the ranking view

template <typename F>
double timeMs(F &&f)
{
    const std::clock_t cpu = std::clock();
    QElapsedTimer t;
    t.start();
    f();
    cpuSamples.push_back(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
    return double(t.nsecsElapsed()) / 1e6;
}

void emitTiming(const QByteArray &name, const Timing &t)
{
    const Timing cpu = summarise(cpuSamples);
    cpuSamples.clear();
    put((name + "_median").constData(), t.median, "ms");
    put((name + "_p95").constData(), t.p95, "ms");
    put((name + "_cpu_median").constData(), cpu.median, "ms");
    put((name + "_cpu_p95").constData(), cpu.p95, "ms");
}

int query(const Options &o)
{
    CacheDb cache = must(CacheDb::open(o.cache, QStringLiteral("scale-query")), "opening the cache");
    sqlite3 *db = cache.db();
    DashboardRequest request;
    request.preset = RangePreset::Last30Days;
    request.now = o.end - 1;
    request.tz = QTimeZone::utc();

    // The first refresh reads the pages from disk (as a cold start would); the rest are warm.
    put("dashboard_first_ms", timeMs([&] { must(loadDashboard(db, request), "dashboard"); }), "ms");
    cpuSamples.clear();
    std::vector<double> ms;
    for (int i = 0; i < o.repeat; ++i)
        ms.push_back(timeMs([&] { must(loadDashboard(db, request), "dashboard"); }));
    emitTiming("dashboard", summarise(ms));

    Aggregator aggregator(db);
    const auto choices = must(loadFilterChoices(db, {}), "filter choices");
    const auto filtered = [&](const QByteArray &name, const QStringList &values, QStringList Filter::*field) {
        std::vector<double> times;
        // Every value when there are few, else an even spread of them (heavy and light alike).
        const int n = int(std::min<qsizetype>(values.size(), std::max(o.repeat, 20)));
        for (int i = 0; i < n; ++i) {
            DashboardRequest r = request;
            (r.filter.*field) = QStringList { values[qsizetype(i) * values.size() / n] };
            times.push_back(timeMs([&] { must(loadDashboard(db, r), "filtered dashboard"); }));
        }
        if (times.empty())
            fail(QStringLiteral("no values to filter %1 by").arg(QString::fromLatin1(name)));
        emitTiming("dashboard_by_" + name, summarise(times));
    };
    const std::tuple<const char *, const QStringList *, QStringList Filter::*> dimensions[] = {
        { "user", &choices.users, &Filter::users }, { "token", &choices.tokens, &Filter::tokens },
        { "channel", &choices.channels, &Filter::channels }, { "model", &choices.models, &Filter::models } };
    for (const auto &[name, values, field] : dimensions) {
        if (o.only.isEmpty() || o.only == QLatin1String(name))
            filtered(name, *values, field);
    }
    if (!o.only.isEmpty())
        return 0;

    const auto range = resolveRange(request, { 0, 0 });
    // The ranking view (rankKeys: the period by day with its sparklines, and the previous period), for the last 30
    // days as the dashboard resolves them in UTC, and in a zone whose days are not whole UTC days (+05:30).
    qsizetype keys = 0;
    ReportQuery utcRanking; // the UTC one, for the breakdown below
    for (const char *zone : { "UTC", "Asia/Kolkata" }) {
        DashboardRequest zoned = request;
        zoned.tz = QTimeZone(zone);
        const auto zonedRange = resolveRange(zoned, { 0, 0 });
        ReportQuery ranking;
        ranking.from = zonedRange.first;
        ranking.to = zonedRange.second;
        ranking.tz = zoned.tz;
        ranking.granularity = Granularity::Day;
        ranking.by = Dimension::Token;
        ranking.rankBy = Metric::Quota;
        ranking.topN = 0;
        ms.clear();
        for (int i = 0; i < std::max(3, o.repeat / 3); ++i)
            ms.push_back(timeMs([&] { keys = must(rankKeys(db, ranking), "ranking").rows.size(); }));
        emitTiming(qstrcmp(zone, "UTC") == 0 ? "ranking_tokens" : "ranking_tokens_kolkata", summarise(ms));
        if (qstrcmp(zone, "UTC") == 0)
            utcRanking = ranking;
    }
    put("ranking_tokens_keys", double(keys), "keys");

    // The ranking view (rankKeys: the period, the one before and the trends) and its breakdown column (each token's
    // channels, loaded after it), timed in turn so that both see the same machine.
    std::vector<double> view, breakdown;
    qsizetype cells = 0;
    for (int i = 0; i < std::max(3, o.repeat / 3); ++i) {
        Ranking shown;
        view.push_back(timeMs([&] { shown = must(rankKeys(db, utcRanking), "ranking view"); }));
        const std::vector<double> viewCpu = cpuSamples;
        cpuSamples.clear();
        breakdown.push_back(timeMs([&] { cells = must(loadRankingBreakdown(db, shown), "breakdown").size(); }));
        breakdownCpu.push_back(cpuSamples.back());
        cpuSamples = viewCpu;
    }
    emitTiming("ranking_view", summarise(view));
    cpuSamples = breakdownCpu;
    emitTiming("ranking_breakdown", summarise(breakdown));
    put("ranking_breakdown_cells", double(cells), "token-channel pairs");

    RecordQuery records(db);
    qint64 total = 0;
    put("log_count_ms", timeMs([&] { total = must(records.page(range.first, range.second, Filter(), 0, 1), "log table").total; }), "ms");
    cpuSamples.clear();
    // The log table jumps to a moment (LogTableModel::jumpToTime) and pages by key, newest or oldest first.
    RecordSelection selection;
    selection.from = range.first;
    selection.to = range.second;
    ms.clear();
    for (int i = 0; i < o.repeat; ++i) {
        const qint64 t = range.first + (range.second - range.first) * i / o.repeat;
        const bool descending = i % 2 == 0;
        ms.push_back(timeMs([&] {
            must(records.keysetPage(selection, descending, RecordCursor::before(t, descending), 200), "page");
        }));
    }
    emitTiming("log_page_jump", summarise(ms));
    // Sorting the other way starts again from that end.
    ms.clear();
    for (int i = 0; i < o.repeat; ++i) {
        const bool descending = i % 2 == 1;
        ms.push_back(timeMs([&] { must(records.keysetPage(selection, descending, std::nullopt, 200), "page"); }));
    }
    emitTiming("log_sort", summarise(ms));
    put("log_rows_in_range", double(total), "rows");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || (args[1] != QLatin1String("build") && args[1] != QLatin1String("query")))
        fail(QStringLiteral("usage: quotascope_scale build|query CACHE [--rows N] [--days D] [--end EPOCH] "
                            "[--repeat N] [--fixtures DIR] [--only user|token|channel|model]"));
    Options o;
    o.cache = args[2];
    o.fixtures = QStringLiteral(QUOTASCOPE_FIXTURES_DIR);
    for (int i = 3; i + 1 < args.size(); i += 2) {
        const QString &k = args[i];
        const QString &v = args[i + 1];
        if (k == QLatin1String("--rows"))
            o.rows = v.toLongLong();
        else if (k == QLatin1String("--days"))
            o.days = v.toInt();
        else if (k == QLatin1String("--end"))
            o.end = v.toLongLong();
        else if (k == QLatin1String("--repeat"))
            o.repeat = v.toInt();
        else if (k == QLatin1String("--fixtures"))
            o.fixtures = v;
        else if (k == QLatin1String("--only"))
            o.only = v;
        else
            fail(QStringLiteral("unknown option %1").arg(k));
    }
    if (o.end == 0)
        o.end = 1780272000; // 2026-06-01T00:00:00Z
    if (o.rows <= 0 || o.days <= 0 || o.repeat <= 0)
        fail(QStringLiteral("--rows, --days and --repeat must be positive"));
    return args[1] == QLatin1String("build") ? build(o) : query(o);
}
