// Token estimates for rows that carry text but no token counts: the per-family rules, their measured error
// against a public tokenizer (tests/fixtures/token-estimate.json), and how an import marks estimated records.
#include "ingesttesthelpers.h"

#include "ingest/rowmapper.h"
#include "ingest/tokenestimator.h"
#include "model/recordjson.h"
#include "support/tempcache.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

QJsonArray fixtureItems()
{
    QFile f(QStringLiteral(QS_FIXTURES_DIR "/token-estimate.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("items")).toArray();
}

/// Mean of |estimate - truth| / truth over the fixture's texts of one language.
double meanRelativeError(TokenFamily family, const QString &lang, const QString &truthKey, int *n)
{
    double sum = 0;
    *n = 0;
    for (const QJsonValue &v : fixtureItems()) {
        const QJsonObject item = v.toObject();
        if (item.value(QLatin1String("lang")).toString() != lang)
            continue;
        const double truth = item.value(truthKey).toDouble();
        const qint64 estimate = estimateTokens(family, item.value(QLatin1String("text")).toString());
        sum += std::fabs(double(estimate) - truth) / truth;
        ++*n;
    }
    return *n > 0 ? sum / *n : 1e9;
}

} // namespace

TEST(TokenEstimator, FamilyFollowsTheModelName)
{
    EXPECT_EQ(tokenFamilyForModel(u"gemini-1.5-pro"), TokenFamily::Gemini);
    EXPECT_EQ(tokenFamilyForModel(u"Claude-3-5-Sonnet"), TokenFamily::Claude);
    EXPECT_EQ(tokenFamilyForModel(u"gpt-4o-mini"), TokenFamily::OpenAI);
    EXPECT_EQ(tokenFamilyForModel(u"deepseek-chat"), TokenFamily::OpenAI);
    EXPECT_EQ(tokenFamilyForModel(u""), TokenFamily::OpenAI);
    EXPECT_EQ(tokenFamilyName(TokenFamily::Claude), QStringLiteral("claude"));
}

TEST(TokenEstimator, CharacterClassesCostTheirFamilyWeights)
{
    EXPECT_EQ(estimateTokens(TokenFamily::OpenAI, u""), 0);
    // word 1.02 + space 0.42 + word 1.02 = 2.46
    EXPECT_EQ(estimateTokens(TokenFamily::OpenAI, u"hello world"), 3);
    // a run of letters then a run of digits: 1.02 + 1.55 = 2.57; Gemini 1.15 + 2.8 = 3.95
    EXPECT_EQ(estimateTokens(TokenFamily::OpenAI, u"abc123"), 3);
    EXPECT_EQ(estimateTokens(TokenFamily::Gemini, u"abc123"), 4);
    // a long word costs as much as a short one
    EXPECT_EQ(estimateTokens(TokenFamily::OpenAI, u"internationalisation"), 2);
    // CJK per character: OpenAI 0.85 x 4 = 3.4, Claude 1.21 x 4 = 4.84, Gemini 0.68 x 4 = 2.72
    EXPECT_EQ(estimateTokens(TokenFamily::OpenAI, u"你好世界"), 4);
    EXPECT_EQ(estimateTokens(TokenFamily::Claude, u"你好世界"), 5);
    EXPECT_EQ(estimateTokens(TokenFamily::Gemini, u"你好世界"), 3);
    // kana and Hangul are CJK too
    EXPECT_EQ(estimateTokens(TokenFamily::Claude, u"カナ한"), 4);
    // emoji outside the BMP is one character: OpenAI 2.12, Claude 2.6
    EXPECT_EQ(estimateTokens(TokenFamily::OpenAI, u"😀"), 3);
    EXPECT_EQ(estimateTokens(TokenFamily::Claude, u"😀😀"), 6);
    // '@' 2.0 and URL delimiters 1.0 and plain punctuation 0.4 (OpenAI)
    EXPECT_EQ(estimateTokens(TokenFamily::OpenAI, u"@@"), 4);
    EXPECT_EQ(estimateTokens(TokenFamily::OpenAI, u"/?&"), 3);
    EXPECT_EQ(estimateTokens(TokenFamily::OpenAI, u",,,,,"), 2);
    // math symbols: Claude 4.52
    EXPECT_EQ(estimateTokens(TokenFamily::Claude, u"∑"), 5);
    // newline 0.5 x 3 (OpenAI) against Gemini 1.15 x 3
    EXPECT_EQ(estimateTokens(TokenFamily::OpenAI, u"\n\n\n"), 2);
    EXPECT_EQ(estimateTokens(TokenFamily::Gemini, u"\n\n\n"), 4);
    // a lone surrogate is one symbol, not a crash
    const QChar lone[] = { QChar(char16_t(0xD800)) };
    EXPECT_EQ(estimateTokens(TokenFamily::OpenAI, QStringView(lone, 1)), 1);
    EXPECT_EQ(estimateTokensForModel(u"claude-3-haiku", u"你好世界"), 5);
}

// The measured error of each family against a public tokenizer's counts (README: "Estimated tokens"): OpenAI
// against gpt-tokenizer, Claude against @anthropic-ai/tokenizer, Gemini against the Gemma tokenizer. The bounds
// are the measured values rounded up to the next 5 %, so a change in the rules that makes them worse fails.
TEST(TokenEstimator, ErrorAgainstAPublicTokenizerStaysWithinTheDocumentedBound)
{
    ASSERT_GE(fixtureItems().size(), 20);
    struct Case
    {
        TokenFamily family;
        const char *lang;
        const char *truth;
        double bound;
    };
    const Case cases[] = {
        { TokenFamily::OpenAI, "en", "cl100k", 0.20 },
        { TokenFamily::OpenAI, "en", "o200k", 0.20 },
        { TokenFamily::OpenAI, "zh", "cl100k", 0.25 },
        { TokenFamily::OpenAI, "zh", "o200k", 0.15 },
        { TokenFamily::Claude, "en", "claude", 0.25 },
        { TokenFamily::Claude, "zh", "claude", 0.25 },
        { TokenFamily::Gemini, "en", "gemma", 0.20 },
        { TokenFamily::Gemini, "zh", "gemma", 0.10 },
    };
    for (const Case &c : cases) {
        int n = 0;
        const double mare = meanRelativeError(c.family, QLatin1String(c.lang), QLatin1String(c.truth), &n);
        EXPECT_GE(n, 10) << c.lang;
        EXPECT_LT(mare, c.bound) << c.lang << " " << c.truth;
        std::printf("MARE %s %s vs %s: %.4f over %d texts\n", qPrintable(tokenFamilyName(c.family)), c.lang, c.truth,
            mare, n);
    }
}

TEST(TokenEstimator, ImportEstimatesMissingCountsAndMarksTheRecord)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chat.jsonl"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"ts":"2024-05-01T10:00:00Z","model":"claude-3-haiku","q":"你好世界","a":"hello world","meta":{"k":1}}
{"ts":"2024-05-01T10:01:00Z","model":"gpt-4o","q":"hello world","a":"你好世界","in":7}
{"ts":"2024-05-01T10:02:00Z","model":"gpt-4o","in":5,"out":0}
{"ts":"2024-05-01T10:03:00Z","model":"gpt-4o","q":"","a":"hi","meta":"plain text"}
)");
    f.close();
    ImportOptions options;
    options.format = ImportFormat::MappedJsonl;
    QString error;
    ASSERT_TRUE(parseColumnMapping(QStringLiteral("created_at=ts,model=model,prompt=q,response_text=a,"
                                                  "prompt_tokens=in,completion_tokens=out,other=meta"),
        &options.mapping, &error))
        << error.toStdString();
    Collected got;
    const auto stats = readAll(path, options, &got);
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    ASSERT_EQ(got.records.size(), 4);

    // Both sides estimated with the Claude weights; the row's own `other` keys are kept.
    const UsageRecord &a = got.records.at(0);
    EXPECT_EQ(a.promptTokens, 5);
    EXPECT_EQ(a.completionTokens, 3);
    QJsonObject other = parsedOther(a);
    EXPECT_TRUE(other.value(QLatin1String("estimated_tokens")).toBool());
    EXPECT_EQ(other.value(QLatin1String("token_estimator")).toString(), QStringLiteral("claude"));
    EXPECT_EQ(other.value(QLatin1String("k")).toInt(), 1);
    EXPECT_TRUE(hasEstimatedTokens(a));

    // A counted prompt stays counted; only the completion is estimated.
    const UsageRecord &b = got.records.at(1);
    EXPECT_EQ(b.promptTokens, 7);
    EXPECT_EQ(b.completionTokens, 4);
    EXPECT_TRUE(parsedOther(b).value(QLatin1String("estimated_tokens")).toBool());

    // No text: nothing estimated, a counted 0 stays 0, no mark.
    const UsageRecord &c = got.records.at(2);
    EXPECT_EQ(c.promptTokens, 5);
    EXPECT_EQ(c.completionTokens, 0);
    EXPECT_FALSE(parsedOther(c).contains(QLatin1String("estimated_tokens")));
    EXPECT_FALSE(hasEstimatedTokens(c));
    UsageRecord said = c;
    said.other = QByteArrayLiteral("{\"estimated_tokens\":false}");
    EXPECT_FALSE(hasEstimatedTokens(said));

    // A non-object `other` is kept under raw_other rather than lost.
    const UsageRecord &d = got.records.at(3);
    EXPECT_EQ(d.promptTokens, 0);
    EXPECT_EQ(d.completionTokens, 2);
    other = parsedOther(d);
    EXPECT_TRUE(other.value(QLatin1String("estimated_tokens")).toBool());
    EXPECT_EQ(other.value(QLatin1String("raw_other")).toString(), QStringLiteral("plain text"));
    // The export keeps the mark in `other`.
    EXPECT_TRUE(recordLogJson(d).value(QLatin1String("other")).toString().contains(
        QLatin1String("\"estimated_tokens\":true")));
}

// stats reports estimated tokens apart from the total they are part of, in JSON and in the table.
TEST(TokenEstimator, CliStatsReportEstimatedTokensApart)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("chat.jsonl"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"ts":"2024-05-01T10:00:00Z","model":"gpt-4o","q":"hello world","a":"你好世界"}
{"ts":"2024-05-01T10:01:00Z","model":"gpt-4o","q":"x","a":"y","in":100,"out":50}
)");
    f.close();
    const QString cli = QStringLiteral(QS_CLI_PATH);
    const QString db = dir.path();
    ProcessResult r = runProcess(cli,
        { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("jsonl"),
            QStringLiteral("--map"),
            QStringLiteral("created_at=ts,model=model,prompt_text=q,response_text=a,prompt_tokens=in,"
                           "completion_tokens=out"),
            path });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList range { QStringLiteral("--tz"), QStringLiteral("UTC"), QStringLiteral("--from"),
        QStringLiteral("2024-05-01"), QStringLiteral("--to"), QStringLiteral("2024-05-02") };
    r = runProcess(cli,
        QStringList { QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--format"),
            QStringLiteral("json") }
            + range);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
    // Row 1 estimated: "hello world" 3 + "你好世界" 4 (OpenAI weights); row 2 counted: 150.
    EXPECT_EQ(s.value(QStringLiteral("requests")).toInt(), 2);
    EXPECT_EQ(s.value(QStringLiteral("prompt_tokens")).toInt() + s.value(QStringLiteral("completion_tokens")).toInt(),
        157);
    EXPECT_EQ(s.value(QStringLiteral("estimated_requests")).toInt(), 1);
    EXPECT_EQ(s.value(QStringLiteral("estimated_tokens")).toInt(), 7);
    r = runProcess(cli, QStringList { QStringLiteral("--db"), db, QStringLiteral("stats") } + range);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("of which estimated"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("7 tokens in 1 requests"))) << r.out.toStdString();
    r = runProcess(cli,
        QStringList { QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--format"),
            QStringLiteral("json") }
            + range);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("estimated_requests")).toInt(), 1);
    EXPECT_EQ(report.value(QStringLiteral("estimated_tokens")).toInt(), 7);
    // Per bucket too: hourly, the estimated row's hour carries its 7 tokens and the counted row's hour none.
    r = runProcess(cli,
        QStringList { QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--granularity"), QStringLiteral("hour") }
            + range);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray buckets
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("estimated_by_bucket")).toArray();
    ASSERT_EQ(buckets.size(), 1) << r.out.toStdString();
    EXPECT_EQ(buckets.at(0).toObject().value(QStringLiteral("bucket")).toString(),
        QStringLiteral("2024-05-01T10:00:00+00:00"));
    EXPECT_EQ(buckets.at(0).toObject().value(QStringLiteral("estimated_requests")).toInt(), 1);
    EXPECT_EQ(buckets.at(0).toObject().value(QStringLiteral("estimated_tokens")).toInt(), 7);
    r = runProcess(cli, QStringList { QStringLiteral("--db"), db, QStringLiteral("report") } + range);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("7 tokens in 1 requests were estimated"))) << r.out.toStdString();
}
