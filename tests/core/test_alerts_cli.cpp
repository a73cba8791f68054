// `quotascope-cli check`: the real binary on a cache holding the crafted alert data (alerttestdata.h).
#include "alerttestdata.h"

#include "alerts/alertrule.h"
#include "support/printers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

const QString cli = QStringLiteral(QS_CLI_PATH);

class CheckCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        CacheDb cache = openCache(m_dir.path());
        const qint64 source = AlertData::write(cache.db());
        ImportHistoryEntry sync;
        sync.sourceId = source;
        sync.what = QStringLiteral("sync");
        sync.format = QStringLiteral("newapi");
        sync.finishedAt = AlertData::SpikeHour + 3000;
        ASSERT_TRUE(SourceRepository(cache.db()).addHistory(sync).ok());
    }

    ProcessResult check(QStringList args, qint64 at = AlertData::SpikeHour + 3599)
    {
        args = QStringList {
            QStringLiteral("--db"), m_dir.path(), QStringLiteral("check"), QStringLiteral("--at"), QString::number(at)
        } + args;
        // A private config folder, so that no rule file of the machine's user is read.
        return runProcess(cli, args, {}, { QStringLiteral("XDG_CONFIG_HOME=") + m_dir.dir() });
    }

    QString writeRules(const QByteArray &json)
    {
        const QString path = m_dir.path(QStringLiteral("rules.json"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(json);
        return path;
    }

    TempDir m_dir;
};

} // namespace

TEST_F(CheckCliTest, ExitsThreeWithTheAlertsThatFire)
{
    const ProcessResult r = check({ QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 3) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("rules_from")).toString(), QStringLiteral("defaults"));
    EXPECT_EQ(o.value(QStringLiteral("rules_evaluated")).toInt(), 4);
    QStringList fired;
    for (const QJsonValue &v : o.value(QStringLiteral("alerts")).toArray())
        fired << v[QStringLiteral("rule_id")].toString() + QLatin1Char(':') + v[QStringLiteral("key")].toString();
    fired.sort();
    EXPECT_EQ(fired,
        (QStringList { QStringLiteral("error-rate-channel:9"), QStringLiteral("spike-channel:7"),
            QStringLiteral("spike-token:steady") }));

    const ProcessResult text = check({});
    EXPECT_EQ(text.exitCode, 3);
    EXPECT_EQ(text.out.count(QLatin1Char('\n')), 3) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("ALERT   Spend spike on a token: token \"steady\"")))
        << text.out.toStdString();
}

TEST_F(CheckCliTest, ExitsZeroWhenNothingFires)
{
    // Half an hour after the last sync, a day later: no spike, no failing channel, the sync is 23 h old though.
    const QString rules = writeRules(R"({"rules":[{"id":"spike","condition":"spike","scope":"token","threshold":5,
        "min_requests":20}]})");
    const ProcessResult r = check({ QStringLiteral("--rules"), rules }, AlertData::SpikeHour + AlertData::Day + 3599);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("ok: 1 rules, no alerts"))) << r.out.toStdString();
}

TEST_F(CheckCliTest, ExitsOneOnErrorsAndNamesThem)
{
    ProcessResult r
        = check({ QStringLiteral("--rules"), writeRules(R"({"rules":[{"id":"x","condition":"sprike"}]})") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("rules.json: rule 1"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("sprike"))) << r.err.toStdString();

    r = check({ QStringLiteral("--rules"), m_dir.path(QStringLiteral("absent.json")) });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("absent.json"))) << r.err.toStdString();

    // A rule naming a source that is not cached cannot run: an error even though another rule fires.
    r = check({ QStringLiteral("--rules"),
        writeRules(R"({"rules":[{"id":"a","condition":"spend","source":"nowhere","threshold":1},
            {"id":"b","condition":"requests","threshold":10}]})") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nowhere"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("WARNING"))) << r.out.toStdString();

    r = check({ QStringLiteral("--bogus") });
    EXPECT_EQ(r.exitCode, 2);
}

TEST_F(CheckCliTest, PrintsTheRulesInEffectAsARuleFile)
{
    const ProcessResult r = check({ QStringLiteral("--print-rules") });
    ASSERT_EQ(r.exitCode, 0);
    auto parsed = AlertRuleSet::fromJson(r.out.toUtf8(), QStringLiteral("stdout"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->toJson(), AlertRuleSet::defaults().toJson());
#if defined(Q_OS_LINUX)
    // The app's rule file (in the XDG config folder on Linux) is read by default once it exists.
    AlertRuleSet mine;
    AlertRule r1;
    r1.id = QStringLiteral("lots");
    r1.condition = AlertCondition::Requests;
    r1.threshold = 100;
    mine.rules = { r1 };
    ASSERT_TRUE(mine.save(m_dir.dir() + QStringLiteral("/QuotaScope/quotascope/alert-rules.json")).ok());
    const ProcessResult own = check({ QStringLiteral("--json") });
    EXPECT_EQ(own.exitCode, 3);
    const QJsonObject o = QJsonDocument::fromJson(own.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("rules_evaluated")).toInt(), 1);
    EXPECT_TRUE(o.value(QStringLiteral("rules_from")).toString().endsWith(QStringLiteral("alert-rules.json")));
#endif
}
