// Replays every fuzz target's seeds and every input in tests/fixtures/fuzz-regressions/<target>/ through the
// target's own entry point, built here without libFuzzer (and under ASan/UBSan with the asan preset). A finding
// that comes back aborts or trips a sanitizer in this test.
#include "support/tempcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <gtest/gtest.h>

#include <cstdint>

extern "C" {
int qsFuzzCsv(const uint8_t *data, size_t size);
int qsFuzzMappedCsv(const uint8_t *data, size_t size);
int qsFuzzJson(const uint8_t *data, size_t size);
int qsFuzzJsonl(const uint8_t *data, size_t size);
int qsFuzzHourly(const uint8_t *data, size_t size);
int qsFuzzLogPage(const uint8_t *data, size_t size);
int qsFuzzSettings(const uint8_t *data, size_t size);
int qsFuzzOtherCodec(const uint8_t *data, size_t size);
}

using namespace QuotaScope::Test;

namespace {

using Entry = int (*)(const uint8_t *, size_t);

struct Target
{
    const char *name;
    Entry entry;
};

const Target targets[] = {
    { "csv", qsFuzzCsv },
    { "mappedcsv", qsFuzzMappedCsv },
    { "json", qsFuzzJson },
    { "jsonl", qsFuzzJsonl },
    { "hourly", qsFuzzHourly },
    { "logpage", qsFuzzLogPage },
    { "settings", qsFuzzSettings },
    { "othercodec", qsFuzzOtherCodec },
};

QString fuzzDir()
{
    return QStringLiteral(QS_SOURCE_DIR "/tests/fuzz");
}

/// The fixture files tests/fuzz/seeds.txt names for target.
QStringList fixtureSeeds(const QString &target)
{
    QStringList files;
    QFile list(fuzzDir() + QStringLiteral("/seeds.txt"));
    EXPECT_TRUE(list.open(QIODevice::ReadOnly | QIODevice::Text));
    QTextStream in(&list);
    while (!in.atEnd()) {
        const QStringList parts = in.readLine().simplified().split(QLatin1Char(' '));
        if (parts.size() != 2 || parts.first().startsWith(QLatin1Char('#')) || parts.first() != target)
            continue;
        const QDir fixtures(fixturePath(QString()));
        const QStringList matches = fixtures.entryList({ parts.at(1) }, QDir::Files);
        EXPECT_FALSE(matches.isEmpty()) << "seeds.txt names no fixture: " << parts.at(1).toStdString();
        for (const QString &m : matches)
            files << fixtures.filePath(m);
    }
    return files;
}

QStringList filesIn(const QString &dir)
{
    QStringList files;
    const QDir d(dir);
    for (const QString &f : d.entryList(QDir::Files | QDir::Hidden))
        files << d.filePath(f);
    return files;
}

class FuzzRegressions : public ::testing::TestWithParam<Target>
{
};

} // namespace

TEST_P(FuzzRegressions, SeedsAndFindingsRunClean)
{
    const Target t = GetParam();
    const QString name = QString::fromLatin1(t.name);
    QStringList inputs = fixtureSeeds(name) + filesIn(fuzzDir() + QStringLiteral("/seeds/") + name)
        + filesIn(fixturePath(QStringLiteral("fuzz-regressions/") + name));
    EXPECT_FALSE(inputs.isEmpty());
    for (const QString &path : inputs) {
        SCOPED_TRACE(path.toStdString());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        EXPECT_EQ(t.entry(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())), 0);
    }
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzRegressions, ::testing::ValuesIn(targets),
    [](const ::testing::TestParamInfo<Target> &info) { return std::string(info.param.name); });
