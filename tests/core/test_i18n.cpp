#include "gateway/connectiontester.h"
#include "ingest/importer.h"
#include "store/cachedb.h"
#include "support/eventwait.h"
#include "support/fakegateway.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <optional>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

/// Installs the zh_CN catalogue the GUI ships (the :/i18n resources) for one test, and removes it again, so
/// the other tests in this process keep reading English.
class ChineseTranslation : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("quotascope"),
            QStringLiteral("_"), QStringLiteral(":/i18n")))
            << "the zh_CN catalogue is not among the :/i18n resources";
        ASSERT_TRUE(QCoreApplication::installTranslator(&m_translator));
    }

    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    Result<ImportSummary> importMalformedCsv()
    {
        auto cache = CacheDb::open(m_dir.path(), QStringLiteral("i18n-test-%1").arg(++m_connections));
        if (!cache)
            return cache.error();
        return Importer(cache->db()).importFile(
            fixturePath(QStringLiteral("malformed-bad-number.csv")), QStringLiteral("files"), ImportOptions());
    }

    QTranslator m_translator;
    TempDir m_dir;
    int m_connections = 0;
};

} // namespace

TEST_F(ChineseTranslation, ImportErrorsNameFileLineAndFieldInChinese)
{
    auto result = importMalformedCsv();
    ASSERT_FALSE(result.ok());
    const QString message = result.error().message;
    // The row mapper's, the reader's and the importer's parts are all translated; the file, the column and
    // the offending value come through unchanged.
    EXPECT_TRUE(message.contains(QStringLiteral("malformed-bad-number.csv 第 5 行："))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("列 `quota` 不是数字"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("30k"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("line"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("is not a number"))) << message.toStdString();

    QCoreApplication::removeTranslator(&m_translator);
    auto english = importMalformedCsv();
    ASSERT_FALSE(english.ok());
    EXPECT_TRUE(english.error().message.contains(QStringLiteral("line 5: column `quota` is not a number")))
        << english.error().message.toStdString();
}

TEST_F(ChineseTranslation, SkippedRowReasonsAreTranslated)
{
    const QString path = m_dir.path(QStringLiteral("absurd.jsonl"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"id":1,"created_at":1780732805,"model_name":"m","quota":5000000000000000000})"
            "\n");
    f.close();
    auto cache = CacheDb::open(m_dir.path(), QStringLiteral("i18n-test-skipped"));
    ASSERT_TRUE(cache.ok()) << cache.error().message.toStdString();
    auto summary = Importer(cache->db()).importFile(path, QStringLiteral("files"), ImportOptions());
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    ASSERT_EQ(summary->skipped, 1);
    const QString reason = summary->skippedBy.keys().first();
    EXPECT_TRUE(reason.contains(QStringLiteral("字段 `quota` 超出范围"))) << reason.toStdString();
    EXPECT_TRUE(reason.contains(QStringLiteral("absurd.jsonl 第 1 行"))) << reason.toStdString();
}

TEST_F(ChineseTranslation, ConnectionTestWithARefusedTokenReportsInChinese)
{
    FakeGateway server;
    ASSERT_TRUE(server.listen());
    FakeGateway::User user;
    user.id = 7;
    user.token = QStringLiteral("the-right-token-0123456789abcdef");
    server.addUser(user);
    GatewayProfile profile;
    profile.name = QStringLiteral("prod");
    profile.baseUrl = server.url();
    profile.userId = 7;
    profile.kind = GatewayProfile::Kind::NewApi;

    QNetworkAccessManager nam;
    ConnectionTester tester(&nam);
    std::optional<ConnectionReport> report;
    QObject::connect(&tester, &ConnectionTester::finished, [&](const ConnectionReport &r) { report = r; });
    tester.test(profile, QStringLiteral("a-stale-token-0123456789abcdefgh"), ConnectionTester::quickOptions());
    ASSERT_TRUE(waitUntil([&] { return report.has_value(); }));

    ASSERT_TRUE(report->reachable);
    ASSERT_FALSE(report->authenticated);
    EXPECT_EQ(report->error.kind, Error::Kind::Auth);
    const QString summary = report->summary().join(QLatin1Char('\n'));
    EXPECT_TRUE(summary.contains(QStringLiteral("可访问：是"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("错误："))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("网关拒绝了凭据"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("配置“prod”的访问令牌和数字用户 ID"))) << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral("refused"))) << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral("Reachable"))) << summary.toStdString();
}

TEST_F(ChineseTranslation, NamesTheStandardDialogButtonsWithoutQtsOwnCatalogue)
{
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("确定"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Close"), QStringLiteral("关闭"));
    EXPECT_EQ(QCoreApplication::translate("QGnomeTheme", "&OK"), QStringLiteral("确定(&O)"));
}

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type; ///< the translation's type attribute: empty when finished
    QStringList translations; ///< one, or one per numerus form
};

QList<TsMessage> readTsFile(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = TsMessage();
            current.context = context;
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // A plain translation is text; a numerus one holds <numerusform> elements.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

} // namespace

TEST(ChineseCatalogue, EveryCurrentMessageIsTranslatedAndKeepsItsPlaceholders)
{
    QString error;
    const QList<TsMessage> messages
        = readTsFile(QStringLiteral(QS_SOURCE_DIR "/translations/quotascope_zh_CN.ts"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_GT(messages.size(), 100) << "the catalogue was not read";

    static const QRegularExpression placeholder(QStringLiteral("%[1-9n]"));
    int current = 0;
    for (const TsMessage &m : messages) {
        // Obsolete and vanished messages are no longer in the sources; they do not show.
        if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
            continue;
        ++current;
        const std::string where = (m.context + QStringLiteral(": ") + m.source).toStdString();
        EXPECT_NE(m.type, QLatin1String("unfinished")) << "not translated yet: " << where;
        QSet<QString> wanted;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            wanted.insert(it.next().captured());
        for (const QString &translation : m.translations) {
            EXPECT_FALSE(translation.trimmed().isEmpty()) << "empty translation: " << where;
            for (const QString &p : std::as_const(wanted))
                EXPECT_TRUE(translation.contains(p))
                    << where << " lost " << p.toStdString() << " in " << translation.toStdString();
        }
    }
    EXPECT_GT(current, 100);
}

TEST(EnglishCatalogue, PluralsReadAsEnglish)
{
    QTranslator english;
    ASSERT_TRUE(english.load(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("quotascope"),
        QStringLiteral("_"), QStringLiteral(":/i18n")));
    EXPECT_EQ(english.translate("QuotaScope::StatCardsPanel", "%n refund(s) · net %1", nullptr, 1),
        QStringLiteral("%n refund · net %1"));
    EXPECT_EQ(english.translate("QuotaScope::StatCardsPanel", "%n refund(s) · net %1", nullptr, 3),
        QStringLiteral("%n refunds · net %1"));
}
