#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace QuotaScope {

/** The gateway's log types (new-api numbering; one-api's 5 "test" is mapped to System on import). */
enum class LogType : int { Unknown = 0, Topup = 1, Consume = 2, Manage = 3, System = 4, Error = 5, Refund = 6 };

/**
 * One request (or other log entry) as every source delivers it after normalisation. Field meanings follow
 * new-api's Log record; one-api's elapsed_time (ms) lands in useTimeMs.
 */
struct UsageRecord
{
    /// Stable identity within its source: "id:<gateway log id>" when the id is real, otherwise derived from
    /// content ("h:<hash>#<k>" for the k-th identical row, or "r:<created_at>:<request_id>" for self logs).
    QString identity;
    qint64 gatewayId = 0; ///< the gateway's log id when real, 0 otherwise
    qint64 createdAt = 0; ///< UTC epoch seconds
    int type = int(LogType::Consume);
    qint64 userId = 0;
    QString userName;
    qint64 tokenId = 0;
    QString tokenName;
    QString model;
    qint64 channelId = 0;
    QString channelName;
    QString group;
    qint64 quota = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cacheReadTokens = 0;  ///< other.cache_tokens
    qint64 cacheWriteTokens = 0; ///< other.cache_creation_tokens (+ _5m, _1h)
    qint64 useTimeMs = 0;        ///< new-api use_time is seconds; stored as ms
    bool isStream = false;
    QString requestId;
    QString ip;
    QString content;
    /// The raw `other` JSON string, as delivered, in UTF-8: the readers copy it from the file's bytes and the writer
    /// stores those bytes, so the longest field of a log is never decoded to UTF-16 and encoded back. Text that is
    /// not valid UTF-8 is stored as QString::fromUtf8() would make it (utf8()).
    QByteArray other;

    /// What the cache and latency rollups take from `other`, read with the cache counts where the record is mapped
    /// (applyOther), so that the writer does not parse `other` again. otherRead false (a record built in code, or
    /// read back from the cache): not read yet, and the rollups read them from `other` themselves.
    bool otherRead = false;
    double firstResponseMs = -1; ///< other.frt; -1 when there is none (PerfRollups::firstResponseMs)
    qint64 savedQuota = 0; ///< the quota prompt caching saved (PerfRollups::savedQuota)

    qint64 totalTokens() const { return promptTokens + completionTokens; }

    /// bytes as `other` keeps text: what QString::fromUtf8() makes of them, encoded back, so that the stored text
    /// and the identity hash are those of the decoded text. That is the same bytes when they are valid UTF-8, but
    /// for a leading byte order mark (dropped); invalid sequences become U+FFFD.
    static QByteArray utf8(QByteArrayView bytes)
    {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes = bytes.sliced(3);
        return bytes.isValidUtf8() ? bytes.toByteArray() : QString::fromUtf8(bytes).toUtf8();
    }
};

/**
 * One hour of the gateway's own quota_data (from /api/data or the quota_data table). Sources made of these
 * are aggregate-backed: they have no raw records.
 */
struct HourlyBucket
{
    qint64 hourStart = 0; ///< UTC epoch seconds, a multiple of 3600
    qint64 userId = 0;
    QString userName;
    QString model;
    qint64 requests = 0;
    qint64 quota = 0;
    qint64 tokens = 0; ///< token_used = prompt + completion; the gateway does not split it
};

} // namespace QuotaScope

Q_DECLARE_METATYPE(QuotaScope::UsageRecord)
