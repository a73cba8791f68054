#pragma once

#include "ingest/importoptions.h"
#include "ingest/usagefilereader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace QuotaScope::Fuzz {

/// A broken invariant: abort so that libFuzzer (or the regression test) records the input.
#define QS_FUZZ_CHECK(condition)                                                                                       \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);               \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// UsageFileReader reads paths, so the input goes to one scratch file per process and suffix. The suffix
/// matters: format detection breaks ties by extension.
inline QString writeScratch(const QByteArray &content, const char *suffix)
{
    const QString path = QDir::temp().filePath(QStringLiteral("quotascope-fuzz-%1-input.%2")
                                                   .arg(QCoreApplication::applicationPid())
                                                   .arg(QLatin1String(suffix)));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(content);
    return path;
}

/// Reads a whole file through UsageFileReader and checks what it delivers.
inline void readFile(const QString &path, const ImportOptions &options)
{
    UsageFileReader reader(path, options);
    qint64 delivered = 0;
    UsageSink sink;
    sink.records = [&](const QList<UsageRecord> &batch) -> Result<void> {
        QS_FUZZ_CHECK(!batch.isEmpty());
        for (const UsageRecord &r : batch)
            QS_FUZZ_CHECK(!r.identity.isEmpty());
        delivered += batch.size();
        return {};
    };
    sink.buckets = [&](const QList<HourlyBucket> &batch) -> Result<void> {
        QS_FUZZ_CHECK(!batch.isEmpty());
        for (const HourlyBucket &b : batch)
            QS_FUZZ_CHECK(b.hourStart % 3600 == 0);
        delivered += batch.size();
        return {};
    };
    const auto stats = reader.read(sink);
    if (stats) {
        // No silent skips: a successful read delivers every row it counted, or counts it as skipped with a reason
        // (buckets of one hour and user merge).
        QS_FUZZ_CHECK(delivered <= stats->rowsRead);
        if (!stats->aggregate)
            QS_FUZZ_CHECK(delivered + stats->skipped >= stats->rowsRead);
    } else {
        QS_FUZZ_CHECK(!stats.error().message.isEmpty());
    }
}

/// Reads a whole file in order and again in tiny chunks on two parse workers (the path a large file takes): the
/// same records, field for field, and the same outcome or the same first error.
inline void readsAlikeInChunks(const QString &path, ImportOptions options)
{
    const auto read = [&](qint64 chunkBytes) {
        options.parseChunkBytes = chunkBytes;
        options.parseThreads = 2;
        QStringList seen;
        UsageSink sink;
        sink.records = [&](const QList<UsageRecord> &batch) -> Result<void> {
            for (const UsageRecord &r : batch) {
                seen << QStringList { r.identity, QString::number(r.createdAt), QString::number(r.type), r.userName,
                    r.model, QString::number(r.quota), QString::number(r.promptTokens),
                    QString::number(r.cacheReadTokens), QString::number(r.firstResponseMs), r.content, r.other }
                            .join(QChar(0x1f));
            }
            return {};
        };
        sink.buckets = [&](const QList<HourlyBucket> &batch) -> Result<void> {
            for (const HourlyBucket &b : batch)
                seen << QString::number(b.hourStart) + b.userName + b.model + QString::number(b.quota);
            return {};
        };
        const auto stats = UsageFileReader(path, options).read(sink);
        seen << (stats ? QStringLiteral("ok %1 %2").arg(stats->rowsRead).arg(stats->skipped) : stats.error().message);
        return seen;
    };
    QS_FUZZ_CHECK(read(qint64(1) << 40) == read(48));
}

/// Splits off a first line "#map <spec>" that the mapped targets use to pick a preset or a column mapping.
inline bool takeMappingLine(QByteArray *input, QString *spec)
{
    if (!input->startsWith("#map "))
        return false;
    const qsizetype nl = input->indexOf('\n');
    *spec = QString::fromUtf8(input->mid(5, nl < 0 ? -1 : nl - 5)).trimmed();
    *input = nl < 0 ? QByteArray() : input->mid(nl + 1);
    return true;
}

/// "preset=<name>" or a column mapping as the CLI's --map takes it.
inline bool applyMappingSpec(const QString &spec, ImportOptions *options)
{
    if (spec.startsWith(QLatin1String("preset="))) {
        options->preset = spec.mid(7);
        return true;
    }
    QString error;
    const bool ok = parseColumnMapping(spec, &options->mapping, &error);
    QS_FUZZ_CHECK(ok || !error.isEmpty());
    return ok;
}

} // namespace QuotaScope::Fuzz
