#include "store/cachedb.h"
#include "store/recordquery.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

constexpr qint64 Start = 1772323200; // 2026-03-01T00:00:00Z

class RecordQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_cache = openCache(m_dir.path());
        SourceRepository repo(m_cache.db());
        m_source = repo.ensure(QStringLiteral("a"), QStringLiteral("file"), SourceInfo::Backing::Records).value();
        m_other = repo.ensure(QStringLiteral("b"), QStringLiteral("file"), SourceInfo::Backing::Records).value();
    }

    /// count records over few distinct seconds, so that many share a created_at (the ties keyset paging must
    /// order by row id).
    void writeTies(int count)
    {
        QRandomGenerator rng(42);
        QList<UsageRecord> a, b;
        for (int i = 0; i < count; ++i) {
            UsageRecord r;
            r.identity = QStringLiteral("id:%1").arg(i);
            r.createdAt = Start + rng.bounded(40);
            r.type = i % 7 == 0 ? 5 : 2;
            r.userName = QStringLiteral("user%1").arg(rng.bounded(3));
            r.model = i % 2 ? QStringLiteral("gpt-4o") : QStringLiteral("deepseek-chat");
            r.requestId = QStringLiteral("req-%1").arg(i);
            r.content = i % 5 == 0 ? QStringLiteral("Upstream 100%_timeout") : QString();
            (i % 4 == 0 ? b : a).append(r);
        }
        for (const auto &[source, records] : { std::pair { m_source, a }, std::pair { m_other, b } }) {
            RecordWriter w(m_cache.db(), source);
            ASSERT_TRUE(w.begin().ok());
            ASSERT_TRUE(w.write(records).ok());
            ASSERT_TRUE(w.commit().ok());
        }
    }

    /// The identities of a plain ORDER BY over the whole table, with the same condition.
    QStringList plainOrder(const QString &where, bool descending)
    {
        const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        QStringList out;
        const auto all = rows(m_cache.db(),
            QStringLiteral("SELECT identity FROM usage_records WHERE %1 ORDER BY created_at%2, id%2").arg(where, dir));
        for (const QVariantList &row : all)
            out << row.at(0).toString();
        return out;
    }

    /// Every page of the selection, following the cursors, with the page sizes checked.
    QStringList keysetOrder(const RecordSelection &s, bool descending, int pageSize)
    {
        RecordQuery query(m_cache.db());
        QStringList out;
        std::optional<RecordCursor> after;
        for (int guard = 0; guard < 10000; ++guard) {
            const auto page = query.keysetPage(s, descending, after, pageSize);
            EXPECT_TRUE(page.ok()) << page.error().message.toStdString();
            if (!page.ok())
                break;
            EXPECT_EQ(page->records.size(), page->cursors.size());
            if (!page->atEnd) {
                EXPECT_EQ(page->records.size(), pageSize);
            }
            for (const UsageRecord &r : page->records)
                out << r.identity;
            if (page->atEnd || page->cursors.isEmpty())
                break;
            after = page->cursors.last();
        }
        return out;
    }

    TempDir m_dir;
    CacheDb m_cache;
    qint64 m_source = 0, m_other = 0;
};

TEST_F(RecordQueryTest, KeysetPagesEqualAPlainOrderByInBothDirectionsWithTies)
{
    writeTies(1000);
    RecordSelection all;
    all.from = Start;
    all.to = Start + 3600;
    all.filter.types.clear(); // every log type
    for (const bool descending : { true, false }) {
        const QStringList expected = plainOrder(QStringLiteral("1"), descending);
        ASSERT_EQ(expected.size(), 1000);
        for (const int pageSize : { 1, 7, 100, 999, 1000, 5000 }) {
            EXPECT_EQ(keysetOrder(all, descending, pageSize), expected)
                << "descending " << descending << ", page size " << pageSize;
        }
    }
}

TEST_F(RecordQueryTest, KeysetPagesHonourFilterRangeAndTypes)
{
    writeTies(600);
    RecordSelection s;
    s.from = Start + 10;
    s.to = Start + 30;
    s.filter.users = QStringList { QStringLiteral("user1"), QStringLiteral("user2") };
    s.filter.sourceIds = { m_source };
    s.filter.types = { 2 };
    const QString where = QStringLiteral("created_at >= %1 AND created_at < %2 AND user_name IN ('user1', 'user2') "
                                         "AND source_id = %3 AND type = 2")
                              .arg(s.from)
                              .arg(s.to)
                              .arg(m_source);
    for (const bool descending : { true, false }) {
        const QStringList expected = plainOrder(where, descending);
        ASSERT_GT(expected.size(), 20);
        EXPECT_EQ(keysetOrder(s, descending, 13), expected);
    }
    const auto count = RecordQuery(m_cache.db()).count(s);
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count.value(), plainOrder(where, true).size());
}

TEST_F(RecordQueryTest, JumpingToATimeStartsAtItsFirstRecordInEitherDirection)
{
    writeTies(500);
    RecordSelection all;
    all.from = Start;
    all.to = Start + 3600;
    all.filter.types.clear(); // every log type
    const qint64 t = Start + 20;
    RecordQuery query(m_cache.db());
    const auto newer = query.keysetPage(all, true, RecordCursor::before(t, true), 50);
    ASSERT_TRUE(newer.ok());
    EXPECT_EQ(newer->records.first().identity, plainOrder(QStringLiteral("created_at <= %1").arg(t), true).first());
    const auto older = query.keysetPage(all, false, RecordCursor::before(t, false), 50);
    ASSERT_TRUE(older.ok());
    EXPECT_EQ(older->records.first().identity, plainOrder(QStringLiteral("created_at >= %1").arg(t), false).first());
}

TEST_F(RecordQueryTest, SearchByRequestIdAndTextTakesWildcardsLiterally)
{
    writeTies(200);
    RecordQuery query(m_cache.db());
    RecordSelection s;
    s.from = Start;
    s.to = Start + 3600;
    s.filter.types.clear();
    s.requestId = QStringLiteral(" req-17 ");
    auto page = query.keysetPage(s, true, std::nullopt, 10);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->records.size(), 1);
    EXPECT_EQ(page->records.first().requestId, QStringLiteral("req-17"));

    s.requestId.clear();
    s.text = QStringLiteral("100%_TIME"); // case-insensitive; % and _ are not wildcards
    const auto count = query.count(s);
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count.value(), 40);
    s.text = QStringLiteral("100x_time");
    EXPECT_EQ(query.count(s).value(), 0);
    s.text = QStringLiteral("DEEPSEEK");
    EXPECT_EQ(query.count(s).value(), 100);
}

} // namespace
