#pragma once

#include "ingest/usagefilereader.h"
#include "support/tempcache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace QuotaScope::Test {

/** Everything a reader delivered, kept in memory for assertions. */
struct Collected
{
    QList<UsageRecord> records;
    QList<HourlyBucket> buckets;
    int recordBatches = 0;
    int bucketBatches = 0;
};

inline Result<ReadStats> readAll(const QString &path, const ImportOptions &options, Collected *out,
    const ImportProgress &progress = {}, const std::atomic_bool *cancel = nullptr)
{
    UsageSink sink;
    sink.records = [out](const QList<UsageRecord> &batch) -> Result<void> {
        out->records.append(batch);
        ++out->recordBatches;
        return {};
    };
    sink.buckets = [out](const QList<HourlyBucket> &batch) -> Result<void> {
        out->buckets.append(batch);
        ++out->bucketBatches;
        return {};
    };
    return UsageFileReader(path, options).read(sink, progress, cancel);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

/// The fixture's text lines without the header, split on commas (for files without quoted fields).
inline QList<QStringList> plainCsvRows(const QString &path)
{
    QList<QStringList> rows;
    const QList<QByteArray> lines = fileBytes(path).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (!line.isEmpty())
            rows.append(line.split(QLatin1Char(',')));
    }
    return rows;
}

/// The Log items of a small JSON fixture, parsed whole (an independent check on the streaming reader).
inline QJsonArray wholeDocumentItems(const QString &path)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fileBytes(path));
    if (doc.isArray())
        return doc.array();
    const QJsonValue data = doc.object().value(QLatin1String("data"));
    return data.isArray() ? data.toArray() : data.toObject().value(QLatin1String("items")).toArray();
}

} // namespace QuotaScope::Test
