// End-to-end tests of quotascope-cli: real process, real cache file, a small new-api export whose totals are
// worked out by hand in the comments below.
#include "support/printers.h"
#include "support/tempcache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

const QString cli = QStringLiteral(QS_CLI_PATH);

class CliTest : public ::testing::Test
{
protected:
    ProcessResult run(QStringList args)
    {
        args.prepend(m_dir.path());
        args.prepend(QStringLiteral("--db"));
        return runProcess(cli, args);
    }
    QJsonObject json(const QStringList &args)
    {
        const ProcessResult r = run(args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
        return doc.object();
    }
    void importSample()
    {
        const ProcessResult r = run({QStringLiteral("import"), fixturePath(QStringLiteral("cli-newapi.jsonl"))});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    TempDir m_dir;
};

// cli-newapi.jsonl: 12 logs; 10 consumption (type 2), 1 error (type 5), 1 refund (type 6, quota 1000).
// Consumption quota 1562+800+61800+500+2300+2100+700+12000+11000+30000 = 122762,
// prompt 63630, completion 4092.
constexpr qint64 sampleQuota = 122762;
constexpr qint64 samplePrompt = 63630;
constexpr qint64 sampleCompletion = 4092;

} // namespace

TEST_F(CliTest, HelpAndUsageErrors)
{
    ProcessResult r = runProcess(cli, {QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("report")));
    r = runProcess(cli, {QStringLiteral("report"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--granularity")));
    r = runProcess(cli, {QStringLiteral("frobnicate")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("error: unknown command")));
    r = run({QStringLiteral("report"), QStringLiteral("--tz"), QStringLiteral("Mars/Olympus")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << "one clear line: " << r.err.toStdString();
    r = run({QStringLiteral("import")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST_F(CliTest, ImportIsIdempotent)
{
    const QString file = fixturePath(QStringLiteral("cli-newapi.jsonl"));
    QJsonObject first = json({QStringLiteral("import"), QStringLiteral("--json"), file});
    EXPECT_EQ(first.value(QStringLiteral("rows_read")).toInt(), 12);
    EXPECT_EQ(first.value(QStringLiteral("added")).toInt(), 12);
    EXPECT_EQ(first.value(QStringLiteral("errors")).toInt(), 0);
    QJsonObject second = json({QStringLiteral("import"), QStringLiteral("--json"), file});
    EXPECT_EQ(second.value(QStringLiteral("added")).toInt(), 0);
    EXPECT_EQ(second.value(QStringLiteral("duplicates")).toInt(), 12);
}

TEST_F(CliTest, ReportTotalsMatchHandComputation)
{
    importSample();
    const QJsonObject report = json({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("--tz"), QStringLiteral("UTC"), QStringLiteral("--from"),
                                     QStringLiteral("2026-06-06"), QStringLiteral("--to"),
                                     QStringLiteral("2026-06-08"), QStringLiteral("--by"), QStringLiteral("none")});
    const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("requests")).toInteger(), 10);
    EXPECT_EQ(totals.value(QStringLiteral("quota")).toInteger(), sampleQuota);
    EXPECT_EQ(totals.value(QStringLiteral("prompt_tokens")).toInteger(), samplePrompt);
    EXPECT_EQ(totals.value(QStringLiteral("completion_tokens")).toInteger(), sampleCompletion);
    EXPECT_EQ(totals.value(QStringLiteral("total_tokens")).toInteger(), samplePrompt + sampleCompletion);
    EXPECT_EQ(report.value(QStringLiteral("granularity")).toString(), QStringLiteral("day"));
    EXPECT_EQ(report.value(QStringLiteral("from")).toString(), QStringLiteral("2026-06-06T00:00:00+00:00"));

    // Per day in UTC: 06-06 holds ids 101-104, 107, 108 (6 requests, 69062 quota); 06-07 the other four.
    const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("bucket")).toString(), QStringLiteral("2026-06-06T00:00:00+00:00"));
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("requests")).toInt(), 6);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("quota")).toInteger(), 69062);
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("requests")).toInt(), 4);
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("quota")).toInteger(), 53700);
}

TEST_F(CliTest, DaysInKathmanduStartAtQuarterPast)
{
    importSample();
    // +05:45: 18:14:59Z (id 107) is still 06-06 there, 18:15:00Z (id 108) is already 06-07, and
    // 2026-06-07T23:59:59Z (id 112) is 06-08 05:44:59.
    const QJsonObject report =
        json({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--tz"),
              QStringLiteral("Asia/Kathmandu"), QStringLiteral("--from"), QStringLiteral("2026-06-06"),
              QStringLiteral("--to"), QStringLiteral("2026-06-09"), QStringLiteral("--by"), QStringLiteral("none")});
    const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("bucket")).toString(),
              QStringLiteral("2026-06-06T00:00:00+05:45"));
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("requests")).toInt(), 5);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("quota")).toInteger(), 66962);
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("requests")).toInt(), 4);
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("quota")).toInteger(), 25800);
    EXPECT_EQ(rows[2].toObject().value(QStringLiteral("quota")).toInteger(), 30000);
}

TEST_F(CliTest, TopNFoldsTheRestIntoOther)
{
    importSample();
    const QJsonObject report = json({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("--tz"), QStringLiteral("UTC"), QStringLiteral("--granularity"),
                                     QStringLiteral("month"), QStringLiteral("--by"), QStringLiteral("model"),
                                     QStringLiteral("--top"), QStringLiteral("2")});
    // By quota: claude-sonnet-4 91800, qwen-max 23000; Other = deepseek-chat 4400 + gpt-4o-mini 3562.
    QHash<QString, qint64> quota, requests;
    for (const QJsonValue &v : report.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = v.toObject();
        quota[o.value(QStringLiteral("key")).toString()] += o.value(QStringLiteral("quota")).toInteger();
        requests[o.value(QStringLiteral("key")).toString()] += o.value(QStringLiteral("requests")).toInteger();
    }
    EXPECT_EQ(quota.size(), 3);
    EXPECT_EQ(quota.value(QStringLiteral("claude-sonnet-4")), 91800);
    EXPECT_EQ(quota.value(QStringLiteral("qwen-max")), 23000);
    EXPECT_EQ(quota.value(QStringLiteral("Other")), 7962);
    EXPECT_EQ(requests.value(QStringLiteral("Other")), 6);
}

TEST_F(CliTest, StatsCountRefundsErrorsAndPeak)
{
    importSample();
    const QJsonObject s = json({QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--tz"), QStringLiteral("UTC"), QStringLiteral("--from"),
                                QStringLiteral("2026-06-06"), QStringLiteral("--to"), QStringLiteral("2026-06-08")});
    EXPECT_EQ(s.value(QStringLiteral("requests")).toInt(), 10);
    EXPECT_EQ(s.value(QStringLiteral("refunds")).toInt(), 1);
    EXPECT_EQ(s.value(QStringLiteral("refund_quota")).toInt(), 1000);
    EXPECT_EQ(s.value(QStringLiteral("net_quota")).toInteger(), sampleQuota - 1000);
    EXPECT_EQ(s.value(QStringLiteral("errors")).toInt(), 1);
    EXPECT_NEAR(s.value(QStringLiteral("failure_rate")).toDouble(), 1.0 / 11.0, 1e-9);
    // Two days = 2880 minutes.
    EXPECT_NEAR(s.value(QStringLiteral("avg_rpm")).toDouble(), 10.0 / 2880.0, 1e-9);
    EXPECT_NEAR(s.value(QStringLiteral("avg_tpm")).toDouble(), double(samplePrompt + sampleCompletion) / 2880.0, 1e-6);
    // 00:00:00, 00:00:30 and 00:00:59 on 06-06 share one minute.
    EXPECT_EQ(s.value(QStringLiteral("peak_rpm")).toInt(), 3);
    EXPECT_EQ(s.value(QStringLiteral("peak_rpm_at")).toString(), QStringLiteral("2026-06-06T00:00:00+00:00"));
}

TEST_F(CliTest, MalformedFileIsRefusedAndCacheUnchanged)
{
    importSample();
    QFile bad(m_dir.path(QStringLiteral("bad.jsonl")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    QFile good(fixturePath(QStringLiteral("cli-newapi.jsonl")));
    ASSERT_TRUE(good.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = good.readAll().split('\n');
    // New ids on the first lines, then a broken third line: nothing of this file may land.
    bad.write(QByteArray(lines[0]).replace("\"id\": 101", "\"id\": 901") + '\n');
    bad.write(QByteArray(lines[1]).replace("\"id\": 102", "\"id\": 902") + '\n');
    bad.write("{\"id\": 903, \"created_at\": 1780704000, \"quota\": \n");
    bad.close();
    const ProcessResult r = run({QStringLiteral("import"), bad.fileName()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("bad.jsonl"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 3"))) << r.err.toStdString();
    const QJsonObject s = json({QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--tz"), QStringLiteral("UTC")});
    EXPECT_EQ(s.value(QStringLiteral("requests")).toInt(), 10);
    EXPECT_EQ(s.value(QStringLiteral("quota")).toInteger(), sampleQuota);
}

TEST_F(CliTest, SourcesListRemoveAndVerify)
{
    importSample();
    ProcessResult r = run({QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("ok:")));
    r = run({QStringLiteral("sources")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("files"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("12 records"))) << r.out.toStdString();
    r = run({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("files")});
    EXPECT_EQ(r.exitCode, 2) << "not a terminal and no --yes: must refuse";
    r = run({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("nope"), QStringLiteral("--yes")});
    EXPECT_EQ(r.exitCode, 1);
    r = run({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("files"), QStringLiteral("--yes")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject s = json({QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(s.value(QStringLiteral("requests")).toInt(), 0);
}

TEST_F(CliTest, CompactReStoresOlderRecordsAndExportsTheSame)
{
    importSample();
    const ProcessResult before = run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl") });
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    qint64 layouts = 0;
    {
        // As a cache from before schema 14 holds them: every `other` as its text.
        CacheDb cache = openCache(m_dir.path(), QStringLiteral("older"));
        layouts = othersStoredAs(cache.db(), "blob");
        ASSERT_GT(layouts, 0) << "the sample has layouts to store";
        storeOtherAsText(cache.db());
        ASSERT_EQ(othersStoredAs(cache.db(), "blob"), 0);
    }
    ProcessResult r = run({ QStringLiteral("compact"), QStringLiteral("--no-vacuum") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("re-stored %1 of 12 ").arg(layouts))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("(--no-vacuum)"))) << r.out.toStdString();
    r = run({ QStringLiteral("compact") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("re-stored 0 of %1 ").arg(12 - layouts))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("not given back"))) << r.out.toStdString();
    const ProcessResult after = run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl") });
    EXPECT_EQ(after.out, before.out);
    r = run({ QStringLiteral("verify") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({ QStringLiteral("compact"), QStringLiteral("--help") });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--no-vacuum")));
}

TEST_F(CliTest, CompactRefusesAWrongOptionAndAFileThatIsNotACache)
{
    ProcessResult r = run({ QStringLiteral("compact"), QStringLiteral("--vacuum-later") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("error:"))) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << "one clear line: " << r.err.toStdString();
    // Not a cache: refused with the store's message, and the file is left as it was.
    const QString notes = m_dir.path(QStringLiteral("notes.txt"));
    const QByteArray text = "not a database, just some notes\n";
    ASSERT_TRUE(writeBytes(notes, text));
    r = runProcess(cli, { QStringLiteral("--db"), notes, QStringLiteral("compact") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("error:"))) << r.err.toStdString();
    EXPECT_NE(r.err.indexOf(QStringLiteral("notes.txt")), -1) << "names the file: " << r.err.toStdString();
    EXPECT_EQ(readBytes(notes), text);
}

TEST_F(CliTest, SelfLogExportsMergeByRequestNotByRowNumber)
{
    // /api/log/self numbers its rows newest first, so one request has another id in each later export.
    auto write = [this](const QString &name, const QList<int> &requests) {
        QFile f(m_dir.path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        int row = 0;
        for (int r : requests)
            f.write(QStringLiteral("{\"id\":%1,\"created_at\":%2,\"type\":2,\"model_name\":\"gpt-4o-mini\","
                                   "\"quota\":%3,\"prompt_tokens\":10,\"completion_tokens\":5,\"request_id\":\"req-%4\"}\n")
                        .arg(++row)
                        .arg(1780704000 + r * 60)
                        .arg(100 * r)
                        .arg(r)
                        .toUtf8());
        return f.fileName();
    };
    const QString monday = write(QStringLiteral("self-monday.jsonl"), {3, 2, 1});
    const QString tuesday = write(QStringLiteral("self-tuesday.jsonl"), {4, 3, 2, 1});
    QJsonObject r = json({QStringLiteral("import"), QStringLiteral("--self-logs"), QStringLiteral("--json"), monday});
    EXPECT_EQ(r.value(QStringLiteral("added")).toInt(), 3);
    r = json({QStringLiteral("import"), QStringLiteral("--self-logs"), QStringLiteral("--json"), tuesday});
    EXPECT_EQ(r.value(QStringLiteral("added")).toInt(), 1);
    EXPECT_EQ(r.value(QStringLiteral("duplicates")).toInt(), 3);
    const QJsonObject s = json({QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(s.value(QStringLiteral("quota")).toInt(), 100 + 200 + 300 + 400);
}

TEST_F(CliTest, ExportRoundTripsThroughImport)
{
    importSample();
    const QString csv = m_dir.path(QStringLiteral("export.csv"));
    ProcessResult r = run({QStringLiteral("export"), QStringLiteral("--output"), csv});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("exported 12 records"))) << r.err.toStdString();
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll().count('\n'), 1 + 12);
    EXPECT_FALSE(QFile::exists(csv + QStringLiteral(".part")));

    // Into another source of the same cache: every counter the same, refunds and errors included.
    const QJsonObject imported =
        json({QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--source"), QStringLiteral("copy"), csv});
    EXPECT_EQ(imported.value(QStringLiteral("added")).toInt(), 12);
    auto statsOf = [this](const QString &source) {
        return json({QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--tz"),
                     QStringLiteral("UTC"), QStringLiteral("--from"), QStringLiteral("2026-06-01"), QStringLiteral("--to"),
                     QStringLiteral("2026-07-01"), QStringLiteral("--source"), source});
    };
    const QJsonObject original = statsOf(QStringLiteral("files"));
    const QJsonObject copy = statsOf(QStringLiteral("copy"));
    for (const char *key : {"requests", "quota", "prompt_tokens", "completion_tokens", "refunds", "errors", "peak_rpm"})
        EXPECT_EQ(copy.value(QLatin1String(key)), original.value(QLatin1String(key))) << key;

    // JSONL to stdout, filtered.
    r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--source"),
             QStringLiteral("files"), QStringLiteral("--model"), QStringLiteral("qwen-max")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(QJsonDocument::fromJson(lines[0].toUtf8()).object().value(QStringLiteral("id")).toInt(), 110);
}

TEST_F(CliTest, WeeksCanStartOnSunday)
{
    importSample();
    // 2026-06-06 is a Saturday and 06-07 a Sunday: Monday weeks hold both days, Sunday weeks split them.
    auto weeks = [this](const QString &start) {
        const QJsonObject report =
            json({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--tz"),
                  QStringLiteral("UTC"), QStringLiteral("--granularity"), QStringLiteral("week"),
                  QStringLiteral("--week-start"), start, QStringLiteral("--by"), QStringLiteral("none")});
        QStringList out;
        for (const QJsonValue &v : report.value(QStringLiteral("rows")).toArray())
            out << v.toObject().value(QStringLiteral("bucket")).toString() + QLatin1Char('=')
                    + QString::number(v.toObject().value(QStringLiteral("requests")).toInt());
        return out;
    };
    EXPECT_EQ(weeks(QStringLiteral("monday")), QStringList{QStringLiteral("2026-06-01T00:00:00+00:00=10")});
    EXPECT_EQ(weeks(QStringLiteral("sunday")), (QStringList{QStringLiteral("2026-05-31T00:00:00+00:00=6"),
                                                            QStringLiteral("2026-06-07T00:00:00+00:00=4")}));
    EXPECT_EQ(run({QStringLiteral("report"), QStringLiteral("--week-start"), QStringLiteral("someday")}).exitCode, 2);
}

TEST_F(CliTest, CsvExportNeutralisesFormulasAndImportsBackUnchanged)
{
    // Token names a spreadsheet would run as formulas, a name that already starts with a quote, and a manage
    // log with a negative quota, which must stay a number.
    const QStringList names { QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("-5"), QStringLiteral("+x"),
        QStringLiteral("@y"), QStringLiteral("'=z"), QStringLiteral("'plain"), QStringLiteral("\tt") };
    QByteArray lines;
    for (int i = 0; i < names.size(); ++i) {
        const QJsonObject o { { QStringLiteral("id"), 500 + i }, { QStringLiteral("created_at"), 1780732805 + i },
            { QStringLiteral("type"), i == 1 ? 3 : 2 }, { QStringLiteral("username"), QStringLiteral("u") },
            { QStringLiteral("token_name"), names.at(i) },
            { QStringLiteral("model_name"), QStringLiteral("=cmd|' /C calc'!A0") },
            { QStringLiteral("quota"), i == 1 ? -5 : 100 + i }, { QStringLiteral("prompt_tokens"), 10 },
            { QStringLiteral("use_time"), 2 }, { QStringLiteral("content"), QStringLiteral("@SUM(1+1)") },
            { QStringLiteral("other"), QStringLiteral("{\"cache_tokens\":3}") } };
        lines += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    const QString source = m_dir.path(QStringLiteral("formulas.jsonl"));
    {
        QFile f(source);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(lines);
    }
    ProcessResult r = run({ QStringLiteral("import"), source });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    const QString csv = m_dir.path(QStringLiteral("formulas.csv"));
    r = run({ QStringLiteral("export"), QStringLiteral("--output"), csv });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    // No cell begins with a formula character (a cell begins after a line break or a comma, inside quotes or not).
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        for (const QChar c : { QLatin1Char('='), QLatin1Char('+'), QLatin1Char('@'), QLatin1Char('\t') }) {
            EXPECT_FALSE(
                line.startsWith(c) || line.contains(QLatin1Char(',') + c) || line.contains(QStringLiteral(",\"") + c))
                << line.toStdString();
        }
    }
    EXPECT_TRUE(text.contains(QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\",")));
    EXPECT_TRUE(text.contains(QStringLiteral(",\"'-5\",")));
    EXPECT_TRUE(text.contains(QStringLiteral(",\"''=z\",")));
    EXPECT_TRUE(text.contains(QStringLiteral(",'plain,")));
    EXPECT_TRUE(text.contains(QStringLiteral(",-5,"))) << "the negative quota stays a number";

    // Into a fresh cache: every record identical to the original.
    TempDir fresh;
    const QStringList db { QStringLiteral("--db"), fresh.path() };
    r = runProcess(cli, db + QStringList { QStringLiteral("import"), csv });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList jsonl { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl") };
    const ProcessResult original = run(jsonl);
    const ProcessResult copy = runProcess(cli, db + jsonl);
    ASSERT_EQ(original.exitCode, 0) << original.err.toStdString();
    ASSERT_EQ(copy.exitCode, 0) << copy.err.toStdString();
    const QStringList a = original.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList b = copy.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(a.size(), names.size());
    ASSERT_EQ(b.size(), a.size());
    for (int i = 0; i < a.size(); ++i) {
        const QJsonObject x = QJsonDocument::fromJson(a.at(i).toUtf8()).object();
        const QJsonObject y = QJsonDocument::fromJson(b.at(i).toUtf8()).object();
        EXPECT_EQ(x, y) << a.at(i).toStdString() << "\n" << b.at(i).toStdString();
        EXPECT_EQ(y.value(QStringLiteral("token_name")).toString(), names.at(i));
    }

    // The report's CSV neutralises its keys too.
    r = run({ QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--by"),
        QStringLiteral("token"), QStringLiteral("--type"), QStringLiteral("all") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\","))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral(",\"'@y\",")));
    EXPECT_FALSE(r.out.contains(QStringLiteral(",+x,")));
}

TEST_F(CliTest, AbsurdRowsAreSkippedAndWideReportsAreCapped)
{
    const QString source = m_dir.path(QStringLiteral("absurd.jsonl"));
    {
        QFile f(source);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"id":1,"created_at":1780732805,"type":2,"model_name":"m","quota":1562})"
                "\n"
                R"({"id":2,"created_at":1780732806,"type":2,"model_name":"m","quota":5000000000000000000})"
                "\n"
                R"({"id":3,"created_at":1780732807,"type":2,"model_name":"m","quota":5000000000000000000})"
                "\n"
                R"({"id":4,"created_at":1700000000000000000,"type":2,"model_name":"m","quota":1})"
                "\n");
    }
    const QJsonObject imported = json({ QStringLiteral("import"), QStringLiteral("--json"), source });
    EXPECT_EQ(imported.value(QStringLiteral("added")).toInt(), 1);
    EXPECT_EQ(imported.value(QStringLiteral("skipped")).toInt(), 3);
    const QJsonObject file = imported.value(QStringLiteral("files")).toArray().first().toObject();
    const QStringList reasons = file.value(QStringLiteral("skipped_by")).toObject().keys();
    ASSERT_EQ(reasons.size(), 2) << reasons.join(QLatin1String(" | ")).toStdString();
    for (const QString &reason : reasons)
        EXPECT_TRUE(reason.contains(QLatin1String("absurd.jsonl line "))) << reason.toStdString();

    // The default range is the data's span: one plausible row, so a report is small and its total is that row.
    const QJsonObject report = json({ QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--tz"), QStringLiteral("UTC") });
    EXPECT_EQ(report.value(QStringLiteral("totals")).toObject().value(QStringLiteral("quota")).toInteger(), 1562);
    EXPECT_FALSE(report.contains(QStringLiteral("capped")));

    // Twenty-six years of hours: capped, and said so in every format.
    const QStringList wide { QStringLiteral("report"), QStringLiteral("--tz"), QStringLiteral("UTC"),
        QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2026-07-01"),
        QStringLiteral("--granularity"), QStringLiteral("hour") };
    const QJsonObject capped = json(wide + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
    EXPECT_TRUE(capped.value(QStringLiteral("capped")).toBool());
    EXPECT_TRUE(capped.value(QStringLiteral("note")).toString().contains(QStringLiteral("10000")));
    ProcessResult r = run(wide + QStringList { QStringLiteral("--format"), QStringLiteral("csv") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("note: "))) << r.err.toStdString();
    r = run(wide);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("note: ")));
}
