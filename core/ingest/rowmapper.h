#pragma once

#include "model/usagerecord.h"
#include "support/result.h"

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
};

/**
 * Turns one row (a JSON object or a CSV record) into a UsageRecord. Numbers may be JSON numbers or text;
 * empty text and null mean absent. Errors name the column and the offending value but not the file or line,
 * which the caller adds.
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
        FieldCount
    };

    explicit RowMapper(const RowMapperConfig &config);

    /// For CSV: finds each mapped column in the header. Fails when a mapped column is missing.
    Result<void> bindHeader(const QStringList &header);
    /// Number of columns of the bound header.
    int columnCount() const { return m_columnCount; }

    Result<UsageRecord> map(const QJsonObject &row) const;
    Result<UsageRecord> map(const QStringList &cells) const;

    /// Parses "2023-11-16 18:17:03.9799600", "2023-11-16T18:17:03Z", "...+08:00" (no zone = UTC).
    static bool parseDateTime(QStringView text, qint64 *epochSeconds);

private:
    template <typename Get>
    Result<UsageRecord> mapWith(const Get &get) const;
    QString label(Field f) const;

    RowMapperConfig m_config;
    std::array<QString, FieldCount> m_keys;
    std::array<int, FieldCount> m_columnIndex;
    int m_columnCount = 0;
};

/// Interprets `other` leniently: cache read and write tokens when it is a JSON object, nothing otherwise.
void applyOther(UsageRecord *record);

} // namespace QuotaScope
