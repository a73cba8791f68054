#include "demodata.h"

#include "gateway/gatewaystatus.h"
#include "store/sourcerepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace QuotaScope::DemoData {

QString sourceName()
{
    return QStringLiteral("Demo gateway");
}

QString resourcePath()
{
    return QStringLiteral(":/demo/demo-newapi.jsonl");
}

qint64 timeShiftFor(qint64 newestAt, const QDate &today, const QTimeZone &tz)
{
    const QDate newestDay = QDateTime::fromSecsSinceEpoch(newestAt, tz).date();
    return newestDay.daysTo(today) * 86400;
}

Result<ImportSummary> import(sqlite3 *db, const QDate &today, const QTimeZone &tz, const QString &dataFile, qint64 now)
{
    if (now <= 0)
        now = QDateTime::currentSecsSinceEpoch();
    // The importer reads files from disk; the data set lives in the executable's resources.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo-newapi.jsonl"));
    QFile in(dataFile);
    QFile out(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("DemoData", "The demo data is missing from this build (%1).").arg(dataFile),
            Error::Kind::Io);
    if (!dir.isValid() || !out.open(QIODevice::WriteOnly))
        return Error(QCoreApplication::translate("DemoData", "Cannot write a temporary copy of the demo data: %1")
                         .arg(out.errorString()),
            Error::Kind::Io);
    // Rows are sorted by time, so the last one is the newest; the shift is known once it is read.
    QByteArrayList lines;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (!line.trimmed().isEmpty())
            lines << line;
    }
    const auto createdAt = [](const QByteArray &line) {
        return QJsonDocument::fromJson(line).object().value(QLatin1String("created_at")).toInteger();
    };
    const qint64 shift = lines.isEmpty() ? 0 : timeShiftFor(createdAt(lines.last()), today, tz);
    for (const QByteArray &line : lines) {
        if (createdAt(line) + shift <= now)
            out.write(line);
    }
    out.close();

    ImportOptions options;
    options.format = ImportFormat::NewApiJsonl;
    options.timeShift = shift;
    auto summary = Importer(db).importFile(path, sourceName(), options);
    if (!summary)
        return summary;
    SourceRepository sources(db);
    auto source = sources.byName(sourceName());
    if (!source)
        return source.error();
    QJsonObject meta = source->meta;
    if (!meta.contains(QLatin1String("gateway"))) {
        GatewayStatus demo; // the gateway defaults: USD, 500000 quota per dollar
        demo.systemName = sourceName();
        meta.insert(QStringLiteral("gateway"), demo.toMeta());
        auto saved = sources.setMeta(source->id, meta);
        if (!saved)
            return saved.error();
    }
    return summary;
}

} // namespace QuotaScope::DemoData
