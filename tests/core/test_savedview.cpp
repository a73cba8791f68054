#include "aggregate/recordexport.h"
#include "model/recordjson.h"
#include "model/savedview.h"
#include "support/tempcache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {
SavedView sampleView()
{
    SavedView v;
    v.name = QStringLiteral("Finance, November");
    v.range = QStringLiteral("custom");
    v.from = 1761955200; // 2025-11-01T00:00:00Z
    v.to = 1764547200;
    v.timeZone = QStringLiteral("Asia/Shanghai");
    v.granularity = Granularity::Week;
    v.sources = { QStringLiteral("prod gateway") };
    v.filter.users = { QStringLiteral("alice"), QStringLiteral("bob") };
    v.filter.tokens = { QStringLiteral("ci-key") };
    v.filter.models = { QStringLiteral("gpt-4o"), QStringLiteral("claude-sonnet-4") };
    v.filter.channels = { QStringLiteral("3") };
    v.filter.groups = { QStringLiteral("vip") };
    v.filter.types = { 2, 6 };
    v.groupBy = Dimension::Channel;
    v.metric = Metric::Tokens;
    v.topN = 5;
    return v;
}
} // namespace

TEST(SavedView, RoundTripsThroughAFile)
{
    TempDir dir;
    const SavedView v = sampleView();
    const QString path = dir.path(QStringLiteral("finance.json"));
    ASSERT_TRUE(v.save(path).ok());
    auto back = SavedView::load(path);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), v);
    EXPECT_EQ(back->filter.models, v.filter.models);
    EXPECT_EQ(back->groupBy, Dimension::Channel);
    EXPECT_EQ(back->metric, Metric::Tokens);
}

TEST(SavedView, WritesTheDocumentedFormat)
{
    const QJsonObject o = QJsonDocument::fromJson(sampleView().toBytes()).object();
    EXPECT_EQ(o.value(QLatin1String("quotascope_view")).toInt(), 1);
    EXPECT_EQ(o.value(QLatin1String("range")).toString(), QStringLiteral("custom"));
    EXPECT_EQ(o.value(QLatin1String("from")).toString(), QStringLiteral("2025-11-01T00:00:00Z"));
    EXPECT_EQ(o.value(QLatin1String("group_by")).toString(), QStringLiteral("channel"));
    EXPECT_EQ(o.value(QLatin1String("metric")).toString(), QStringLiteral("tokens"));
    const QJsonObject filters = o.value(QLatin1String("filters")).toObject();
    EXPECT_EQ(filters.value(QLatin1String("users")).toArray().size(), 2);
    EXPECT_EQ(filters.value(QLatin1String("sources")).toArray().at(0).toString(), QStringLiteral("prod gateway"));
    // A preset range stores no bounds: it moves with the clock.
    SavedView preset;
    const QJsonObject p = QJsonDocument::fromJson(preset.toBytes()).object();
    EXPECT_EQ(p.value(QLatin1String("range")).toString(), QStringLiteral("last-30-days"));
    EXPECT_FALSE(p.contains(QLatin1String("from")));
}

TEST(SavedView, KeepsKeysItDoesNotKnow)
{
    const QByteArray json = R"({"quotascope_view": 1, "name": "x", "range": "all", "compare": "previous",
        "filters": {"models": ["m"], "log_search": "timeout"}})";
    auto v = SavedView::fromJson(json, QStringLiteral("x.json"));
    ASSERT_TRUE(v.ok()) << v.error().message.toStdString();
    EXPECT_EQ(v->filter.models, QStringList { QStringLiteral("m") });
    const QJsonObject written = v->toJson();
    EXPECT_EQ(written.value(QLatin1String("compare")).toString(), QStringLiteral("previous"));
    EXPECT_EQ(written.value(QLatin1String("filters")).toObject().value(QLatin1String("log_search")).toString(),
        QStringLiteral("timeout"));
    auto again = SavedView::fromJson(QJsonDocument(written).toJson(), QStringLiteral("x.json"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), v.value());
}

TEST(SavedView, BadFilesSayWhatAndWhere)
{
    const struct
    {
        const char *json;
        const char *mentions;
    } cases[] = {
        { "not json", "not JSON" },
        { R"({"name": "x"})", "quotascope_view" },
        { R"({"quotascope_view": 9})", "format 9" },
        { R"({"quotascope_view": 1, "granularity": "fortnight"})", "fortnight" },
        { R"({"quotascope_view": 1, "range": "yesterday"})", "yesterday" },
        { R"({"quotascope_view": 1, "range": "custom", "from": "2025-11-02"})", "custom range" },
        { R"({"quotascope_view": 1, "tz": "Mars/Olympus"})", "Mars/Olympus" },
        { R"({"quotascope_view": 1, "filters": {"users": "alice"}})", "filters.users" },
        { R"({"quotascope_view": 1, "filters": {"types": [9]}})", "filters.types" },
        { R"({"quotascope_view": 1, "top": -2})", "top" },
    };
    for (const auto &c : cases) {
        auto v = SavedView::fromJson(QByteArray(c.json), QStringLiteral("team.json"));
        if (v.ok()) {
            ADD_FAILURE() << "accepted: " << c.json;
            continue;
        }
        EXPECT_TRUE(v.error().message.startsWith(QStringLiteral("team.json: "))) << v.error().message.toStdString();
        EXPECT_TRUE(v.error().message.contains(QLatin1String(c.mentions))) << v.error().message.toStdString();
    }
    TempDir dir;
    auto missing = SavedView::load(dir.path(QStringLiteral("none.json")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("none.json")));
}

TEST(RecordExport, CsvHeaderIsTheGatewaysLogFields)
{
    const QStringList &columns = RecordExport::csvColumns();
    EXPECT_EQ(columns.first(), QStringLiteral("id"));
    EXPECT_TRUE(columns.contains(QStringLiteral("model_name")));
    UsageRecord r;
    r.model = QStringLiteral("=cmd()");
    r.quota = -5;
    const QJsonObject o = recordLogJson(r);
    EXPECT_EQ(o.value(QLatin1String("model_name")).toString(), QStringLiteral("=cmd()"));
    EXPECT_EQ(o.value(QLatin1String("quota")).toInt(), -5);
    EXPECT_FALSE(o.contains(QLatin1String("id"))); // no gateway id: no id column value
}
