// The fast reading paths give exactly what the plain ones give: CSV records cut out of blocks, cells mapped from
// UTF-8, JSON objects through the fast parser, the counts in `other`, items skimmed in one pass.
#include "ingest/csvreader.h"
#include "ingest/identityassigner.h"
#include "ingest/importoptions.h"
#include "ingest/jsonitemreader.h"
#include "ingest/jsonrowparser.h"
#include "ingest/rowmapper.h"
#include "ingest/textinterner.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <random>

using namespace QuotaScope;

namespace {

struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
};

QList<CsvRecord> readCsv(const QByteArray &data, QString *error = nullptr, qsizetype maxRecordBytes = CsvReader::MaxRecordBytes)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader csv(&buffer, maxRecordBytes);
    QList<CsvRecord> out;
    for (;;) {
        CsvRecord r;
        const CsvReader::Status status = csv.next(&r.fields);
        if (status == CsvReader::Status::Error && error)
            *error = csv.errorString();
        if (status != CsvReader::Status::Record)
            return out;
        r.line = csv.recordLine();
        out << r;
    }
}

/// Every field of two records, named when they differ.
void expectSameRecord(const UsageRecord &a, const UsageRecord &b, const QString &what)
{
    EXPECT_EQ(a.gatewayId, b.gatewayId) << qPrintable(what);
    EXPECT_EQ(a.createdAt, b.createdAt) << qPrintable(what);
    EXPECT_EQ(a.type, b.type) << qPrintable(what);
    EXPECT_EQ(a.userId, b.userId) << qPrintable(what);
    EXPECT_EQ(a.userName, b.userName) << qPrintable(what);
    EXPECT_EQ(a.tokenId, b.tokenId) << qPrintable(what);
    EXPECT_EQ(a.tokenName, b.tokenName) << qPrintable(what);
    EXPECT_EQ(a.model, b.model) << qPrintable(what);
    EXPECT_EQ(a.channelId, b.channelId) << qPrintable(what);
    EXPECT_EQ(a.channelName, b.channelName) << qPrintable(what);
    EXPECT_EQ(a.group, b.group) << qPrintable(what);
    EXPECT_EQ(a.quota, b.quota) << qPrintable(what);
    EXPECT_EQ(a.promptTokens, b.promptTokens) << qPrintable(what);
    EXPECT_EQ(a.completionTokens, b.completionTokens) << qPrintable(what);
    EXPECT_EQ(a.cacheReadTokens, b.cacheReadTokens) << qPrintable(what);
    EXPECT_EQ(a.cacheWriteTokens, b.cacheWriteTokens) << qPrintable(what);
    EXPECT_EQ(a.useTimeMs, b.useTimeMs) << qPrintable(what);
    EXPECT_EQ(a.isStream, b.isStream) << qPrintable(what);
    EXPECT_EQ(a.requestId, b.requestId) << qPrintable(what);
    EXPECT_EQ(a.ip, b.ip) << qPrintable(what);
    EXPECT_EQ(a.content, b.content) << qPrintable(what);
    EXPECT_EQ(a.other, b.other) << qPrintable(what);
}

void expectSameResult(const Result<UsageRecord> &a, const Result<UsageRecord> &b, const QString &what)
{
    ASSERT_EQ(a.ok(), b.ok()) << qPrintable(what) << " " << qPrintable(a.ok() ? b.error().message : a.error().message);
    if (a.ok()) {
        expectSameRecord(a.value(), b.value(), what);
    } else {
        EXPECT_EQ(a.error().message, b.error().message) << qPrintable(what);
    }
}

/// The gateway Log mapping with a fixed clock.
RowMapperConfig logMapperConfig()
{
    RowMapperConfig config = RowMapperConfig::gatewayLog(LogDialect::NewApi, true);
    config.now = 1800000000;
    return config;
}

} // namespace

TEST(FastCsv, RecordsStraddlingABlockBoundaryAreCutWhole)
{
    // A record with doubled quotes, a newline in a quoted field, an empty quoted field and a CRLF, placed so that
    // the block boundary falls on each of its bytes in turn.
    const QByteArray tricky = "\"q\"\"uo\nted\",plain,\"\",last\r\nend\n";
    for (qsizetype k = 1; k <= tricky.size() + 1; ++k) {
        const QByteArray filler = QByteArray(CsvReader::ChunkSize - k, 'f') + '\n';
        QString error;
        const QList<CsvRecord> records = readCsv(filler + tricky, &error);
        ASSERT_EQ(records.size(), 3) << "boundary at byte " << k << ": " << qPrintable(error);
        EXPECT_EQ(records.at(0).fields, QStringList { QString(filler.chopped(1)) });
        EXPECT_EQ(records.at(1).fields,
            (QStringList { QStringLiteral("q\"uo\nted"), QStringLiteral("plain"), QString(), QStringLiteral("last") }))
            << "boundary at byte " << k;
        EXPECT_EQ(records.at(1).line, 2);
        EXPECT_EQ(records.at(2).fields, QStringList { QStringLiteral("end") });
        EXPECT_EQ(records.at(2).line, 4) << "the quoted newline counts as a line";
    }
}

TEST(FastCsv, ARecordLongerThanABlockIsReadWhole)
{
    const QByteArray big(3 * CsvReader::ChunkSize + 17, 'x');
    const QList<CsvRecord> records = readCsv("a,b\n\"" + big + "\",tail\nlast,1");
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records.at(1).fields.at(0).size(), big.size());
    EXPECT_EQ(records.at(1).fields.at(1), QStringLiteral("tail"));
    EXPECT_EQ(records.at(2).fields, (QStringList { QStringLiteral("last"), QStringLiteral("1") }));
    EXPECT_EQ(records.at(2).line, 3);
}

TEST(FastCsv, ARecordOverTheBoundIsAnErrorNotHeld)
{
    QString error;
    const QList<CsvRecord> records = readCsv("a,b\nc,d\n\"never closed" + QByteArray(5000, 'x'), &error, 1000);
    EXPECT_EQ(records.size(), 2) << "the records before it are read";
    EXPECT_TRUE(error.contains(QStringLiteral("line 3"))) << qPrintable(error);
    EXPECT_TRUE(error.contains(QStringLiteral("longer than"))) << qPrintable(error);
}

TEST(FastCsv, EndsQuotesAndBom)
{
    QString error;
    QList<CsvRecord> r = readCsv("\xEF\xBB\xBF" "a,\"b\"\r\n\r\nc,", &error);
    ASSERT_EQ(r.size(), 3);
    EXPECT_EQ(r.at(0).fields, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    EXPECT_EQ(r.at(1).fields, QStringList { QString() }) << "a blank line is one empty field";
    EXPECT_EQ(r.at(2).fields, (QStringList { QStringLiteral("c"), QString() }));
    EXPECT_EQ(r.at(2).line, 3);

    r = readCsv("a,b\n\"x\"y,z\n", &error);
    EXPECT_EQ(r.size(), 1);
    EXPECT_EQ(error, QStringLiteral("line 2: unexpected character after a closing quote"));
    r = readCsv("a,\"x\ny\nz", &error);
    EXPECT_TRUE(r.isEmpty());
    EXPECT_EQ(error, QStringLiteral("line 1: quoted field is not closed before the end of the file"));
    r = readCsv("\xEF\xBB" "a\n", &error);
    EXPECT_EQ(error, QStringLiteral("line 1: invalid UTF-8 at the start of the file"));
    // A quote inside an unquoted field is data.
    r = readCsv("x\"y,\" z\"\n");
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r.at(0).fields, (QStringList { QStringLiteral("x\"y"), QStringLiteral(" z") }));
}

namespace {

/// Random CSV with what each record must read as: quoted cells of doubled quotes in runs, commas, LF and CRLF
/// newlines and filler of every length (so that each falls anywhere in a 64-byte block), plain cells, a quote inside
/// a plain cell (data), empty cells, and LF or CRLF record ends.
struct RandomCsv
{
    QByteArray text;
    QList<CsvRecord> records;
    QList<qsizetype> ends; ///< just after each record's newline
};

RandomCsv randomCsv(std::mt19937 &random, qsizetype size)
{
    const auto pick = [&](int n) { return int(random() % unsigned(n)); };
    RandomCsv csv;
    qint64 line = 1;
    while (csv.text.size() < size) {
        CsvRecord record;
        record.line = line;
        for (int cells = 1 + pick(5), c = 0; c < cells; ++c) {
            if (c > 0)
                csv.text += ',';
            QByteArray value;
            if (pick(3) == 0) {
                value = QByteArray(pick(4) == 0 ? pick(150) : pick(8), 'p');
                if (!value.isEmpty() && pick(4) == 0)
                    value.insert(1 + pick(int(value.size())), '"');
                csv.text += value;
            } else {
                QByteArray raw;
                for (int k = pick(4) == 0 ? pick(60) : pick(8); k > 0; --k) {
                    switch (pick(6)) {
                    case 0:
                        value += QByteArray(1 + pick(3), '"');
                        break;
                    case 1:
                        value += pick(2) == 0 ? "\n" : "\r\n";
                        ++line;
                        break;
                    case 2:
                        value += ',';
                        break;
                    default:
                        value += QByteArray(pick(3) == 0 ? pick(130) : pick(6), 'q');
                        break;
                    }
                }
                raw = value;
                raw.replace("\"", "\"\"");
                csv.text += '"' + raw + '"';
            }
            record.fields << QString::fromUtf8(value);
        }
        csv.text += pick(2) == 0 ? "\n" : "\r\n";
        ++line;
        csv.records << record;
        csv.ends << csv.text.size();
    }
    return csv;
}

} // namespace

// The quoted cells are read 64 bytes at a time (a closing quote found as the last of an odd run of quotes, the
// doubled ones undone by mask): every record must read as written, and the record ends the reading thread finds
// must be the records' own, wherever quotes, newlines and block and read-chunk edges fall.
TEST(FastCsv, RecordsReadInBlocksAreThoseWritten)
{
    for (unsigned seed = 1; seed <= 8; ++seed) {
        SCOPED_TRACE(testing::Message() << "seed " << seed);
        std::mt19937 random(seed);
        // Two seeds span several of the reader's chunks, so that records straddle their edges too.
        const RandomCsv csv = randomCsv(random, seed <= 2 ? 3 * CsvReader::ChunkSize : 100000);
        QString error;
        const QList<CsvRecord> records = readCsv(csv.text, &error);
        ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
        ASSERT_EQ(records.size(), csv.records.size());
        for (qsizetype k = 0; k < records.size(); ++k) {
            ASSERT_EQ(records.at(k).fields, csv.records.at(k).fields) << "record " << k;
            ASSERT_EQ(records.at(k).line, csv.records.at(k).line) << "record " << k;
        }

        // The reading thread's cuts, the text growing by random steps as its chunks arrive.
        CsvRecordEnds ends;
        qsizetype seen = 0;
        for (qsizetype size = 0; size < csv.text.size();) {
            size = std::min<qsizetype>(csv.text.size(), size + 1 + qsizetype(random() % 3000));
            ASSERT_EQ(ends.scan(csv.text.constData(), size, size == csv.text.size()), CsvRecordEnds::Scan::Ok);
            while (seen < csv.ends.size() && csv.ends.at(seen) <= size)
                ++seen;
            ASSERT_EQ(ends.lastEnd(), seen > 0 ? csv.ends.at(seen - 1) : 0) << "text of " << size << " bytes";
        }
    }
}

TEST(FastCsv, Utf8CellsMapAsTheirText)
{
    RowMapperConfig config = logMapperConfig();
    config.csv = true;
    config.formulaQuoted = true;
    const QStringList header = recordFieldNames();
    RowMapper mapper(config);
    ASSERT_TRUE(mapper.bindHeader(header).ok());

    QStringList base;
    for (const QString &f : header) {
        if (f == QLatin1String("created_at"))
            base << QStringLiteral("1772496000");
        else if (f == QLatin1String("other"))
            base << QStringLiteral("{\"cache_tokens\": 5}");
        else if (f == QLatin1String("is_stream"))
            base << QStringLiteral("true");
        else if (f.endsWith(QLatin1String("name")) || f == QLatin1String("group") || f == QLatin1String("ip")
            || f == QLatin1String("request_id") || f == QLatin1String("content"))
            base << QStringLiteral("v-") + f;
        else
            base << QStringLiteral("3");
    }
    const QStringList numbers = { QStringLiteral("12"), QStringLiteral(" 12 "), QStringLiteral("+5"),
        QStringLiteral("-0"), QStringLiteral("-7"), QStringLiteral("1e3"), QStringLiteral("12.0"),
        QStringLiteral("12.5"), QStringLiteral("abc"), QString(), QStringLiteral("99999999999999999999"),
        QStringLiteral("123456789012345678"), QStringLiteral("\u00A012"), QStringLiteral("007"),
        QStringLiteral("--1") };
    const QStringList times = { QStringLiteral("1772496000"), QStringLiteral("1772496000000"),
        QStringLiteral("2026-03-01 00:00:00"), QStringLiteral("2026-03-01T00:00:00+08:00"), QStringLiteral("-0"),
        QStringLiteral(" 1772496000"), QStringLiteral("17724960001.5"), QStringLiteral("0"), QString() };
    const QStringList texts = { QStringLiteral("=cmd"), QStringLiteral("'=cmd"), QStringLiteral("''+x"),
        QStringLiteral("'plain"), QStringLiteral("ü 模型"), QString(), QStringLiteral(" spaced ") };
    const QStringList streams
        = { QStringLiteral("true"), QStringLiteral(" TRUE "), QStringLiteral("0"), QStringLiteral("yes"), QString() };

    TextInterner interner;
    int compared = 0;
    auto compare = [&](int column, const QStringList &values) {
        for (const QString &value : values) {
            QStringList cells = base;
            cells[column] = value;
            std::vector<QByteArray> utf8;
            for (const QString &c : cells)
                utf8.push_back(c.toUtf8());
            std::vector<QByteArrayView> views(utf8.begin(), utf8.end());
            QString implausibleText, implausibleUtf8;
            const auto asText = mapper.map(cells, &implausibleText);
            // Twice through the interner: a value seen before maps the same.
            for (int round = 0; round < 2; ++round) {
                const auto asUtf8 = mapper.map(views.data(), &interner, &implausibleUtf8);
                expectSameResult(asText, asUtf8, header.at(column) + QStringLiteral(" = ") + value);
                EXPECT_EQ(implausibleText, implausibleUtf8);
            }
            ++compared;
        }
    };
    for (int column = 0; column < header.size(); ++column) {
        const QString &f = header.at(column);
        if (f == QLatin1String("created_at"))
            compare(column, times);
        else if (f == QLatin1String("is_stream"))
            compare(column, streams);
        else if (f == QLatin1String("use_time") || f == QLatin1String("elapsed_time"))
            compare(column, numbers);
        else if (base.at(column) == QLatin1String("3"))
            compare(column, numbers);
        else
            compare(column, texts);
    }
    EXPECT_GT(compared, 200);
}

TEST(FastCsv, OtherKeepsItsUtf8BytesAndDecodesOnlyWhatIsNotUtf8)
{
    // `other` is kept as UTF-8 (UsageRecord::other). It must hold what decoding the cell to a QString and encoding
    // it back gave before: the same bytes for valid UTF-8, U+FFFD where the bytes are not UTF-8. The stored text and
    // the content hash of rows without an id depend on it.
    const QByteArray samples[] = { QByteArray(), QByteArray("{\"frt\":1}"), QByteArray("缓存 \xF0\x9F\x98\x80"),
        QByteArray("\xEF\xBB\xBF{}"), QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"), QByteArray("a\0b", 3),
        QByteArray("bad \xFF tail"), QByteArray("\xC0\xAF"), QByteArray("\xED\xA0\x80"), QByteArray("cut \xE4\xB8"),
        QByteArray("\xF4\x90\x80\x80"), QByteArray("\x80\x80\x80") };
    int kept = 0;
    for (const QByteArray &b : samples) {
        EXPECT_EQ(UsageRecord::utf8(b), QString::fromUtf8(b).toUtf8()) << b.toHex().constData();
        if (UsageRecord::utf8(b) == b)
            ++kept;
    }
    EXPECT_EQ(kept, 4); // the valid ones, unchanged; byte order marks are dropped and other bytes replaced

    // Through a mapped CSV row's UTF-8 cells and through its text: the same `other`.
    RowMapperConfig config = logMapperConfig();
    config.csv = true;
    const QStringList header = recordFieldNames();
    RowMapper mapper(config);
    ASSERT_TRUE(mapper.bindHeader(header).ok());
    std::vector<QByteArray> cells(size_t(header.size()));
    cells[size_t(header.indexOf(QLatin1String("created_at")))] = "1772496000";
    const qsizetype otherColumn = header.indexOf(QLatin1String("other"));
    ASSERT_GE(otherColumn, 0);
    for (const QByteArray &b : samples) {
        cells[size_t(otherColumn)] = b;
        const std::vector<QByteArrayView> views(cells.begin(), cells.end());
        QStringList text;
        for (const QByteArray &c : cells)
            text << QString::fromUtf8(c);
        TextInterner interner;
        const auto viaBytes = mapper.map(views.data(), &interner);
        const auto viaText = mapper.map(text);
        ASSERT_TRUE(viaBytes.ok() && viaText.ok()) << b.toHex().constData();
        EXPECT_EQ(viaBytes.value().other, QString::fromUtf8(b).toUtf8()) << b.toHex().constData();
        EXPECT_EQ(viaText.value().other, viaBytes.value().other) << b.toHex().constData();
    }

    // The content hash of a row without an id is what it was when `other` was a QString (worked out by hand: SHA-1
    // of the fields, joined by 0x1f, UTF-8), so that importing the same file again still finds its duplicates.
    UsageRecord r;
    r.createdAt = 1772496000;
    r.type = 2;
    r.userId = 7;
    r.tokenId = 3;
    r.channelId = 4;
    r.quota = 52;
    r.promptTokens = 29;
    r.completionTokens = 213;
    r.cacheReadTokens = 5;
    r.useTimeMs = 4000;
    r.isStream = true;
    r.userName = QStringLiteral("user00");
    r.tokenName = QStringLiteral("key-002");
    r.model = QStringLiteral("gpt-4o-mini");
    r.channelName = QStringLiteral("渠道-1");
    r.group = QStringLiteral("vip");
    r.requestId = QStringLiteral("req-1");
    r.content = QStringLiteral("模型倍率 0.075");
    r.other = QStringLiteral("{\"frt\": 150.6, \"note\": \"缓存\"}").toUtf8();
    EXPECT_EQ(IdentityAssigner::contentHash(r), QByteArray("e5ec756c09074a47"));
}

TEST(FastJson, ObjectsMapAsQtParsesThem)
{
    const RowMapper mapper(logMapperConfig());
    JsonRowParser fast(mapper);
    TextInterner interner;
    const char *const plain[] = {
        R"({"id":1,"created_at":1772496000,"type":2,"username":"u","token_name":"k","model_name":"gpt-4o","quota":52,"prompt_tokens":29,"completion_tokens":213,"use_time":4,"is_stream":true,"channel":1,"channel_name":"c","token_id":3,"group":"vip","ip":"","request_id":"177","other":"{\"cache_tokens\": 7}"})",
        R"({"created_at":"1772496000","quota":"12","prompt_tokens":" 5 ","completion_tokens":12.0,"use_time":1.5,"is_stream":"1"})",
        R"({"created_at":"2026-03-01 00:00:00","quota":-0,"prompt_tokens":1e3,"is_stream":false,"model_name":"\u00fc\"q\""})",
        R"({"created_at":1772496000123,"quota":null,"prompt_tokens":true,"use_time":null,"other":""})",
        R"({"created_at":1772496000,"quota":12.5})",
        R"({"created_at":1772496000,"prompt_tokens":1e300})",
        R"({"created_at":1772496000,"prompt_tokens":-1})",
        R"({"created_at":1772496000,"type":99999999999})",
        R"({"created_at":1772496000,"is_stream":"maybe"})",
        R"({"created_at":1772496000,"id":9223372036854775807,"unmapped":{"nested":[1,2]}})",
        R"({"created_at":1772496000,"model_name":12.25,"username":7,"token_name":false})",
        R"({"created_at":""})",
        R"({})",
    };
    for (const char *text : plain) {
        const QByteArray json(text);
        std::array<JsonCell, RowMapper::FieldCount> cells;
        const bool taken = fast.parse(json, &cells);
        EXPECT_EQ(taken, JsonRowParser::available()) << text;
        if (!taken)
            continue;
        QString implausibleQt, implausibleFast;
        const auto viaQt = mapper.map(QJsonDocument::fromJson(json).object(), &implausibleQt);
        const auto viaFast = mapper.map(cells, &interner, &implausibleFast);
        expectSameResult(viaQt, viaFast, QString::fromUtf8(json));
        EXPECT_EQ(implausibleQt, implausibleFast) << text;
    }
    // What only Qt's parser can say exactly is declined: the caller parses it as before.
    const char *const declined[] = {
        R"({"created_at":1772496000,"quota":1,"quota":2})",
        R"({"created_at":1772496000,"other":{"cache_tokens":1}})",
        R"({"created_at":1772496000,"quota":18446744073709551615})",
        R"([{"created_at":1772496000}])",
        R"({"created_at":1772496000,)",
        "{\"created_at\":1772496000,\"model_name\":\"\xFF\"}",
    };
    for (const char *text : declined) {
        std::array<JsonCell, RowMapper::FieldCount> cells;
        EXPECT_FALSE(fast.parse(QByteArray(text), &cells)) << text;
    }
}

TEST(FastJson, OtherCountsAsQtReadsThem)
{
    struct Case
    {
        const char *other;
        qint64 read;
        qint64 write;
    };
    const Case cases[] = {
        { R"({"cache_tokens":5})", 5, 0 },
        { R"({"cache_tokens":"7"})", 7, 0 },
        { R"({"cache_tokens":true,"cache_creation_tokens":3.0})", 1, 3 },
        { R"({"cache_creation_tokens":"9","cache_creation_tokens_5m":1,"cache_creation_tokens_1h":2})", 0, 3 },
        { R"({"cache_tokens":1e30})", std::numeric_limits<qint64>::max(), 0 },
        { R"({"cache_tokens":{"a":1},"cache_creation_tokens":[4]})", 0, 0 },
        { R"({"x":[1,{"cache_tokens":9}],"cache_tokens":null})", 0, 0 },
        { R"({"cache_tokens":2.5})", 0, 0 },
        { R"(not json)", 0, 0 },
        { R"({"cache_tokens":4)", 0, 0 },
        { R"( {"cache_tokens":"\u0036"} )", 6, 0 },
    };
    for (const Case &c : cases) {
        UsageRecord r;
        r.other = c.other;
        applyOther(&r);
        EXPECT_EQ(r.cacheReadTokens, c.read) << c.other;
        EXPECT_EQ(r.cacheWriteTokens, c.write) << c.other;
    }
    // A repeated key counts as Qt's parser decides.
    const QByteArray twice = R"({"cache_tokens":1,"cache_tokens":2})";
    UsageRecord r;
    r.other = twice;
    applyOther(&r);
    EXPECT_EQ(r.cacheReadTokens, QJsonDocument::fromJson(twice).object().value(QLatin1String("cache_tokens")).toInteger());
}

TEST(FastJson, ItemsAreSkimmedWithTheirStringsIntact)
{
    const QByteArray doc = R"({"success":true,"data":{"items":[{"a":"}]\"{","b":[1,{"c":"]"}]} , [["x"]],{"d":"\\"}]}})";
    QBuffer buffer;
    buffer.setData(doc);
    buffer.open(QIODevice::ReadOnly);
    JsonItemReader reader(&buffer);
    QList<QByteArray> items;
    ASSERT_TRUE(reader.read([&](QByteArrayView item, qint64, qint64) -> Result<void> {
        items << item.toByteArray();
        return {};
    }).ok());
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items.at(0), QByteArray(R"({"a":"}]\"{","b":[1,{"c":"]"}]})"));
    EXPECT_EQ(items.at(1), QByteArray(R"([["x"]])"));
    EXPECT_EQ(items.at(2), QByteArray(R"({"d":"\\"})"));

    QBuffer cut;
    cut.setData(R"([{"a":"un)");
    cut.open(QIODevice::ReadOnly);
    JsonItemReader truncated(&cut);
    const auto r = truncated.read([](QByteArrayView, qint64, qint64) -> Result<void> { return {}; });
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("ends inside a string"))) << qPrintable(r.error().message);
}

namespace {

/// The items of "[item,item,...]" as the skim defines them, one byte at a time: outside strings a quote opens one
/// and brackets nest; inside, a backslash skips the next byte and a quote closes it.
QList<QByteArray> itemsByteByByte(const QByteArray &doc)
{
    QList<QByteArray> items;
    qsizetype i = 1;
    for (;;) {
        const qsizetype start = i;
        int depth = 0;
        bool inString = false;
        for (; i < doc.size(); ++i) {
            const char c = doc.at(i);
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                ++i;
                break;
            }
        }
        items << doc.mid(start, i - start);
        if (i >= doc.size() || doc.at(i) == ']')
            return items;
        ++i; // the comma
    }
}

/// A container whose strings hold escaped quotes, backslashes and brackets, with runs of filler between its parts
/// so that they fall anywhere in a 64-byte block, and (when strays is set) backslashes outside strings, which are
/// not JSON but must be skimmed as before.
QByteArray randomContainer(std::mt19937 &random, int depth, bool strays)
{
    const auto pick = [&](int n) { return int(random() % unsigned(n)); };
    const bool object = pick(2) == 0;
    QByteArray out(1, object ? '{' : '[');
    const int parts = pick(6);
    for (int p = 0; p < parts; ++p) {
        out += QByteArray(pick(3) == 0 ? pick(90) : pick(4), 'x');
        switch (pick(strays ? 5 : 4)) {
        case 0:
        case 1: {
            out += '"';
            const char *const pieces[]
                = { "\\\"", "\\\\", "{", "}", "[", "]", "a", "\\n", "\\u00e9", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" };
            for (int k = pick(30); k > 0; --k)
                out += pieces[pick(10)];
            out += '"';
            break;
        }
        case 2:
            out += depth < 4 ? randomContainer(random, depth + 1, strays) : QByteArray("0");
            break;
        case 3:
            out += ':';
            break;
        default:
            out += pick(2) == 0 ? "\\" : "\\\"";
            if (out.endsWith('"'))
                out += "\\\\\""; // the string the quote opened, with an escaped backslash, closed again
            break;
        }
    }
    out += object ? '}' : ']';
    return out;
}

} // namespace

// The reading thread skims a JSON page's items 64 bytes at a time where it can: the items must be those a byte at a
// time finds, wherever quotes, escapes and brackets fall in a block or a read chunk, and with backslashes outside
// strings too (the block falls back to bytes).
TEST(FastJson, ItemsSkimmedInBlocksAreThoseFoundByteByByte)
{
    for (const bool strays : { false, true }) {
        for (unsigned seed = 1; seed <= 6; ++seed) {
            SCOPED_TRACE(testing::Message() << "seed " << seed << (strays ? " with stray backslashes" : ""));
            std::mt19937 random(seed);
            QByteArray doc("[");
            // A few read chunks' worth, so that items straddle ByteStream's chunk edges too.
            while (doc.size() < (seed <= 2 ? 3 * ByteStream::ChunkSize : 200000)) {
                if (doc.size() > 1)
                    doc += ',';
                doc += randomContainer(random, 0, strays);
            }
            doc += ']';
            const QList<QByteArray> expected = itemsByteByByte(doc);
            ASSERT_EQ("[" + expected.join(',') + "]", doc); // every item closes where it was made to
            QBuffer buffer;
            buffer.setData(doc);
            buffer.open(QIODevice::ReadOnly);
            JsonItemReader reader(&buffer);
            QList<QByteArray> items;
            const auto read = reader.read([&](QByteArrayView item, qint64, qint64) -> Result<void> {
                items << item.toByteArray();
                return {};
            });
            ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
            ASSERT_EQ(items.size(), expected.size());
            for (qsizetype k = 0; k < items.size(); ++k)
                ASSERT_EQ(items.at(k), expected.at(k)) << "item " << k;
        }
    }
}

TEST(FastJson, EscapesAtTheEdgeOfAReadBlockAreSkippedRight)
{
    // The reader takes the file in blocks of ByteStream::ChunkSize: a backslash as a block's last byte escapes the
    // next block's first. Escaped quotes, a doubled backslash and brackets in strings around each edge.
    for (const qsizetype shift : { -3, -2, -1, 0, 1, 2 }) {
        SCOPED_TRACE(shift);
        const QByteArray head = R"([{"a":")";
        const QByteArray first = R"({"a":")" + QByteArray(ByteStream::ChunkSize - 1 - head.size() + shift, 'p')
            + R"(\"]}{[\\","b":"\\\"}"})";
        const QByteArray second = R"({"c":"\\"})";
        QBuffer buffer;
        buffer.setData("[" + first + ",\n" + second + "]");
        buffer.open(QIODevice::ReadOnly);
        JsonItemReader reader(&buffer);
        QList<QByteArray> items;
        QList<qint64> lines;
        ASSERT_TRUE(reader.read([&](QByteArrayView item, qint64 line, qint64) -> Result<void> {
            items << item.toByteArray();
            lines << line;
            return {};
        }).ok());
        ASSERT_EQ(items.size(), 2);
        EXPECT_EQ(items.at(0), first);
        EXPECT_EQ(items.at(1), second);
        EXPECT_EQ(lines, (QList<qint64> { 1, 2 }));
        EXPECT_EQ(QJsonDocument::fromJson(items.at(0)).object().value(QLatin1String("b")).toString(),
            QStringLiteral("\\\"}"));
    }
}

TEST(FastJson, ALargeObjectThenSmallOnesParseRight)
{
    const RowMapper mapper(logMapperConfig());
    JsonRowParser fast(mapper);
    TextInterner interner;
    const QByteArray content(6 << 20, 'c');
    const QByteArray big = R"({"created_at":1772496000,"content":")" + content + R"(","model_name":"big"})";
    const QByteArray small = R"({"created_at":1772496001,"model_name":"small","other":"{\"cache_tokens\":3}"})";
    for (const QByteArray &json : { big, small, big, small }) {
        std::array<JsonCell, RowMapper::FieldCount> cells;
        if (!fast.parse(json, &cells)) {
            EXPECT_FALSE(JsonRowParser::available());
            continue;
        }
        const auto record = mapper.map(cells, &interner);
        ASSERT_TRUE(record.ok()) << qPrintable(record.error().message);
        const bool isBig = json.size() > content.size();
        EXPECT_EQ(record->model, isBig ? QStringLiteral("big") : QStringLiteral("small"));
        EXPECT_EQ(record->content.size(), isBig ? content.size() : 0);
        EXPECT_EQ(record->cacheReadTokens, isBig ? 0 : 3);
        EXPECT_EQ(record->createdAt, isBig ? 1772496000 : 1772496001);
    }
}
