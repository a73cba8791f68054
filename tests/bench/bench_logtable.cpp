// The log table's paging on a large cache: the first page, a page deep in the listing, the other end (sorting
// by time), a jump to a moment, the count, and OFFSET paging at the same depth for comparison.
//
// The cache is QS_BENCH_LOGCACHE when set (for example the scale cache built from genlogs.py output with
// `quotascope-cli import`); otherwise QS_BENCH_LOGS (a genlogs.py JSONL file) is imported into a temporary
// cache once.
#include "ingest/importer.h"
#include "store/cachedb.h"
#include "store/recordquery.h"
#include "store/sqlitestatement.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace QuotaScope;

namespace {

constexpr int PageRows = 200;

struct LogCache
{
    QTemporaryDir dir;
    CacheDb cache;
    qint64 rows = 0;
    qint64 newest = 0;
    qint64 oldest = 0;
    QString error;
};

LogCache &logCache()
{
    static LogCache c = [] {
        LogCache out;
        QString path = qEnvironmentVariable("QS_BENCH_LOGCACHE");
        const QString logs = qEnvironmentVariable("QS_BENCH_LOGS");
        if (path.isEmpty() && logs.isEmpty()) {
            out.error = QStringLiteral("set QS_BENCH_LOGCACHE to a cache or QS_BENCH_LOGS to a genlogs.py file");
            return out;
        }
        const bool import = path.isEmpty();
        if (import)
            path = out.dir.filePath(QStringLiteral("logtable.sqlite"));
        auto cache = CacheDb::open(path, QStringLiteral("bench-logtable"));
        if (!cache) {
            out.error = cache.error().message;
            return out;
        }
        out.cache = std::move(cache.value());
        if (import) {
            const auto summary = Importer(out.cache.db()).importFile(logs, QStringLiteral("bench"), ImportOptions());
            if (!summary) {
                out.error = summary.error().message;
                return out;
            }
        }
        SqliteStatement st;
        if (st.prepare(out.cache.db(), "SELECT count(*), min(created_at), max(created_at) FROM usage_records")
            && st.step()) {
            out.rows = st.int64(0);
            out.oldest = st.int64(1);
            out.newest = st.int64(2);
        }
        std::fprintf(stderr, "log table cache: %lld records\n", static_cast<long long>(out.rows));
        return out;
    }();
    return c;
}

/// The last 30 days of the cache, every log type, no other filter (the table's default view).
RecordSelection last30Days(const LogCache &c)
{
    RecordSelection s;
    s.to = c.newest + 1;
    s.from = s.to - 30 * 86400;
    s.filter.types.clear();
    return s;
}

bool ready(benchmark::State &state)
{
    const LogCache &c = logCache();
    if (!c.error.isEmpty() || c.rows == 0) {
        state.SkipWithError(c.error.isEmpty() ? "empty cache" : qPrintable(c.error));
        return false;
    }
    return true;
}

/// The first page, newest first (opening the table) or oldest first (sorting by time).
void BM_LogFirstPage(benchmark::State &state)
{
    if (!ready(state))
        return;
    const bool descending = state.range(0) != 0;
    RecordQuery q(logCache().cache.db());
    const RecordSelection s = last30Days(logCache());
    for (auto _ : state)
        benchmark::DoNotOptimize(q.keysetPage(s, descending, std::nullopt, PageRows));
}

/// A page that starts at a moment in the middle of the range (jumping there).
void BM_LogJumpToMiddle(benchmark::State &state)
{
    if (!ready(state))
        return;
    RecordQuery q(logCache().cache.db());
    const RecordSelection s = last30Days(logCache());
    const RecordCursor middle = RecordCursor::before((s.from + s.to) / 2, true);
    for (auto _ : state)
        benchmark::DoNotOptimize(q.keysetPage(s, true, middle, PageRows));
}

/// The next page after one that lies state.range(0) rows deep, by key: the same cost at any depth.
void BM_LogNextPageByKey(benchmark::State &state)
{
    if (!ready(state))
        return;
    RecordQuery q(logCache().cache.db());
    const RecordSelection s = last30Days(logCache());
    // Find the cursor at that depth once (outside the timing), as scrolling there would have.
    SqliteStatement st;
    std::optional<RecordCursor> at;
    if (st.prepare(logCache().cache.db(),
            "SELECT created_at, id FROM usage_records WHERE created_at >= ?1 AND created_at < ?2 "
            "ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?3")) {
        st.bind(1, s.from);
        st.bind(2, s.to);
        st.bind(3, qint64(state.range(0)));
        if (st.step())
            at = RecordCursor { st.int64(0), st.int64(1) };
    }
    if (!at) {
        state.SkipWithError("the range has fewer rows than that depth");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(q.keysetPage(s, true, at, PageRows));
}

/// The same page by OFFSET (what the table did before, without its count): walks every row before it.
void BM_LogNextPageByOffset(benchmark::State &state)
{
    if (!ready(state))
        return;
    const RecordSelection s = last30Days(logCache());
    SqliteStatement st;
    if (!st.prepare(logCache().cache.db(),
            "SELECT * FROM usage_records WHERE created_at >= ?1 AND created_at < ?2 "
            "ORDER BY created_at DESC, id DESC LIMIT ?3 OFFSET ?4")) {
        state.SkipWithError("cannot prepare the OFFSET query");
        return;
    }
    for (auto _ : state) {
        st.reset();
        st.bind(1, s.from);
        st.bind(2, s.to);
        st.bind(3, qint64(PageRows));
        st.bind(4, qint64(state.range(0)));
        qint64 rows = 0;
        while (st.step())
            ++rows;
        benchmark::DoNotOptimize(rows);
    }
}

/// A first page filtered to one user (a selective filter walks the time index further).
void BM_LogFirstPageOneUser(benchmark::State &state)
{
    if (!ready(state))
        return;
    RecordSelection s = last30Days(logCache());
    SqliteStatement st;
    if (st.prepare(logCache().cache.db(), "SELECT user_name FROM usage_records ORDER BY id DESC LIMIT 1") && st.step())
        s.filter.users = QStringList { st.text(0) };
    RecordQuery q(logCache().cache.db());
    for (auto _ : state)
        benchmark::DoNotOptimize(q.keysetPage(s, true, std::nullopt, PageRows));
}

/// A search: by request id (state.range(0) == 0) or by text (1), for a value that matches nothing, so the
/// whole range is read (the worst case: no index serves either).
void BM_LogSearch(benchmark::State &state)
{
    if (!ready(state))
        return;
    RecordSelection s = last30Days(logCache());
    if (state.range(0) == 0)
        s.requestId = QStringLiteral("no-such-request");
    else
        s.text = QStringLiteral("no-such-text");
    RecordQuery q(logCache().cache.db());
    for (auto _ : state)
        benchmark::DoNotOptimize(q.keysetPage(s, true, std::nullopt, PageRows));
}

/// The total shown in the table's title (counted apart from the pages).
void BM_LogCount30Days(benchmark::State &state)
{
    if (!ready(state))
        return;
    RecordQuery q(logCache().cache.db());
    const RecordSelection s = last30Days(logCache());
    for (auto _ : state)
        benchmark::DoNotOptimize(q.count(s));
}

} // namespace

BENCHMARK(BM_LogFirstPage)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LogJumpToMiddle)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LogNextPageByKey)->Arg(10000)->Arg(300000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LogNextPageByOffset)->Arg(10000)->Arg(300000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LogFirstPageOneUser)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LogSearch)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LogCount30Days)->Unit(benchmark::kMillisecond);
