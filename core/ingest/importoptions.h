#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace QuotaScope {

/** What a file holds. Auto detects it from the first bytes. */
enum class ImportFormat {
    Auto,
    NewApiJson,    ///< /api/log/ answer (paged or bare array) or a JSON array of Log objects
    NewApiJsonl,   ///< one Log object per line
    NewApiCsv,     ///< CSV with Log field names as header
    OneApiJson,    ///< one-api /api/log/ answer or array (elapsed_time ms, no other/group)
    NewApiData,    ///< /api/data/ or /api/data/self answer: hourly aggregates
    GatewaySqlite, ///< a gateway's own SQLite database (logs table, or quota_data with ImportOptions::quotaData)
    MappedCsv,     ///< any CSV with a column mapping or preset
    MappedJsonl,   ///< any JSONL with a column mapping or preset
};

QString importFormatName(ImportFormat f);                    ///< "auto", "newapi-json", "newapi-jsonl", ...
bool parseImportFormat(const QString &text, ImportFormat *out);

struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    QString preset;                        ///< "burstgpt", "azure-trace", "mooncake" (implies a mapped format)
    /// record field -> column name, e.g. created_at -> TIMESTAMP. A created_at or use_time column may end in
    /// ":s" or ":ms" to give its unit; a created_at with a unit counts from epochBase when one is set.
    QHash<QString, QString> mapping;
    QString model, user, token;            ///< fill fields a file lacks
    std::optional<qint64> epochBase;       ///< base (UTC s) for relative time columns
    bool quotaData = false;                ///< GatewaySqlite: read quota_data instead of logs
    qint64 timeShift = 0;                  ///< seconds added to every timestamp (the demo data uses it)
    int batchSize = 5000;
    /// The file holds a user's own logs (/api/log/self, /api/log/token): their ids are row numbers, so
    /// records are keyed by (created_at, request_id) or content instead of "id:<id>".
    bool selfLogs = false;
    /// CSV and JSONL text is cut into chunks of about this many bytes, parsed on parseThreads worker threads
    /// (0: the defaults). A file no longer than one chunk is read in one go.
    qint64 parseChunkBytes = 0;
    int parseThreads = 0;
};

/// The record fields a column mapping may name ("model" -> "model_name"); empty for an unknown field.
QString canonicalRecordField(const QString &name);
/// Every record field a mapping may name, in their canonical spelling.
QStringList recordFieldNames();

/// Parses "created_at=TIMESTAMP,prompt_tokens=ContextTokens" into ImportOptions::mapping; false on bad syntax
/// or an unknown record field (error names it).
bool parseColumnMapping(const QString &text, QHash<QString, QString> *out, QString *error);

} // namespace QuotaScope
