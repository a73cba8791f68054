#include "aggregate/aggregator.h"
#include "benchlogs.h"
#include "aggregate/performance.h"
#include "aggregate/ranking.h"
#include "ingest/usagefilereader.h"
#include "store/cachedb.h"
#include "store/dimensiondictionary.h"
#include "store/identitykey.h"
#include "store/perfrollups.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <benchmark/benchmark.h>

#include <limits>

#include <sqlite3.h>

using namespace QuotaScope;

namespace {

template <typename T>
void check(const T &result, const char *what)
{
    if (!result.ok()) {
        fprintf(stderr, "%s failed: %s\n", what, qPrintable(result.error().message));
        std::abort();
    }
}

constexpr qint64 Start = 1772323200; // 2026-03-01T00:00:00Z
constexpr qint64 Span = 90 * 86400;

/// Gateway-like traffic: a few heavy users, a long tail, a handful of models each served by its channels.
class Traffic
{
public:
    explicit Traffic(quint32 seed)
        : m_rng(seed)
    { }

    UsageRecord next(qint64 i, qint64 total)
    {
        UsageRecord r;
        r.identity = QStringLiteral("id:%1").arg(i);
        r.gatewayId = i;
        r.createdAt = Start + Span * i / total + m_rng.bounded(60);
        r.type = m_rng.bounded(100) < 3 ? 5 : (m_rng.bounded(100) < 2 ? 6 : 2);
        const int user = skewed(200);
        r.userId = user;
        r.userName = QStringLiteral("user%1").arg(user);
        r.tokenId = user * 3 + skewed(3);
        r.tokenName = QStringLiteral("key-%1").arg(r.tokenId);
        const int model = skewed(16);
        r.model = QStringLiteral("model-%1").arg(model);
        r.channelId = model % 6 + 1;
        r.channelName = QStringLiteral("channel-%1").arg(r.channelId);
        r.group = user % 5 == 0 ? QStringLiteral("vip") : QStringLiteral("default");
        r.promptTokens = m_rng.bounded(4000);
        r.completionTokens = m_rng.bounded(1000);
        r.cacheReadTokens = r.promptTokens / 4;
        r.quota = r.promptTokens * 3 + r.completionTokens * 12;
        r.useTimeMs = m_rng.bounded(30000);
        r.isStream = true;
        r.requestId = QStringLiteral("req-%1").arg(i);
        r.ip = QStringLiteral("10.0.0.1");
        r.other = QByteArrayLiteral("{\"model_ratio\":2.5}");
        return r;
    }

private:
    int skewed(int n) { return int(double(n) * std::pow(m_rng.generateDouble(), 3.0)); }
    QRandomGenerator m_rng;
};

struct BenchCache
{
    QTemporaryDir dir;
    CacheDb cache;
    qint64 source = 0;

    explicit BenchCache(const QString &name)
    {
        cache = CacheDb::open(dir.filePath(QStringLiteral("bench.sqlite")), name).value();
        source = SourceRepository(cache.db())
                     .ensure(QStringLiteral("bench"), QStringLiteral("file"), SourceInfo::Backing::Records)
                     .value();
    }
};

const char InsertSql[]
    = "INSERT INTO usage_records(source_id, identity, gateway_id, created_at, type, user_id, user_name, token_id, "
      "token_name, model, channel_id, channel_name, grp, quota, prompt_tokens, completion_tokens, cache_read_tokens, "
      "cache_write_tokens, use_time_ms, is_stream, request_id, ip, content, other, identity_key) VALUES (?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_id, identity_key) DO NOTHING";

constexpr int RowsPerIteration = 100000;

QList<UsageRecord> makeBatch(qint64 first, int n)
{
    Traffic t(7);
    QList<UsageRecord> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out << t.next(first + i, 10 * RowsPerIteration);
    return out;
}

/// Raw record rows through QSqlQuery: the Qt-only baseline, on a QSQLITE connection of its own to the bench file
/// (the cache itself never goes through Qt Sql).
void BM_InsertQtPrepared(benchmark::State &state)
{
    BenchCache c(QStringLiteral("qt"));
    struct QtConnection
    {
        explicit QtConnection(const QString &path)
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-qt"));
            db.setDatabaseName(path);
            db.open();
        }
        ~QtConnection() { QSqlDatabase::removeDatabase(QStringLiteral("bench-qt")); }
    } connection(c.cache.path());
    qint64 next = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QList<UsageRecord> batch = makeBatch(next, RowsPerIteration);
        next += RowsPerIteration;
        state.ResumeTiming();
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("bench-qt"));
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QLatin1String(InsertSql));
        for (const UsageRecord &r : batch) {
            const QVariant values[] = { c.source, r.identity, r.gatewayId, r.createdAt, r.type, r.userId, r.userName,
                r.tokenId, r.tokenName, r.model, r.channelId, r.channelName, r.group, r.quota, r.promptTokens,
                r.completionTokens, r.cacheReadTokens, r.cacheWriteTokens, r.useTimeMs, int(r.isStream), r.requestId,
                r.ip, QStringLiteral(""), r.other, IdentityKey::of(r.identity) };
            for (int i = 0; i < 25; ++i)
                q.bindValue(i, values[i]);
            q.exec();
        }
        db.commit();
    }
    state.SetItemsProcessed(state.iterations() * RowsPerIteration);
}

/// The same rows through the sqlite3 C API, without rollups.
void BM_InsertCApi(benchmark::State &state)
{
    BenchCache c(QStringLiteral("capi"));
    sqlite3 *db = c.cache.db();
    qint64 next = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QList<UsageRecord> batch = makeBatch(next, RowsPerIteration);
        next += RowsPerIteration;
        state.ResumeTiming();
        SqliteStatement::exec(db, "BEGIN");
        SqliteStatement st;
        st.prepare(db, InsertSql);
        for (const UsageRecord &r : batch) {
            st.reset();
            st.bind(1, c.source);
            st.bind(2, r.identity);
            st.bind(3, r.gatewayId);
            st.bind(4, r.createdAt);
            st.bind(5, qint64(r.type));
            st.bind(6, r.userId);
            st.bind(7, r.userName);
            st.bind(8, r.tokenId);
            st.bind(9, r.tokenName);
            st.bind(10, r.model);
            st.bind(11, r.channelId);
            st.bind(12, r.channelName);
            st.bind(13, r.group);
            st.bind(14, r.quota);
            st.bind(15, r.promptTokens);
            st.bind(16, r.completionTokens);
            st.bind(17, r.cacheReadTokens);
            st.bind(18, r.cacheWriteTokens);
            st.bind(19, r.useTimeMs);
            st.bind(20, qint64(r.isStream));
            st.bind(21, r.requestId);
            st.bind(22, r.ip);
            st.bind(23, r.content);
            st.bind(24, r.other);
            st.bind(25, IdentityKey::of(r.identity));
            st.step();
        }
        SqliteStatement::exec(db, "COMMIT");
    }
    state.SetItemsProcessed(state.iterations() * RowsPerIteration);
}

/// RecordWriter end to end: records, dictionary, rollup upserts, in batches of 5000 as importers send them.
void BM_RecordWriter(benchmark::State &state)
{
    BenchCache c(QStringLiteral("writer"));
    qint64 next = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QList<UsageRecord> batch = makeBatch(next, RowsPerIteration);
        next += RowsPerIteration;
        state.ResumeTiming();
        RecordWriter w(c.cache.db(), c.source);
        check(w.begin(), "begin");
        for (int i = 0; i < batch.size(); i += 5000)
            check(w.write(batch.mid(i, 5000)), "write");
        check(w.commit(), "commit");
    }
    state.SetItemsProcessed(state.iterations() * RowsPerIteration);
}

/// The first QS_BENCH_LOG_ROWS (default 200,000) rows of the new-api log file QS_BENCH_LOGS (written by
/// tests/bench/genlogs.py), parsed once: realistic names and cardinalities for the writer.
const QList<UsageRecord> &logRecords()
{
    static const QList<UsageRecord> records = [] {
        QList<UsageRecord> out;
        const QString path = qEnvironmentVariable("QS_BENCH_LOGS");
        if (path.isEmpty())
            return out;
        const qint64 limit = qEnvironmentVariableIsSet("QS_BENCH_LOG_ROWS")
            ? qEnvironmentVariable("QS_BENCH_LOG_ROWS").toLongLong()
            : 200000;
        UsageSink sink;
        sink.records = [&](const QList<UsageRecord> &batch) -> Result<void> {
            for (const UsageRecord &r : batch) {
                if (out.size() >= limit)
                    return Error::cancelled();
                out << r;
            }
            return {};
        };
        const auto read = UsageFileReader(path, ImportOptions()).read(sink);
        if (!read && read.error().kind != Error::Kind::Cancelled)
            check(read, "reading QS_BENCH_LOGS");
        return out;
    }();
    return records;
}

/// Reading and mapping the same rows without writing them: the importer's share of an import's time.
/// Reading alone. Argument 0 reads in order; n > 0 parses in chunks on n workers (wall time: the workers' CPU time
/// is not the calling thread's).
void BM_ReadLogs(benchmark::State &state)
{
    ImportOptions options;
    if (state.range(0) == 0)
        options.parseChunkBytes = std::numeric_limits<qint64>::max() / 2;
    else
        options.parseThreads = int(state.range(0));
    const qint64 rows = logRecords().size();
    if (rows == 0) {
        state.SkipWithError("set QS_BENCH_LOGS to a file written by tests/bench/genlogs.py");
        return;
    }
    for (auto _ : state) {
        qint64 seen = 0;
        UsageSink sink;
        sink.records = [&](const QList<UsageRecord> &batch) -> Result<void> {
            seen += batch.size();
            return seen >= rows ? Result<void>(Error::cancelled()) : Result<void>();
        };
        benchmark::DoNotOptimize(UsageFileReader(qEnvironmentVariable("QS_BENCH_LOGS"), options).read(sink));
    }
    state.SetItemsProcessed(state.iterations() * rows);
}

/// The entries (leaf cells) of the cache's B-trees: those of usage_records and its indexes (records true) or those
/// of every other table and index (records false).
qint64 btreeEntries(sqlite3 *db, bool records)
{
    SqliteStatement st;
    check(st.prepare(db,
              QByteArray("SELECT sum(ncell) FROM dbstat WHERE pagetype = 'leaf' AND name ") + (records ? "" : "NOT ")
                  + "IN (SELECT name FROM sqlite_schema WHERE tbl_name = 'usage_records')"),
        "dbstat");
    return st.step() ? st.int64(0) : 0;
}

/// RecordWriter on real-looking gateway logs, into a fresh cache each time, in the importer's batch size.
void BM_RecordWriterLogs(benchmark::State &state)
{
    const QList<UsageRecord> &records = logRecords();
    if (records.isEmpty()) {
        state.SkipWithError("set QS_BENCH_LOGS to a file written by tests/bench/genlogs.py");
        return;
    }
    const int batchSize = ImportOptions().batchSize;
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto c = std::make_unique<BenchCache>(QStringLiteral("logs%1").arg(round++));
        state.ResumeTiming();
        {
            RecordWriter w(c->cache.db(), c->source);
            check(w.begin(), "begin");
            for (qsizetype i = 0; i < records.size(); i += batchSize)
                check(w.write(records.mid(i, batchSize)), "write");
            check(w.commit(), "commit");
        }
        state.PauseTiming();
        if (round == 1) {
            const auto perRequest
                = [&](bool r) { return double(btreeEntries(c->cache.db(), r)) / double(records.size()); };
            state.counters["record_entries_per_request"] = perRequest(true);
            state.counters["rollup_entries_per_request"] = perRequest(false);
        }
        c.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * records.size());
}

/// The cache and latency rollups alone (PerfRollups::Writer, which RecordWriter runs on every batch): their share
/// of BM_RecordWriterLogs. Logs with `other.frt` or `cache_ratio` (the demo data has both) pay a JSON parse.
void BM_PerfRollupsWriterLogs(benchmark::State &state)
{
    const QList<UsageRecord> &records = logRecords();
    if (records.isEmpty()) {
        state.SkipWithError("set QS_BENCH_LOGS to a file written by tests/bench/genlogs.py");
        return;
    }
    const int batchSize = ImportOptions().batchSize;
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto c = std::make_unique<BenchCache>(QStringLiteral("perf%1").arg(round++));
        state.ResumeTiming();
        {
            check(SqliteStatement::exec(c->cache.db(), "BEGIN IMMEDIATE"), "begin");
            DimensionDictionary dims(c->cache.db());
            PerfRollups::Writer w(c->cache.db(), &dims);
            for (qsizetype i = 0; i < records.size(); i += batchSize)
                check(w.write(c->source, records.mid(i, batchSize)), "write");
            check(SqliteStatement::exec(c->cache.db(), "COMMIT"), "commit");
        }
        state.PauseTiming();
        c.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * records.size());
}

/// A cache filled once with QS_BENCH_RECORDS (default 2M) records over 90 days, shared by the query benches.
BenchCache &filledCache()
{
    static BenchCache *cache = [] {
        auto *c = new BenchCache(QStringLiteral("filled"));
        const qint64 total = qEnvironmentVariableIsSet("QS_BENCH_RECORDS")
            ? qEnvironmentVariable("QS_BENCH_RECORDS").toLongLong()
            : 2000000;
        Traffic t(42);
        RecordWriter w(c->cache.db(), c->source);
        check(w.begin(), "begin");
        QList<UsageRecord> batch;
        for (qint64 i = 0; i < total; ++i) {
            batch << t.next(i, total);
            if (batch.size() == 10000 || i + 1 == total) {
                check(w.write(batch), "write");
                batch.clear();
            }
        }
        check(w.commit(), "commit");
        check(SqliteStatement::exec(c->cache.db(), "ANALYZE"), "analyze");
        SqliteStatement count;
        check(count.prepare(c->cache.db(), "SELECT count(*) FROM rollups"), "count");
        count.step();
        fprintf(stderr, "filled cache: %lld records, %lld rollup rows\n", total, count.int64(0));
        return c;
    }();
    return *cache;
}

ReportQuery thirtyDays(Granularity g, Dimension by)
{
    ReportQuery q;
    q.from = Start + 45 * 86400 - 19800;
    q.to = q.from + 30 * 86400;
    q.tz = QTimeZone("Asia/Kolkata");
    q.granularity = g;
    q.by = by;
    return q;
}

void BM_Report30DaysByModel(benchmark::State &state)
{
    Aggregator a(filledCache().cache.db());
    const ReportQuery q = thirtyDays(Granularity::Day, Dimension::Model);
    for (auto _ : state)
        benchmark::DoNotOptimize(a.report(q));
}

void BM_Report30DaysHourlyTop10Users(benchmark::State &state)
{
    Aggregator a(filledCache().cache.db());
    ReportQuery q = thirtyDays(Granularity::Hour, Dimension::User);
    q.topN = 10;
    for (auto _ : state)
        benchmark::DoNotOptimize(a.report(q));
}

void BM_Report30DaysFilteredByUser(benchmark::State &state)
{
    Aggregator a(filledCache().cache.db());
    ReportQuery q = thirtyDays(Granularity::Day, Dimension::Model);
    q.filter.users = QStringList { QStringLiteral("user0"), QStringLiteral("user3") };
    for (auto _ : state)
        benchmark::DoNotOptimize(a.report(q));
}

void BM_Stats30Days(benchmark::State &state)
{
    Aggregator a(filledCache().cache.db());
    const ReportQuery q = thirtyDays(Granularity::Day, Dimension::Model);
    for (auto _ : state)
        benchmark::DoNotOptimize(a.stats(q));
}

/// The ranking view: every token of 30 days by spend, with the previous period and a daily trend per token.
void BM_Ranking30DaysTokens(benchmark::State &state)
{
    sqlite3 *db = filledCache().cache.db();
    ReportQuery q = thirtyDays(Granularity::Day, Dimension::Token);
    q.rankBy = Metric::Quota;
    qint64 keys = 0;
    for (auto _ : state) {
        const auto r = rankKeys(db, q);
        keys = r ? r->rows.size() : -1;
        benchmark::DoNotOptimize(keys);
    }
    state.counters["keys"] = double(keys);
}

/// The cache and latency view: per model, with p50/p95 from the latency bins.
void BM_Performance30DaysByModel(benchmark::State &state)
{
    sqlite3 *db = filledCache().cache.db();
    ReportQuery q = thirtyDays(Granularity::Day, Dimension::Model);
    q.topN = 8;
    for (auto _ : state)
        benchmark::DoNotOptimize(performance(db, q));
}

} // namespace

const QList<UsageRecord> &benchLogRecords()
{
    return logRecords();
}

BENCHMARK(BM_InsertQtPrepared)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_InsertCApi)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_RecordWriter)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_RecordWriterLogs)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ReadLogs)->Arg(0)->Arg(1)->Arg(2)->Arg(3)->Unit(benchmark::kMillisecond)->Iterations(3)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_PerfRollupsWriterLogs)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Report30DaysByModel)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Report30DaysHourlyTop10Users)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Report30DaysFilteredByUser)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Stats30Days)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Ranking30DaysTokens)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Performance30DaysByModel)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
