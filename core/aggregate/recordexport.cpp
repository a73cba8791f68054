#include "aggregate/recordexport.h"

#include "aggregate/reportformat.h"
#include "model/recordjson.h"
#include "store/recordquery.h"

#include <QJsonDocument>

namespace QuotaScope::RecordExport {

const QStringList &csvColumns()
{
    static const QStringList columns { QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("type"),
        QStringLiteral("user_id"), QStringLiteral("username"), QStringLiteral("token_id"), QStringLiteral("token_name"),
        QStringLiteral("model_name"), QStringLiteral("channel"), QStringLiteral("channel_name"),
        QStringLiteral("group"), QStringLiteral("quota"), QStringLiteral("prompt_tokens"),
        QStringLiteral("completion_tokens"), QStringLiteral("cache_tokens"), QStringLiteral("cache_creation_tokens"),
        QStringLiteral("use_time"), QStringLiteral("is_stream"), QStringLiteral("request_id"), QStringLiteral("ip"),
        QStringLiteral("content"), QStringLiteral("other") };
    return columns;
}

Result<qint64> write(
    sqlite3 *db, qint64 from, qint64 to, const Filter &filter, Format format, QIODevice *out, const Progress &progress)
{
    RecordQuery query(db);
    qint64 total = -1;
    if (progress) {
        auto first = query.page(from, to, filter, 0, 1);
        if (!first)
            return first.error();
        total = first->total;
        if (!progress(0, total))
            return Error::cancelled();
    }
    const bool jsonl = format == Format::Jsonl;
    if (!jsonl) {
        const QByteArray header = csvColumns().join(QLatin1Char(',')).toUtf8() + '\n';
        if (out->write(header) != header.size())
            return Error(out->errorString(), Error::Kind::Io);
    }
    bool writeFailed = false;
    bool cancelled = false;
    qint64 done = 0;
    auto count = query.forEach(from, to, filter, [&](const UsageRecord &r) {
        const QJsonObject o = recordLogJson(r);
        QByteArray line;
        if (jsonl) {
            line = QJsonDocument(o).toJson(QJsonDocument::Compact);
        } else {
            QStringList cells;
            for (const QString &c : csvColumns()) {
                const QJsonValue v = o.value(c);
                // Text cells are neutralised against formula injection; numbers (a refund's -5) stay numbers.
                if (v.isString())
                    cells << ReportFormat::csvTextField(v.toString());
                else if (v.isBool())
                    cells << (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
                else
                    cells << (v.isUndefined() ? QString() : QString::number(v.toDouble(), 'g', 17));
            }
            line = cells.join(QLatin1Char(',')).toUtf8();
        }
        line += '\n';
        if (out->write(line) != line.size()) {
            writeFailed = true;
            return false;
        }
        ++done;
        if (progress && done % 2000 == 0 && !progress(done, total)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!count)
        return count.error();
    if (writeFailed)
        return Error(out->errorString(), Error::Kind::Io);
    if (cancelled)
        return Error::cancelled();
    if (progress)
        progress(done, total);
    return count.value();
}

} // namespace QuotaScope::RecordExport
