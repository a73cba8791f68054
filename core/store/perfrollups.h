#pragma once

#include "ingest/jsonrowparser.h"
#include "model/query.h"
#include "model/usagerecord.h"
#include "support/result.h"

#include <QHash>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <vector>

struct sqlite3;

namespace QuotaScope {

class DimensionDictionary;

/**
 * What the cache and latency views need from a request, taken at write time so that no view has to parse
 * `other` over months of records: stream and first-response counts, the quota prompt caching saved
 * (perf_rollups, per 15-minute bucket), and use_time and first-response time as log-spaced bins (latency_bins, see
 * LatencyBins, per UTC hour and per UTC day), per source, model and channel. Latency percentiles therefore cover
 * the hours that start inside a range: in zones offset by :30 or :45 a range's edges are rounded to UTC hours.
 */
namespace PerfRollups {

/// The values of a log's `other` that these tables and the cache counts (applyOther) read, each Undefined when
/// absent.
struct OtherValues
{
    enum Key {
        Frt,
        CacheRatio,
        ModelPrice,
        ModelRatio,
        UserGroupRatio,
        GroupRatio,
        CacheTokens,
        CacheCreationTokens,
        CacheCreationTokens5m,
        CacheCreationTokens1h,
        KeyCount
    };
    JsonRowParser::Value values[KeyCount];

    static OtherValues of(const QJsonObject &other);
    /**
     * From the UTF-8 text of `other`, as Qt's parser reads it: the fast JSON parser (JsonRowParser::objectValues)
     * where it can say what Qt's would, else QJsonDocument. A text that names none of the keys (no "frt", no
     * "cache_", no \u escape) is not parsed. On real gateway logs this is the one parse of `other` per request,
     * done where the record is mapped, so it must not cost a QJsonObject (see the README's Performance section).
     */
    static OtherValues parse(QByteArrayView other);
    /// The key's value when it is a number, else fallback.
    double number(Key key, double fallback) const;
};

/// First-response time in ms from `other.frt`; -1 when the log has none.
double firstResponseMs(const OtherValues &other);
/**
 * The quota a request did not pay because prompt tokens came from the cache, as the gateway bills them: cache
 * tokens cost cache_ratio of a prompt token, so each saves (1 - cache_ratio) x model_ratio x group ratio
 * (user_group_ratio when set, else group_ratio). Per-call prices (model_price >= 0) and logs without a
 * cache_ratio save nothing that can be told.
 */
qint64 savedQuota(const UsageRecord &record, const OtherValues &other);
/// Sets record's firstResponseMs and savedQuota from its `other`'s values (its cache counts already taken from
/// them), and otherRead.
void readFigures(const OtherValues &other, UsageRecord *record);

/// The version-4 tables (see CacheDb's migrations).
const std::vector<const char *> &schema();
/// Fills the tables from every record-backed source's raw records (the version-4 migration; inside its
/// transaction).
Result<void> backfill(sqlite3 *db);

/** Adds a batch's new records to the tables (called by RecordWriter inside its transaction). */
class Writer
{
public:
    Writer(sqlite3 *db, DimensionDictionary *dims);
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    /// Adds records[i] for every i with (added == nullptr || (*added)[i]): add() (interning the model and channel
    /// names), prepare() and write().
    Result<void> write(qint64 sourceId, const QList<UsageRecord> &records, const std::vector<bool> *added = nullptr);

    /// Takes a record into the next prepare(), with the dims ids of its model and of its channel key (the name, else
    /// the id as text: ChannelKeys). The record must stay alive and unchanged until then.
    void add(const UsageRecord &record, qint64 model, qint64 channelKey);
    /// The CPU half: sums the records added since the last write per perf_rollups and latency_bins row (reading
    /// their first-response time and saved quota) and sorts the rows. It touches only this writer's own rows and
    /// those records, so it may run on another thread while the connection writes other tables.
    void prepare();
    /// The SQL half: upserts the prepared rows.
    Result<void> write(qint64 sourceId);
    /// Forgets what was added or prepared and not written (the write failed and was rolled back).
    void discard();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Sums per key of one view (key: a model, a channel, a source name, or "" for totals).
struct Sums
{
    qint64 requests = 0; ///< consumption logs
    qint64 errors = 0; ///< error logs (type 5)
    qint64 streams = 0; ///< consumption logs that streamed
    qint64 savedQuota = 0;
    QList<qint64> useTimeBins; ///< LatencyBins::Count counters (consumption logs)
    QList<qint64> frtBins; ///< only logs that carry other.frt
};

/**
 * Reads the sums per key for [from, to) of filter (its source, model and channel terms; types are fixed:
 * consumption, plus errors), grouped by by (None, Model, Channel or Source).
 */
Result<QHash<QString, Sums>> read(sqlite3 *db, qint64 from, qint64 to, const Filter &filter, Dimension by);

/// The same from raw records, for filters the tables cannot answer (user, token, group).
Result<QHash<QString, Sums>> readRecords(sqlite3 *db, qint64 from, qint64 to, const Filter &filter, Dimension by);

/// Whether read() answers filter (no user, token or group terms).
bool canRead(const Filter &filter);

} // namespace PerfRollups
} // namespace QuotaScope
