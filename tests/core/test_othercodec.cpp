#include "store/cachedb.h"
#include "store/othercodec.h"
#include "store/recordquery.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "support/printers.h"
#include "support/tempcache.h"
#include "support/varint.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

constexpr qint64 Start = 1772323200; // 2026-03-01T00:00:00Z

// `other` as new-api writes it for a chat request (Go's encoding/json: no spaces, keys sorted).
QByteArray gatewayOther(int i)
{
    return QStringLiteral(R"({"admin_info":{"use_channel":["%1"]},"cache_ratio":0.5,"cache_tokens":%2,)"
                          R"("completion_ratio":4,"frt":%3.5,"group_ratio":1,"model_price":-1,"model_ratio":0.075,)"
                          R"("request_path":"/v1/chat/completions","user_group_ratio":-1})")
        .arg(i % 4 + 1)
        .arg(i * 7 % 300)
        .arg(100 + i)
        .toUtf8();
}

bool roundTrips(const QByteArray &text)
{
    QByteArray shape, values, back;
    if (!OtherCodec::split(text, &shape, &values))
        return true; // stays text
    EXPECT_TRUE(OtherCodec::join(shape, values, &back)) << text.toStdString();
    EXPECT_EQ(back, text);
    EXPECT_LE(shape.size(), OtherCodec::MaxShapeBytes);
    return back == text;
}

UsageRecord record(int i, const QByteArray &other)
{
    UsageRecord r;
    r.identity = QStringLiteral("id:%1").arg(i + 1);
    r.gatewayId = i + 1;
    r.createdAt = Start + i * 7;
    r.userName = QStringLiteral("user%1").arg(i % 3);
    r.model = i % 2 ? QStringLiteral("gpt-4o") : QStringLiteral("deepseek-chat");
    r.quota = 100 + i;
    r.promptTokens = 10;
    r.other = other;
    return r;
}

class OtherStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_cache = openCache(m_dir.path());
        m_source = SourceRepository(m_cache.db())
                       .ensure(QStringLiteral("a"), QStringLiteral("file"), SourceInfo::Backing::Records)
                       .value();
    }

    void write(const QList<UsageRecord> &records, bool commit = true)
    {
        RecordWriter w(m_cache.db(), m_source);
        ASSERT_TRUE(w.begin().ok());
        const auto written = w.write(records);
        ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        if (commit)
            ASSERT_TRUE(w.commit().ok());
        else
            w.rollback();
    }

    QList<QByteArray> readBack()
    {
        QList<QByteArray> out;
        const auto visited = RecordQuery(m_cache.db()).forEach(0, Start * 2, Filter(), [&](const UsageRecord &r) {
            out << r.other;
            return true;
        });
        EXPECT_TRUE(visited.ok()) << visited.error().message.toStdString();
        return out;
    }

    qint64 stored(const char *type) { return othersStoredAs(m_cache.db(), type); }

    TempDir m_dir;
    CacheDb m_cache;
    qint64 m_source = 0;
};

} // namespace

TEST(OtherCodec, SplitsTheValuesFromTheLayoutAndJoinsBackTheSameBytes)
{
    QByteArray shape, values, back;
    ASSERT_TRUE(OtherCodec::split(
        QByteArrayLiteral(R"({"a": "x\"y", "b" :[1, true,null], "c":{"d":-2.5e3}})"), &shape, &values));
    EXPECT_EQ(shape, QByteArrayLiteral(R"({"a": #, "b" :[#, #,#], "c":{"d":#}})").replace('#', OtherCodec::Hole));
    ASSERT_TRUE(OtherCodec::join(shape, values, &back));
    EXPECT_EQ(back, QByteArrayLiteral(R"({"a": "x\"y", "b" :[1, true,null], "c":{"d":-2.5e3}})"));
    // Two layouts of the same keys with different values share their shape.
    QByteArray shape2, values2;
    ASSERT_TRUE(OtherCodec::split(gatewayOther(1), &shape, &values));
    ASSERT_TRUE(OtherCodec::split(gatewayOther(2), &shape2, &values2));
    EXPECT_EQ(shape, shape2);
    EXPECT_NE(values, values2);
    EXPECT_LT(values.size(), gatewayOther(1).size() / 2);
}

TEST(OtherCodec, TextItCannotSplitIsRefusedAndBrokenValuesAreNotJoined)
{
    QByteArray shape, values, back;
    EXPECT_FALSE(OtherCodec::split(QByteArrayLiteral(R"({"a":"open)"), &shape, &values)); // unterminated
    EXPECT_FALSE(OtherCodec::split(QByteArrayLiteral(R"({"a":"x\"})"), &shape, &values)); // escaped end
    EXPECT_FALSE(OtherCodec::split(QByteArray("{\"a\":1,\0}", 9), &shape, &values)); // a NUL byte
    QByteArray longKeys = "{";
    for (int i = 0; i < 300; ++i)
        longKeys += "\"key_" + QByteArray::number(i) + "\":1,";
    longKeys += "\"end\":0}";
    EXPECT_FALSE(OtherCodec::split(longKeys, &shape, &values)); // a shape beyond MaxShapeBytes
    EXPECT_TRUE(OtherCodec::split(QByteArrayLiteral(R"({"a":"x\\"})"), &shape, &values)); // escaped backslash

    ASSERT_TRUE(OtherCodec::split(QByteArrayLiteral(R"({"a":12,"b":"cd"})"), &shape, &values));
    EXPECT_FALSE(OtherCodec::join(shape, values.chopped(1), &back)); // a value cut short
    EXPECT_FALSE(OtherCodec::join(shape, values + "\x01x", &back)); // a value too many
    EXPECT_FALSE(OtherCodec::join(shape, QByteArray("\xff\xff\xff"), &back)); // a length past the end
}

TEST(OtherCodec, AnyTextItSplitsJoinsBackExactly)
{
    // Mutations of real layouts and random bytes: whatever split() accepts, join() must give back byte for byte.
    QRandomGenerator rng(7);
    const QByteArray alphabet = QByteArrayLiteral("{}[]:,\" \t\n\\abc019.-etrufnl\xc3\xa9");
    int accepted = 0;
    for (int n = 0; n < 20000; ++n) {
        QByteArray text;
        if (n % 2 == 0) {
            text = gatewayOther(n);
            for (int k = rng.bounded(1, 6); k > 0; --k) {
                const int at = rng.bounded(text.size());
                switch (rng.bounded(3)) {
                case 0:
                    text.remove(at, rng.bounded(1, 4));
                    break;
                case 1:
                    text.insert(at, alphabet.at(rng.bounded(alphabet.size())));
                    break;
                default:
                    text[at] = alphabet.at(rng.bounded(alphabet.size()));
                }
            }
        } else {
            for (int k = rng.bounded(1, 80); k > 0; --k)
                text += alphabet.at(rng.bounded(alphabet.size()));
        }
        QByteArray shape, values;
        accepted += OtherCodec::split(text, &shape, &values) ? 1 : 0;
        ASSERT_TRUE(roundTrips(text)) << text.toStdString();
    }
    EXPECT_GT(accepted, 5000); // the test exercised join(), not only refusals
}

TEST(Varint, RoundTripsAndRefusesWhatRunsPastTheEnd)
{
    // The varints of `other`'s blobs and of the minute lists (support/varint.h).
    for (quint64 v : { quint64(0), quint64(1), quint64(127), quint64(128), quint64(300), quint64(1) << 40,
             std::numeric_limits<quint64>::max() }) {
        char buf[Varint::MaxBytes];
        const QByteArray out(buf, Varint::put(buf, v) - buf);
        const auto *begin = reinterpret_cast<const unsigned char *>(out.constData());
        const unsigned char *p = begin;
        quint64 back = 0;
        ASSERT_TRUE(Varint::read(&p, begin + out.size(), &back));
        EXPECT_EQ(back, v);
        EXPECT_EQ(p - begin, out.size());
        p = begin;
        if (out.size() > 1) {
            EXPECT_FALSE(Varint::read(&p, begin + out.size() - 1, &back));
        }
    }
}

TEST_F(OtherStoreTest, GatewayOtherIsStoredByLayoutAndReadBackAsItWas)
{
    QList<UsageRecord> records;
    QList<QByteArray> expected;
    for (int i = 0; i < 300; ++i) {
        // Two layouts, text too short to gain, text that is not JSON, and an empty `other`.
        QByteArray other = i % 10 == 3 ? QByteArrayLiteral(R"({"one_api_type":5})")
            : i % 10 == 5              ? QByteArrayLiteral("not json at all, \"unterminated")
            : i % 10 == 7              ? QByteArray()
            : i % 2 == 0               ? gatewayOther(i)
                         : QStringLiteral(R"({"error_code":"timeout","status_code":%1})").arg(500 + i).toUtf8();
        records << record(i, other);
        expected << other;
    }
    write(records.mid(0, 150));
    write(records.mid(150));
    EXPECT_EQ(readBack(), expected);
    EXPECT_EQ(stored("blob"), 210);
    EXPECT_EQ(stored("text"), 90);
    EXPECT_EQ(scalar(m_cache.db(), QStringLiteral("SELECT count(*) FROM other_shapes")), 2);
    // Stored smaller: the keys are kept once.
    EXPECT_LT(scalar(m_cache.db(),
                  QStringLiteral("SELECT max(length(other)) FROM usage_records WHERE typeof(other) = 'blob'")),
        gatewayOther(0).size() / 2);
    // Writing the same again: duplicates, and no new layout.
    write(records);
    EXPECT_EQ(scalar(m_cache.db(), QStringLiteral("SELECT count(*) FROM usage_records")), 300);
    EXPECT_EQ(scalar(m_cache.db(), QStringLiteral("SELECT count(*) FROM other_shapes")), 2);
}

TEST_F(OtherStoreTest, EstimatedTokensStayFindableByTheirText)
{
    QList<UsageRecord> records;
    for (int i = 0; i < 20; ++i) {
        records << record(i,
            i % 4 == 0 ? QByteArrayLiteral(R"({"estimated_tokens":true,"estimator":"cl100k","frt":120})")
                       : gatewayOther(i));
    }
    write(records);
    EXPECT_EQ(stored("text"), 5);
    EXPECT_EQ(
        scalar(m_cache.db(),
            QStringLiteral("SELECT count(*) FROM usage_records WHERE instr(other, '\"estimated_tokens\":true') > 0")),
        5);
    EXPECT_EQ(scalar(m_cache.db(),
                  QStringLiteral("SELECT count(*) FROM usage_records INDEXED BY usage_records_estimated WHERE "
                                 "source_id = %1 AND instr(other, '\"estimated_tokens\":true') > 0")
                      .arg(m_source)),
        5);
}

TEST_F(OtherStoreTest, ARolledBackWriteLeavesNoLayoutAndTheNextWriteStoresItsOwn)
{
    write({ record(0, gatewayOther(0)) }, false);
    EXPECT_EQ(scalar(m_cache.db(), QStringLiteral("SELECT count(*) FROM other_shapes")), 0);
    write({ record(1, QStringLiteral(R"({"error_code":"timeout","status_code":504})").toUtf8()),
        record(2, gatewayOther(2)) });
    EXPECT_EQ(readBack(),
        (QList<QByteArray> { QByteArrayLiteral(R"({"error_code":"timeout","status_code":504})"), gatewayOther(2) }));
    EXPECT_EQ(scalar(m_cache.db(), QStringLiteral("SELECT count(*) FROM other_shapes")), 2);
}

TEST_F(OtherStoreTest, ADamagedLayoutIsReportedNotReadAsOtherText)
{
    write({ record(0, gatewayOther(0)) });
    ASSERT_EQ(execSql(m_cache.db(), QStringLiteral("DELETE FROM other_shapes")), QString());
    const auto visited
        = RecordQuery(m_cache.db()).forEach(0, Start * 2, Filter(), [](const UsageRecord &) { return true; });
    ASSERT_FALSE(visited.ok());
    EXPECT_NE(visited.error().message.indexOf(QStringLiteral("damaged")), -1) << visited.error().message.toStdString();
}

TEST_F(OtherStoreTest, RecordsOfAnOlderSchemaKeepTheirTextAndNewOnesAreStoredByLayout)
{
    // A cache written before schema 14 holds `other` as text, with no other_shapes table.
    write({ record(0, gatewayOther(0)) });
    ASSERT_EQ(
        execSql(m_cache.db(),
            QStringLiteral("UPDATE usage_records SET other = '%1'; DROP TABLE other_shapes; PRAGMA user_version = 13")
                .arg(QString::fromUtf8(gatewayOther(0)))),
        QString());
    const QString path = m_dir.path();
    m_cache = CacheDb();
    m_cache = openCache(path, QStringLiteral("reopened"));
    EXPECT_EQ(scalar(m_cache.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
    write({ record(1, gatewayOther(1)) });
    EXPECT_EQ(stored("text"), 1);
    EXPECT_EQ(stored("blob"), 1);
    EXPECT_EQ(readBack(), (QList<QByteArray> { gatewayOther(0), gatewayOther(1) }));
    const auto verified = verifyRollups(m_cache.db());
    ASSERT_TRUE(verified.ok());
    EXPECT_EQ(verified->mismatches, 0);
}

TEST_F(OtherStoreTest, BeyondTheLayoutLimitOtherStaysText)
{
    // Every record a layout of its own (keys that carry data): the table stops growing at MaxShapes.
    QList<UsageRecord> records;
    const int count = int(OtherCodec::MaxShapes) + 50;
    for (int i = 0; i < count; ++i)
        records << record(i, QStringLiteral(R"({"key_number_%1":123456789})").arg(i, 6, 10, QLatin1Char('0')).toUtf8());
    write(records);
    EXPECT_EQ(scalar(m_cache.db(), QStringLiteral("SELECT count(*) FROM other_shapes")), OtherCodec::MaxShapes);
    EXPECT_EQ(stored("text"), 50);
    const QList<QByteArray> back = readBack();
    ASSERT_EQ(back.size(), count);
    EXPECT_EQ(back.first(), records.first().other);
    EXPECT_EQ(back.last(), records.last().other);
}

TEST_F(OtherStoreTest, AnOtherLongerThan64KiBStaysText)
{
    // Its layout would split (one key, one value), but the split's buffers are twice the text: past 64 KiB the
    // text is stored as it is.
    const QByteArray longOther = "{\"note\":\"" + QByteArray(70 * 1024, 'x') + "\",\"frt\":12}";
    const QByteArray shorter = "{\"note\":\"" + QByteArray(60 * 1024, 'x') + "\",\"frt\":12}";
    write({ record(0, longOther), record(1, shorter) });
    EXPECT_EQ(stored("text"), 1);
    EXPECT_EQ(stored("blob"), 1);
    EXPECT_EQ(readBack(), (QList<QByteArray> { longOther, shorter }));
}
