#pragma once

#include "model/usagerecord.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "support/tempcache.h"

#include <gtest/gtest.h>

namespace QuotaScope::Test {

/**
 * A crafted week and a half of usage for the alert tests, on a grid of whole UTC hours.
 *
 * Day0 is 2026-03-10 (UTC). On each of the 8 days before it, between 10:00 and 11:00: token "steady" makes
 * 28..32 requests of 1000 quota on channel 7 with gpt-4o; token "quiet" makes 2 requests of 500. On day 0 in
 * the same hour: "steady" makes 300 requests of 1000 (a spike), "quiet" makes 6 (a spike of ratio but below
 * any minimum volume), and "steady" uses model "o1" once for the first time; channel 9 serves 60 requests of
 * which 18 fail (30 %) and channel 11 serves 10 of which 5 fail (50 %, but too few requests).
 */
struct AlertData
{
    static constexpr qint64 Day0 = 1773100800; // 2026-03-10T00:00:00Z
    static constexpr qint64 SpikeHour = Day0 + 10 * 3600;
    static constexpr qint64 Hour = 3600;
    static constexpr qint64 Day = 86400;

    static UsageRecord rec(const QString &id, qint64 t, const QString &token, qint64 channel, const QString &model,
        qint64 quota, LogType type = LogType::Consume)
    {
        UsageRecord r;
        r.identity = id;
        r.createdAt = t;
        r.type = int(type);
        r.userName = QStringLiteral("alice");
        r.tokenName = token;
        r.model = model;
        r.channelId = channel;
        r.quota = type == LogType::Consume ? quota : 0;
        r.promptTokens = type == LogType::Consume ? 100 : 0;
        return r;
    }

    static QList<UsageRecord> records()
    {
        QList<UsageRecord> out;
        int n = 0;
        const auto id = [&n] { return QStringLiteral("id:%1").arg(++n); };
        for (int d = 8; d >= 1; --d) {
            const qint64 hour = SpikeHour - d * Day;
            const int requests = 28 + d % 5;
            for (int i = 0; i < requests; ++i)
                out << rec(id(), hour + i * 60, QStringLiteral("steady"), 7, QStringLiteral("gpt-4o"), 1000);
            for (int i = 0; i < 2; ++i)
                out << rec(id(), hour + 120 + i * 600, QStringLiteral("quiet"), 7, QStringLiteral("gpt-4o"), 500);
        }
        for (int i = 0; i < 300; ++i)
            out << rec(id(), SpikeHour + i * 11, QStringLiteral("steady"), 7, QStringLiteral("gpt-4o"), 1000);
        for (int i = 0; i < 6; ++i)
            out << rec(id(), SpikeHour + 60 + i * 300, QStringLiteral("quiet"), 7, QStringLiteral("gpt-4o"), 500);
        out << rec(id(), SpikeHour + 1800, QStringLiteral("steady"), 7, QStringLiteral("o1"), 2000);
        for (int i = 0; i < 60; ++i)
            out << rec(id(), SpikeHour + i * 50, QStringLiteral("batch"), 9, QStringLiteral("gpt-4o"), 10,
                i % 10 < 3 ? LogType::Error : LogType::Consume);
        for (int i = 0; i < 10; ++i)
            out << rec(id(), SpikeHour + i * 50, QStringLiteral("batch"), 11, QStringLiteral("gpt-4o"), 10,
                i % 2 ? LogType::Error : LogType::Consume);
        return out;
    }

    /// Writes the records into a new gateway source "gw"; returns its id.
    static qint64 write(sqlite3 *db)
    {
        auto source
            = SourceRepository(db).ensure(QStringLiteral("gw"), QStringLiteral("newapi"), SourceInfo::Backing::Records);
        EXPECT_TRUE(source.ok()) << source.error().message.toStdString();
        if (!source)
            return 0;
        RecordWriter w(db, source.value());
        EXPECT_TRUE(w.begin().ok());
        const auto written = w.write(records());
        EXPECT_TRUE(written.ok());
        EXPECT_TRUE(w.commit().ok());
        return source.value();
    }
};

} // namespace QuotaScope::Test
