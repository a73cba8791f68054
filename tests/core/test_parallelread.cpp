// CSV, JSONL and JSON pages read in chunks on parse workers gives exactly what the in-order read gives: the same records
// (every field, the identities included) in the same order and batches, the same counts and skip reasons, the
// same progress, and the same first error with its line. Tiny chunks put every kind of row across a chunk's edge.
#include "ingesttesthelpers.h"

#include "ingest/chunkworkers.h"
#include "ingest/jsonrowparser.h"

#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

/// A chunk size far beyond any test file: the in-order read.
constexpr qint64 InOrder = qint64(1) << 40;

struct Outcome
{
    Result<ReadStats> stats { Error() };
    Collected c;
    QList<std::pair<qint64, qint64>> progress;
    int workersSeen = 0; ///< the most parse workers alive while batches came
};

Outcome readWith(const QString &path, qint64 chunkBytes, int threads, int batchSize = 7,
    const std::function<Result<void>(int batch)> &onBatch = {}, const std::atomic_bool *cancel = nullptr)
{
    Outcome o;
    ImportOptions options;
    options.parseChunkBytes = chunkBytes;
    options.parseThreads = threads;
    options.batchSize = batchSize;
    UsageSink sink;
    sink.records = [&o, &onBatch](const QList<UsageRecord> &batch) -> Result<void> {
        o.workersSeen = std::max(o.workersSeen, chunkWorkerThreads().load());
        o.c.records.append(batch);
        ++o.c.recordBatches;
        return onBatch ? onBatch(o.c.recordBatches) : Result<void>();
    };
    sink.buckets = [](const QList<HourlyBucket> &) -> Result<void> { return {}; };
    o.stats = UsageFileReader(path, options)
                  .read(
                      sink,
                      [&o](qint64 done, qint64 total) {
                          o.progress.append({ done, total });
                      },
                      cancel);
    return o;
}

void expectSameRecord(const UsageRecord &a, const UsageRecord &b, qsizetype i)
{
    EXPECT_EQ(a.identity, b.identity) << i;
    EXPECT_EQ(a.gatewayId, b.gatewayId) << i;
    EXPECT_EQ(a.createdAt, b.createdAt) << i;
    EXPECT_EQ(a.type, b.type) << i;
    EXPECT_EQ(a.userId, b.userId) << i;
    EXPECT_EQ(a.userName, b.userName) << i;
    EXPECT_EQ(a.tokenId, b.tokenId) << i;
    EXPECT_EQ(a.tokenName, b.tokenName) << i;
    EXPECT_EQ(a.model, b.model) << i;
    EXPECT_EQ(a.channelId, b.channelId) << i;
    EXPECT_EQ(a.channelName, b.channelName) << i;
    EXPECT_EQ(a.group, b.group) << i;
    EXPECT_EQ(a.quota, b.quota) << i;
    EXPECT_EQ(a.promptTokens, b.promptTokens) << i;
    EXPECT_EQ(a.completionTokens, b.completionTokens) << i;
    EXPECT_EQ(a.cacheReadTokens, b.cacheReadTokens) << i;
    EXPECT_EQ(a.cacheWriteTokens, b.cacheWriteTokens) << i;
    EXPECT_EQ(a.useTimeMs, b.useTimeMs) << i;
    EXPECT_EQ(a.isStream, b.isStream) << i;
    EXPECT_EQ(a.requestId, b.requestId) << i;
    EXPECT_EQ(a.ip, b.ip) << i;
    EXPECT_EQ(a.content, b.content) << i;
    EXPECT_EQ(a.other, b.other) << i;
}

/// Everything a chunked read (b) gave against the in-order one (a).
void expectSameOutcome(const Outcome &a, const Outcome &b)
{
    ASSERT_EQ(a.stats.ok(), b.stats.ok()) << (a.stats.ok() ? b.stats : a.stats).error().message.toStdString();
    if (a.stats.ok()) {
        EXPECT_EQ(a.stats->format, b.stats->format);
        EXPECT_EQ(a.stats->rowsRead, b.stats->rowsRead);
        EXPECT_EQ(a.stats->skipped, b.stats->skipped);
        EXPECT_EQ(a.stats->skippedBy, b.stats->skippedBy);
        EXPECT_EQ(a.stats->preset, b.stats->preset);
    } else {
        EXPECT_EQ(a.stats.error().message, b.stats.error().message);
        EXPECT_EQ(a.stats.error().kind, b.stats.error().kind);
    }
    EXPECT_EQ(a.c.recordBatches, b.c.recordBatches);
    EXPECT_EQ(a.progress, b.progress);
    ASSERT_EQ(a.c.records.size(), b.c.records.size());
    for (qsizetype i = 0; i < a.c.records.size(); ++i)
        expectSameRecord(a.c.records.at(i), b.c.records.at(i), i);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

/// Reads path in order, then in chunks of several sizes (down to less than a row) on two and three workers, and
/// expects the same outcome each time. Returns the in-order outcome.
Outcome expectChunkedReadsMatch(const QString &path)
{
    const Outcome inOrder = readWith(path, InOrder, 2);
    EXPECT_EQ(inOrder.workersSeen, 0);
    for (const qint64 chunk : { 16, 61, 200, 333, 1000, 4096 }) {
        for (const int threads : { 2, 3 }) {
            SCOPED_TRACE(testing::Message() << "chunks of " << chunk << " bytes, " << threads << " workers");
            const Outcome chunked = readWith(path, chunk, threads);
            EXPECT_EQ(chunked.workersSeen, threads); // the chunked path ran
            expectSameOutcome(inOrder, chunked);
            EXPECT_EQ(chunkWorkerThreads().load(), 0);
        }
    }
    return inOrder;
}

/// A small deterministic generator.
struct Lcg
{
    quint64 state = 12345;
    int next(int bound)
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((state >> 33) % quint64(bound));
    }
};

const char *const CsvHeader = "created_at,username,model_name,quota,prompt_tokens,completion_tokens,use_time,"
                              "is_stream,other,content";

/// Gateway logs as CSV, without ids (so identities count identical rows): quoted cells with commas, doubled quotes
/// and line breaks, a quote inside an unquoted cell, UTF-8, repeated headers, empty lines, identical rows and rows
/// out of range.
QByteArray csvLogs(int rows, const QByteArray &eol, bool bom, bool finalEol)
{
    Lcg rng;
    QByteArray out = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    out += CsvHeader + eol;
    QByteArray previous;
    const char *const contents[]
        = { "hello", "\"a, b, c\"", "\"say \"\"hi\"\", then, go\"", "\"line one\nline two\"", "\"crlf\r\ninside\"",
              "\"\"", "\"\"\"\"", "\"\n\"", "\"\xe6\xa8\xa1\xe5\x9e\x8b \xf0\x9f\x98\x80,\"", "plain text" };
    const char *const users[] = { "alice", "bob", "o\"neil", "\xe5\xbc\xa0\xe4\xb8\x89", "carol" };
    for (int i = 0; i < rows; ++i) {
        if (i % 37 == 36) {
            out += eol;
            continue;
        }
        if (i % 53 == 52) {
            out += CsvHeader + eol;
            continue;
        }
        if (i % 5 == 4 && !previous.isEmpty()) {
            out += previous + eol; // identical: the next occurrence
            continue;
        }
        const qint64 createdAt = i % 41 == 40 ? 946000000 : 1700000000 + i * 7;
        QByteArray row = QByteArray::number(createdAt) + ',' + users[rng.next(5)] + ",gpt-"
            + QByteArray::number(rng.next(4)) + QByteArray(rng.next(3) == 0 ? rng.next(120) : 0, 'x') + ','
            + QByteArray::number(rng.next(5000)) + ',' + QByteArray::number(rng.next(3000)) + ','
            + QByteArray::number(rng.next(900)) + ',' + QByteArray::number(rng.next(30)) + ','
            + (rng.next(2) ? "true" : "false") + ",\"{\"\"cache_tokens\"\":" + QByteArray::number(rng.next(50)) + "}\","
            + contents[rng.next(10)];
        previous = row;
        out += row + eol;
    }
    if (!finalEol)
        out.chop(eol.size());
    return out;
}

/// Gateway logs as JSONL with ids; blank and whitespace lines, a line the fast parser declines (a key twice).
QByteArray jsonlLogs(int rows, const QByteArray &eol, bool bom)
{
    Lcg rng;
    QByteArray out = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    for (int i = 0; i < rows; ++i) {
        if (i % 29 == 28) {
            out += (i % 2 ? " \t" : "") + eol;
            continue;
        }
        const qint64 createdAt = i % 43 == 42 ? 946000000 : 1700000000 + i * 7;
        QByteArray line = "{\"id\":" + QByteArray::number(i + 1) + ",\"created_at\":" + QByteArray::number(createdAt)
            + ",\"type\":2,\"user_id\":" + QByteArray::number(rng.next(5)) + ",\"username\":\"u\\u00e9"
            + QByteArray::number(rng.next(5)) + "\",\"model_name\":\"gpt-" + QByteArray::number(rng.next(4))
            + "\",\"quota\":" + QByteArray::number(rng.next(5000)) + ",\"prompt_tokens\":"
            + QByteArray::number(rng.next(3000)) + ",\"completion_tokens\":" + QByteArray::number(rng.next(900))
            + ",\"use_time\":" + QByteArray::number(rng.next(30)) + ",\"is_stream\":" + (rng.next(2) ? "true" : "false")
            + ",\"other\":\"{\\\"cache_tokens\\\":" + QByteArray::number(rng.next(50)) + "}\",\"content\":\"a\\nb "
            + QByteArray(rng.next(3) == 0 ? rng.next(120) : 0, 'y') + "\"";
        if (i % 31 == 30)
            line += ",\"quota\":7"; // a key twice: the fast parser declines, Qt reads it
        out += line + "}" + eol;
    }
    return out;
}

/// The lines of jsonlLogs as the items of a JSON page, in one of the envelopes the gateway or an export writes:
/// 0 the paged answer, 1 a bare list, 2 `data` as a list. Every seventh item is spread over lines with spaces, and
/// every eleventh carries strings with escaped quotes and backslashes and brackets.
QByteArray jsonPage(int rows, int envelope)
{
    QByteArray items;
    int n = 0;
    for (QByteArray line : jsonlLogs(rows, "\n", false).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (n % 11 == 10)
            line.insert(line.size() - 1, R"(,"ip":"[\"{\\\\}\"] ]")");
        if (n % 7 == 6)
            line.replace(",\"", ",\n  \"");
        items += (n++ ? ",\n" : "") + line;
    }
    switch (envelope) {
    case 0:
        return R"({"success":true,"message":"","data":{"page":1,"page_size":)" + QByteArray::number(n)
            + R"(,"items":[)" + items + "],\"total\":" + QByteArray::number(n) + "}}\n";
    case 1:
        return "[" + items + "]";
    default:
        return "{\"data\": [\n" + items + "\n], \"success\": true}";
    }
}

/// The line (1-based) on which text[offset] is.
qint64 lineAt(const QByteArray &text, qsizetype offset)
{
    return 1 + std::count(text.cbegin(), text.cbegin() + offset, '\n');
}

} // namespace

TEST(ParallelIngest, CsvChunksGiveTheInOrderRecords)
{
    TempDir dir;
    for (const bool crlf : { false, true }) {
        for (const bool bom : { false, true }) {
            for (const bool finalEol : { true, false }) {
                SCOPED_TRACE(testing::Message() << "crlf " << crlf << ", bom " << bom << ", final eol " << finalEol);
                const QString path = dir.path(QStringLiteral("logs.csv"));
                writeFile(path, csvLogs(700, crlf ? "\r\n" : "\n", bom, finalEol));
                const Outcome inOrder = expectChunkedReadsMatch(path);
                // The file holds every kind of row this is about.
                ASSERT_TRUE(inOrder.stats.ok()) << inOrder.stats.error().message.toStdString();
                EXPECT_GT(inOrder.stats->skippedBy.value(QStringLiteral("empty line")), 10);
                EXPECT_GT(inOrder.stats->skippedBy.value(QStringLiteral("repeated header")), 10);
                EXPECT_EQ(inOrder.stats->skippedBy.size(), 3); // and rows out of range
                EXPECT_TRUE(std::any_of(inOrder.c.records.cbegin(), inOrder.c.records.cend(),
                    [](const UsageRecord &r) { return r.identity.endsWith(QLatin1String("#1")); }));
                EXPECT_TRUE(std::any_of(inOrder.c.records.cbegin(), inOrder.c.records.cend(),
                    [](const UsageRecord &r) { return r.content.contains(QLatin1Char('\n')); }));
                EXPECT_TRUE(std::any_of(inOrder.c.records.cbegin(), inOrder.c.records.cend(),
                    [](const UsageRecord &r) { return r.userName == QLatin1String("o\"neil"); }));
            }
        }
    }
}

TEST(ParallelIngest, JsonlChunksGiveTheInOrderRecords)
{
    TempDir dir;
    for (const bool crlf : { false, true }) {
        SCOPED_TRACE(testing::Message() << "crlf " << crlf);
        const QString path = dir.path(QStringLiteral("logs.jsonl"));
        const QByteArray text = jsonlLogs(700, crlf ? "\r\n" : "\n", true);
        writeFile(path, text);
        const Outcome inOrder = expectChunkedReadsMatch(path);
        ASSERT_TRUE(inOrder.stats.ok()) << inOrder.stats.error().message.toStdString();
        EXPECT_GT(inOrder.stats->skippedBy.value(QStringLiteral("empty line")), 10);
        EXPECT_EQ(inOrder.stats->skippedBy.size(), 2); // and rows out of range
        EXPECT_EQ(inOrder.c.records.first().identity, QStringLiteral("id:1"));
        if (JsonRowParser::available()) {
            // The line with a key twice is one the fast parser declines.
            const QList<QByteArray> lines = text.split('\n');
            RowMapper mapper(RowMapperConfig::gatewayLog(LogDialect::NewApi, true));
            JsonRowParser fast(mapper);
            std::array<JsonCell, RowMapper::FieldCount> cells;
            EXPECT_TRUE(fast.parse(lines.at(1), &cells));
            EXPECT_FALSE(fast.parse(lines.at(30), &cells)) << lines.at(30).toStdString();
        }
    }
}

TEST(ParallelIngest, JsonPageChunksGiveTheInOrderRecords)
{
    TempDir dir;
    for (const int envelope : { 0, 1, 2 }) {
        SCOPED_TRACE(testing::Message() << "envelope " << envelope);
        const QString path = dir.path(QStringLiteral("page.json"));
        const QByteArray text = jsonPage(700, envelope);
        writeFile(path, text);
        const Outcome inOrder = expectChunkedReadsMatch(path);
        ASSERT_TRUE(inOrder.stats.ok()) << inOrder.stats.error().message.toStdString();
        EXPECT_EQ(inOrder.stats->format, ImportFormat::NewApiJson);
        EXPECT_EQ(inOrder.stats->skippedBy.size(), 1); // rows out of range
        EXPECT_GT(inOrder.c.records.size(), 600);
        EXPECT_EQ(inOrder.c.records.first().identity, QStringLiteral("id:1"));
        // The escaped text came through whole.
        EXPECT_TRUE(std::any_of(inOrder.c.records.cbegin(), inOrder.c.records.cend(),
            [](const UsageRecord &r) { return r.ip == QLatin1String("[\"{\\\\}\"] ]"); }));
    }
}

TEST(ParallelIngest, JsonPageFirstErrorInALateChunkNamesItsLine)
{
    TempDir dir;
    struct Case
    {
        const char *name;
        QByteArray bad; ///< an item that fails
        QString says;
    };
    const QList<Case> cases = {
        { "syntax", "{\"id\":9999,\"created_at\":}", QStringLiteral(": byte ") },
        { "not an object", "[1,2]", QStringLiteral("a list item is not an object") },
        { "value", "{\"id\":9999,\"created_at\":1700000000,\"quota\":\"lots\"}", QStringLiteral("quota") },
        { "identity", "{\"id\":100,\"created_at\":1700000001}", QStringLiteral("id 100 appears at two different times") },
    };
    const QByteArray good = jsonPage(400, 0);
    for (const bool truncated : { false, true }) {
        for (const Case &c : cases) {
            SCOPED_TRACE(testing::Message() << c.name << ", truncated " << truncated);
            // The bad item three quarters in; the document may also end early, after it.
            const qsizetype at = good.indexOf("\n{", good.size() * 3 / 4) + 1;
            QByteArray text = good.left(at) + c.bad + ",\n" + good.mid(at);
            if (truncated)
                text.truncate(text.size() - 300);
            const QString path = dir.path(QStringLiteral("bad.json"));
            writeFile(path, text);
            const Outcome inOrder = expectChunkedReadsMatch(path);
            ASSERT_FALSE(inOrder.stats.ok());
            EXPECT_TRUE(
                inOrder.stats.error().message.startsWith(QStringLiteral("bad.json line %1: ").arg(lineAt(text, at))))
                << inOrder.stats.error().message.toStdString();
            EXPECT_TRUE(inOrder.stats.error().message.contains(c.says)) << inOrder.stats.error().message.toStdString();
            EXPECT_GT(inOrder.c.records.size(), 100);
        }
    }
    // Only the end is missing: the items before it are handed on, then the error says where the text stopped.
    const QByteArray cut = good.left(good.size() - 300);
    const QString path = dir.path(QStringLiteral("cut.json"));
    writeFile(path, cut);
    const Outcome inOrder = expectChunkedReadsMatch(path);
    ASSERT_FALSE(inOrder.stats.ok());
    EXPECT_TRUE(inOrder.stats.error().message.startsWith(QStringLiteral("cut.json line %1 (byte %2): ")
                                                             .arg(lineAt(cut, cut.size()))
                                                             .arg(cut.size())))
        << inOrder.stats.error().message.toStdString();
    EXPECT_GT(inOrder.c.records.size(), 300);
}

TEST(ParallelIngest, CsvFirstErrorInALateChunkNamesItsLine)
{
    TempDir dir;
    const QByteArray good = csvLogs(400, "\n", false, true);
    struct Case
    {
        const char *name;
        QByteArray bad; ///< a row that fails
        QString says;
    };
    const QList<Case> cases = {
        { "columns", "1700000000,alice,gpt-1,1,2\n", QStringLiteral("expected 10 columns as in the header, found 5") },
        { "value", "1700000000,alice,gpt-1,lots,1,1,1,true,,x\n", QStringLiteral("quota") },
        { "after quote", "1700000000,alice,gpt-1,1,1,1,1,true,\"{}\"x,y\n",
            QStringLiteral("unexpected character after a closing quote") },
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        // The bad row three quarters in, a second bad one near the end.
        const qsizetype at = good.indexOf("\n1700002", good.size() * 3 / 4) + 1;
        QByteArray text = good.left(at) + c.bad + good.mid(at);
        const qsizetype second = text.indexOf("\n1700002", text.size() - 400) + 1;
        text.insert(second, "1700000000,bob,gpt-2,1,2\n");
        const QString path = dir.path(QStringLiteral("bad.csv"));
        writeFile(path, text);
        const Outcome inOrder = expectChunkedReadsMatch(path);
        ASSERT_FALSE(inOrder.stats.ok());
        EXPECT_TRUE(inOrder.stats.error().message.startsWith(QStringLiteral("bad.csv line %1: ").arg(lineAt(text, at))))
            << inOrder.stats.error().message.toStdString();
        EXPECT_TRUE(inOrder.stats.error().message.contains(c.says)) << inOrder.stats.error().message.toStdString();
        EXPECT_GT(inOrder.c.records.size(), 100); // the rows before it were handed on
    }
}

TEST(ParallelIngest, CsvQuoteOpenAtTheEndNamesItsLine)
{
    TempDir dir;
    // Nothing after the open quote closes it: the rest of the file is its cell.
    QByteArray text = csvLogs(400, "\r\n", false, true);
    const qsizetype at = text.size();
    text += "1700000000,alice,gpt-1,1,1,1,1,true,\"{}\",\"never closed\r\n";
    for (int i = 0; i < 40; ++i)
        text += "1700000000,alice,gpt-1,1,1,1,1,true,{},more\r\n";
    const QString path = dir.path(QStringLiteral("open.csv"));
    writeFile(path, text);
    const Outcome inOrder = expectChunkedReadsMatch(path);
    ASSERT_FALSE(inOrder.stats.ok());
    EXPECT_EQ(inOrder.stats.error().message,
        QStringLiteral("open.csv line %1: quoted field is not closed before the end of the file")
            .arg(lineAt(text, at)));
}

TEST(ParallelIngest, JsonlFirstErrorInALateChunkNamesItsLine)
{
    TempDir dir;
    const QByteArray good = jsonlLogs(400, "\n", false);
    struct Case
    {
        const char *name;
        QByteArray bad;
        QString says;
    };
    const QList<Case> cases = {
        { "syntax", "{\"id\":9999,\"created_at\":1700000000,\n", QStringLiteral(": byte ") },
        { "not an object", "[1,2]\n", QStringLiteral("the line is not a JSON object") },
        { "value", "{\"id\":9999,\"created_at\":1700000000,\"quota\":\"lots\"}\n", QStringLiteral("quota") },
        // An id seen at another time: the identities, assigned in order, fail on it.
        { "identity", "{\"id\":100,\"created_at\":1700000001}\n",
            QStringLiteral("id 100 appears at two different times") },
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const qsizetype at = good.indexOf('\n', good.size() * 3 / 4) + 1;
        QByteArray text = good.left(at) + c.bad + good.mid(at);
        text.insert(text.indexOf('\n', text.size() - 300) + 1, "{\"id\":1,\"created_at\":\n");
        const QString path = dir.path(QStringLiteral("bad.jsonl"));
        writeFile(path, text);
        const Outcome inOrder = expectChunkedReadsMatch(path);
        ASSERT_FALSE(inOrder.stats.ok());
        EXPECT_TRUE(
            inOrder.stats.error().message.startsWith(QStringLiteral("bad.jsonl line %1: ").arg(lineAt(text, at))))
            << inOrder.stats.error().message.toStdString();
        EXPECT_TRUE(inOrder.stats.error().message.contains(c.says)) << inOrder.stats.error().message.toStdString();
        EXPECT_GT(inOrder.c.records.size(), 100);
    }
}

TEST(ParallelIngest, CancelStopsEveryWorker)
{
    TempDir dir;
    const QString csv = dir.path(QStringLiteral("logs.csv"));
    writeFile(csv, csvLogs(3000, "\n", false, true));
    const QString jsonl = dir.path(QStringLiteral("logs.jsonl"));
    writeFile(jsonl, jsonlLogs(3000, "\n", false));
    const QString page = dir.path(QStringLiteral("page.json"));
    writeFile(page, jsonPage(3000, 0));
    for (const QString &path : { csv, jsonl, page }) {
        SCOPED_TRACE(path.toStdString());
        std::atomic_bool cancel { false };
        const Outcome o = readWith(
            path, 200, 3, 7,
            [&cancel](int batch) -> Result<void> {
                if (batch == 3)
                    cancel = true;
                return {};
            },
            &cancel);
        ASSERT_FALSE(o.stats.ok());
        EXPECT_EQ(o.stats.error().kind, Error::Kind::Cancelled);
        EXPECT_EQ(o.workersSeen, 3);
        EXPECT_EQ(o.c.recordBatches, 3); // it stopped at once rather than reading on
        EXPECT_EQ(chunkWorkerThreads().load(), 0);
    }
}

TEST(ParallelIngest, AFailingSinkStopsEveryWorker)
{
    TempDir dir;
    const QString csv = dir.path(QStringLiteral("logs.csv"));
    writeFile(csv, csvLogs(3000, "\n", false, true));
    const QString jsonl = dir.path(QStringLiteral("logs.jsonl"));
    writeFile(jsonl, jsonlLogs(3000, "\n", false));
    const QString page = dir.path(QStringLiteral("page.json"));
    writeFile(page, jsonPage(3000, 0));
    for (const QString &path : { csv, jsonl, page }) {
        SCOPED_TRACE(path.toStdString());
        const Outcome o = readWith(path, 200, 2, 7, [](int batch) -> Result<void> {
            return batch == 5 ? Result<void>(Error(QStringLiteral("disk full"), Error::Kind::Io)) : Result<void>();
        });
        ASSERT_FALSE(o.stats.ok());
        EXPECT_EQ(o.stats.error().message, QStringLiteral("disk full"));
        EXPECT_EQ(o.c.recordBatches, 5);
        EXPECT_EQ(o.workersSeen, 2);
        EXPECT_EQ(chunkWorkerThreads().load(), 0);
    }
}
