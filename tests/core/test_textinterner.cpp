// Dimension texts decoded once per process (TextPool) and per thread (TextInterner): the same text as
// QString::fromUtf8 gives, the same memory for the same bytes on every thread, alive after the interner, bounded.
#include "ingest/textinterner.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace QuotaScope;

namespace {

const QByteArray Samples[] = {
    "gpt-4o-mini",
    "渠道-1",
    "user 07",
    "\xEF\xBB\xBFwith a byte order mark",
    "bad \xC3 byte", // a truncated sequence: U+FFFD, as fromUtf8 makes it
    "\xF0\x9F\x98\x80 emoji", // outside the BMP: a surrogate pair
    "x",
};

TEST(TextPool, GivesWhatFromUtf8GivesAndTheSameMemoryEachTime)
{
    TextPool pool;
    for (const QByteArray &utf8 : Samples) {
        QByteArray key1, key2;
        QString text1, text2;
        ASSERT_TRUE(pool.find(utf8, &key1, &text1)) << utf8.constData();
        EXPECT_EQ(text1, QString::fromUtf8(utf8)) << utf8.constData();
        EXPECT_EQ(key1, utf8);
        // A second find with a copy of the bytes at another address gives the pooled text and key.
        const QByteArray copy(utf8.constData(), utf8.size());
        ASSERT_TRUE(pool.find(copy, &key2, &text2));
        EXPECT_EQ(text2.constData(), text1.constData());
        EXPECT_EQ(key2.constData(), key1.constData());
        EXPECT_NE(key1.constData(), utf8.constData()) << "the pool keeps its own copy of the bytes";
    }
    QByteArray key;
    QString text;
    EXPECT_FALSE(pool.find(QByteArrayView(), &key, &text));
    EXPECT_FALSE(pool.find(QByteArray(TextPool::MaxTextBytes + 1, 'a'), &key, &text));
    EXPECT_TRUE(pool.find(QByteArray(TextPool::MaxTextBytes, 'a'), &key, &text));
}

TEST(TextPool, StopsTakingTextsAtItsBoundAndKeepsWhatItHas)
{
    TextPool pool(8 << 10);
    QByteArray key;
    QString first;
    ASSERT_TRUE(pool.find("first", &key, &first));
    int pooled = 1;
    int refused = 0;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray utf8 = "user-" + QByteArray::number(i);
        QString text;
        if (pool.find(utf8, &key, &text)) {
            ++pooled;
            EXPECT_EQ(text, QString::fromUtf8(utf8));
        } else {
            ++refused;
        }
    }
    EXPECT_GT(pooled, 20);
    EXPECT_GT(refused, 1000);
    EXPECT_LE(pool.bytes(), 8 << 10);
    // What it holds is still handed out.
    QString again;
    ASSERT_TRUE(pool.find("first", &key, &again));
    EXPECT_EQ(again.constData(), first.constData());

    // An interner over a full pool still decodes every text right.
    TextInterner interner(&pool);
    EXPECT_EQ(interner.text("user-1999"), QStringLiteral("user-1999"));
    EXPECT_EQ(interner.text("渠道-1"), QStringLiteral("渠道-1"));
    EXPECT_EQ(interner.text("first").constData(), first.constData());
}

TEST(TextInterner, SharesThePoolsTextsAcrossThreadsAndOutlivesItself)
{
    TextPool pool;
    constexpr int Threads = 4;
    std::vector<std::vector<QString>> seen(Threads);
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            TextInterner interner(&pool);
            for (int round = 0; round < 200; ++round) {
                for (const QByteArray &utf8 : Samples)
                    seen[size_t(t)].push_back(interner.text(utf8));
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    // Every thread got the one pooled text per value, equal to the decoded bytes, and the texts are still
    // readable after the interners are gone (the pool keeps them).
    const size_t perRound = std::size(Samples);
    for (int t = 0; t < Threads; ++t) {
        ASSERT_EQ(seen[size_t(t)].size(), perRound * 200);
        for (size_t i = 0; i < seen[size_t(t)].size(); ++i) {
            const QString &text = seen[size_t(t)][i];
            EXPECT_EQ(text, QString::fromUtf8(Samples[i % perRound]));
            EXPECT_EQ(text.constData(), seen[0][i % perRound].constData());
        }
    }
    TextInterner interner(&pool);
    EXPECT_TRUE(interner.text(QByteArrayView()).isNull());
    // A copy that is changed detaches: the pooled text stays as it was.
    QString changed = interner.text("gpt-4o-mini");
    changed.append(QStringLiteral("-x"));
    EXPECT_EQ(interner.text("gpt-4o-mini"), QStringLiteral("gpt-4o-mini"));
    EXPECT_EQ(changed, QStringLiteral("gpt-4o-mini-x"));
}

TEST(TextInterner, UsesTheProcessPoolByDefault)
{
    QString a, b;
    {
        TextInterner first;
        a = first.text("model-shared-by-default");
    }
    TextInterner second;
    b = second.text("model-shared-by-default");
    EXPECT_EQ(a.constData(), b.constData());
    EXPECT_EQ(b, QStringLiteral("model-shared-by-default"));
}

} // namespace
