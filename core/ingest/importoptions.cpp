#include "ingest/importoptions.h"

#include <QCoreApplication>

namespace QuotaScope {

namespace {

struct FormatName
{
    ImportFormat format;
    const char *name;
};

constexpr FormatName FormatNames[] = {
    { ImportFormat::Auto, "auto" },
    { ImportFormat::NewApiJson, "newapi-json" },
    { ImportFormat::NewApiJsonl, "newapi-jsonl" },
    { ImportFormat::NewApiCsv, "newapi-csv" },
    { ImportFormat::OneApiJson, "oneapi-json" },
    { ImportFormat::NewApiData, "newapi-data" },
    { ImportFormat::GatewaySqlite, "gateway-sqlite" },
    { ImportFormat::MappedCsv, "csv" },
    { ImportFormat::MappedJsonl, "jsonl" },
};

// Canonical names follow new-api's Log JSON; the rest are spellings users type naturally.
const QHash<QString, QString> &fieldAliases()
{
    static const QHash<QString, QString> aliases = {
        { QStringLiteral("model"), QStringLiteral("model_name") },
        { QStringLiteral("user"), QStringLiteral("username") },
        { QStringLiteral("user_name"), QStringLiteral("username") },
        { QStringLiteral("token"), QStringLiteral("token_name") },
        { QStringLiteral("channel_id"), QStringLiteral("channel") },
        { QStringLiteral("timestamp"), QStringLiteral("created_at") },
        { QStringLiteral("input_tokens"), QStringLiteral("prompt_tokens") },
        { QStringLiteral("output_tokens"), QStringLiteral("completion_tokens") },
        { QStringLiteral("cache_read_tokens"), QStringLiteral("cache_tokens") },
        { QStringLiteral("cache_write_tokens"), QStringLiteral("cache_creation_tokens") },
        { QStringLiteral("prompt"), QStringLiteral("prompt_text") },
        { QStringLiteral("request_text"), QStringLiteral("prompt_text") },
        { QStringLiteral("response"), QStringLiteral("response_text") },
        { QStringLiteral("completion_text"), QStringLiteral("response_text") },
    };
    return aliases;
}

} // namespace

QString importFormatName(ImportFormat f)
{
    for (const FormatName &n : FormatNames) {
        if (n.format == f)
            return QString::fromLatin1(n.name);
    }
    return QStringLiteral("auto");
}

bool parseImportFormat(const QString &text, ImportFormat *out)
{
    const QString t = text.trimmed().toLower();
    for (const FormatName &n : FormatNames) {
        if (t == QLatin1String(n.name)) {
            *out = n.format;
            return true;
        }
    }
    return false;
}

QStringList recordFieldNames()
{
    return { QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("type"), QStringLiteral("user_id"),
        QStringLiteral("username"), QStringLiteral("token_id"), QStringLiteral("token_name"),
        QStringLiteral("model_name"), QStringLiteral("channel"), QStringLiteral("channel_name"),
        QStringLiteral("group"), QStringLiteral("quota"), QStringLiteral("prompt_tokens"),
        QStringLiteral("completion_tokens"), QStringLiteral("cache_tokens"), QStringLiteral("cache_creation_tokens"),
        QStringLiteral("use_time"), QStringLiteral("elapsed_time"), QStringLiteral("is_stream"),
        QStringLiteral("request_id"), QStringLiteral("ip"), QStringLiteral("content"), QStringLiteral("other"),
        QStringLiteral("prompt_text"), QStringLiteral("response_text") };
}

QString canonicalRecordField(const QString &name)
{
    const QString n = name.trimmed().toLower();
    static const QStringList names = recordFieldNames();
    if (names.contains(n))
        return n;
    return fieldAliases().value(n);
}

bool parseColumnMapping(const QString &text, QHash<QString, QString> *out, QString *error)
{
    QHash<QString, QString> result;
    const QStringList pairs = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const QString field = eq < 0 ? QString() : pair.left(eq).trimmed();
        const QString column = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
        if (field.isEmpty() || column.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("ImportOptions", "mapping `%1` is not of the form field=column")
                             .arg(pair.trimmed());
            return false;
        }
        const QString canonical = canonicalRecordField(field);
        if (canonical.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("ImportOptions", "unknown record field `%1` (known: %2)")
                             .arg(field, recordFieldNames().join(QStringLiteral(", ")));
            return false;
        }
        result.insert(canonical, column);
    }
    if (result.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ImportOptions", "the column mapping is empty");
        return false;
    }
    *out = result;
    return true;
}

} // namespace QuotaScope
