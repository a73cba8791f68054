#pragma once

#include "model/usagerecord.h"
#include "support/result.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <array>

namespace QuotaScope {

/** How a file's rows are read: which product wrote them decides units, log types and whether ids are real. */
enum class LogDialect {
    NewApi, ///< use_time in seconds, type 5 = error, `other` JSON string
    OneApi, ///< elapsed_time in ms, type 5 = channel test (mapped to System), no other/group/token_id
    Mapped, ///< a column-mapped trace: ids only when mapped, times in any supported format
};

class TextInterner;

/** One value of a JSON object as the fast parser (JsonRowParser) saw it; text is UTF-8 in the parser's buffer. */
struct JsonCell
{
    enum class Type : quint8 { Undefined, Null, Bool, Integer, Double, String };
    Type type = Type::Undefined;
    bool boolean = false;
    qint64 integer = 0;
    double number = 0;
    QByteArrayView text;
};

/** What RowMapper needs to know beyond the row itself. */
struct RowMapperConfig
{
    LogDialect dialect = LogDialect::NewApi;
    bool idsAreReal = true; ///< "id" is the gateway's log id (false for self logs)
    bool relativeTime = false; ///< created_at counts from epochBase
    qint64 createdAtUnitMs = 0; ///< 1000 (s) or 1 (ms); 0 detects seconds or ms by magnitude
    qint64 epochBase = 0; ///< UTC seconds, with relativeTime
    qint64 useTimeUnitMs = 1000; ///< use_time unit (new-api: seconds)
    qint64 timeShift = 0;
    QString model, user, token; ///< fill empty fields
    bool zeroCompletionIsError = false; ///< a row with no completion tokens is a failed request
    /// record field -> the column or key that holds it in the file; missing fields are absent
    QHash<QString, QString> columns;
    bool csv = false; ///< says "column" rather than "field" in messages
    /// Text cells may carry the quote csvFormulaSafe() puts before formula-like text (QuotaScope's own CSV
    /// exports); it is removed again.
    bool formulaQuoted = false;
    qint64 now = 0; ///< UTC seconds that bound created_at (now + 1 day); 0 takes the clock at construction

    /// The one mapping of a gateway Log object (an /api/log page item, a JSON or JSONL export line) to a record:
    /// sync and import both use it, so one log gives the same record either way.
    static RowMapperConfig gatewayLog(LogDialect dialect, bool idsAreReal);
};

/**
 * Turns one row (a JSON object or a CSV record) into a UsageRecord. Numbers may be JSON numbers or text;
 * empty text and null mean absent. Errors name the column and the offending value but not the file or line,
 * which the caller adds.
 *
 * Values outside the plausible ranges of Limits (token counts, quota, use_time, created_at between 2000-01-01
 * and now + 1 day) are errors too; for those, map() also sets *implausible to a short reason ("field `quota`
 * out of range") so that an importer can skip the row and count it under that reason.
 */
class RowMapper
{
public:
    enum Field {
        Id,
        CreatedAt,
        Type,
        UserId,
        Username,
        TokenId,
        TokenName,
        ModelName,
        Channel,
        ChannelName,
        Group,
        Quota,
        PromptTokens,
        CompletionTokens,
        CacheTokens,
        CacheCreationTokens,
        UseTime,
        ElapsedTime,
        IsStream,
        RequestId,
        Ip,
        Content,
        Other,
        PromptText,   ///< request text, only to estimate prompt tokens when the row has none (not stored)
        ResponseText, ///< reply text, only to estimate completion tokens when the row has none (not stored)
        FieldCount
    };

    explicit RowMapper(const RowMapperConfig &config);

    /// For CSV: finds each mapped column in the header. Fails when a mapped column is missing.
    Result<void> bindHeader(const QStringList &header);
    /// Number of columns of the bound header.
    int columnCount() const { return m_columnCount; }

    Result<UsageRecord> map(const QJsonObject &row, QString *implausible = nullptr) const;
    Result<UsageRecord> map(const QStringList &cells, QString *implausible = nullptr) const;
    /// A CSV record as UTF-8 cells (CsvReader::fields(), columnCount() of them), numbers read without decoding;
    /// the text of dimension fields (user, token, model, channel, group, ip) is decoded through texts.
    Result<UsageRecord> map(const QByteArrayView *cells, TextInterner *texts, QString *implausible = nullptr) const;
    /// A JSON object's values by field, as JsonRowParser extracts them: the same record map(QJsonObject) gives.
    Result<UsageRecord> map(
        const std::array<JsonCell, FieldCount> &cells, TextInterner *texts, QString *implausible = nullptr) const;
    /// The key or column of each field in the file (empty when the field is not mapped).
    const std::array<QString, FieldCount> &keys() const { return m_keys; }

    /// Parses "2023-11-16 18:17:03.9799600", "2023-11-16T18:17:03Z", "...+08:00" (no zone = UTC).
    static bool parseDateTime(QStringView text, qint64 *epochSeconds);

private:
    template <typename Get>
    Result<UsageRecord> mapWith(const Get &get, QString *implausible) const;
    QString label(Field f) const;
    Error outOfRange(const QString &what, const QString &value, qint64 min, qint64 max, QString *implausible) const;
    Error implausibleTime(const QString &value, QString *implausible) const;

    RowMapperConfig m_config;
    qint64 m_now = 0;
    std::array<QString, FieldCount> m_keys;
    std::array<int, FieldCount> m_columnIndex;
    int m_columnCount = 0;
};

/// Interprets `other` leniently: cache read and write tokens when it is a JSON object, nothing otherwise.
/// cache_creation_tokens is the total; only without it are cache_creation_tokens_5m and _1h added up. The same
/// parse gives the figures the cache and latency rollups take (PerfRollups::readFigures).
void applyOther(UsageRecord *record);

/**
 * The one parser of the gateway's hourly rows (/api/data items, quota_data table rows): created_at, user_id,
 * username, model_name, count, quota, token_used. Numbers must be JSON numbers; created_at is required and is
 * floored to its UTC hour after timeShift. Out-of-range values (as in RowMapper) are errors that also set
 * *implausible.
 */
Result<HourlyBucket> parseHourlyRow(
    const QJsonObject &row, qint64 timeShift = 0, qint64 now = 0, QString *implausible = nullptr);

/// Adds b's counters to *sum (same hour, user and model). False, leaving *sum unchanged, when a sum would not
/// fit in 64 bits.
[[nodiscard]] bool addHourly(HourlyBucket *sum, const HourlyBucket &b);

} // namespace QuotaScope
