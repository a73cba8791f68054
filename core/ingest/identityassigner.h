#pragma once

#include "model/usagerecord.h"
#include "support/result.h"

#include <QByteArray>
#include <QHash>

#include <vector>

namespace QuotaScope {

/**
 * The last Capacity distinct ids seen, each with the time it was first seen at: a ring for their order and an
 * open-addressing table (linear probing, at most half full, deletion by backward shift) to look them up. The
 * reading thread checks every record's id here, so the table stays flat: no node or span to allocate or free.
 */
class RecentIds
{
public:
    static constexpr qsizetype Capacity = 4096;

    RecentIds();
    /// The time id was seen at, or nullptr when it is not among the last Capacity ids.
    const qint64 *find(qint64 id) const;
    /// Remembers id (not present) at time at, forgetting the oldest id when Capacity are held.
    void add(qint64 id, qint64 at);
    qsizetype size() const { return qsizetype(m_order.size()); }

private:
    struct Slot
    {
        qint64 id = 0;
        qint64 at = 0;
        bool used = false;
    };
    static constexpr int SlotBits = 13;
    static constexpr size_t Slots = size_t(1) << SlotBits; // at most half full
    static_assert(Slots >= 2 * size_t(Capacity));
    static size_t home(qint64 id);
    void erase(qint64 id);

    std::vector<Slot> m_slots;
    std::vector<qint64> m_order; ///< the ids in the order they came, a ring once full
    size_t m_next = 0; ///< the oldest id's place in m_order once full
};

/**
 * Gives each record of one file its UsageRecord::identity:
 *  - "id:<id>" when the record carries a real gateway log id;
 *  - "r:<created_at>:<request_id>" when it has a request id (self logs, traces with ids);
 *  - otherwise "h:<hash>#<k>": a hash of every normalised field, and k, the number of identical rows seen
 *    before it in this file. Real traces hold identical rows that are distinct requests, and numbering them
 *    per file keeps them apart while a second import of the same (or an overlapping) file maps onto the
 *    same identities.
 *
 * The occurrence counters are bounded: identical rows share a timestamp, and exports are in time order
 * (either direction), so once the map grows past a threshold the counters of timestamps more than an hour
 * away from the current row are dropped. A row that later lands among dropped timestamps cannot be numbered
 * safely; that is reported as an error (the file is far out of time order) instead of guessing.
 */
class IdentityAssigner
{
public:
    static constexpr qint64 Window = 3600;
    static constexpr qsizetype DefaultPruneThreshold = 200000;

    explicit IdentityAssigner(qsizetype pruneThreshold = DefaultPruneThreshold)
        : m_threshold(pruneThreshold)
    { }

    Result<void> assign(UsageRecord *record);
    /// Checks what can only be judged on the whole file: ids that run against time are row numbers (a user's
    /// own logs), not gateway log ids, and keying on them would merge different requests of later imports.
    Result<void> finish() const;

    /// Stable content hash of a record's normalised fields (hex, 16 characters).
    static QByteArray contentHash(const UsageRecord &record);
    /// The identity scheme every source shares, before the "#k" occurrence number: "id:<gateway id>", else
    /// "r:<created_at>:<request_id>", else "h:<contentHash>".
    static QString baseIdentity(const UsageRecord &record);

    qsizetype trackedEntries() const { return m_seen.size(); }

private:
    struct Entry
    {
        qint64 createdAt = 0;
        qint64 count = 0;
    };
    void prune(qint64 now);
    Result<void> checkGatewayId(const UsageRecord &record);

    QHash<QByteArray, Entry> m_seen;
    qsizetype m_threshold;
    bool m_pruned = false;
    qint64 m_prunedMin = 0;
    qint64 m_prunedMax = 0;

    // Gateway ids grow with time; self-log row numbers grow as time falls (newest first), and L-era self ids
    // (id % 1024) repeat. Recent ids are remembered (bounded) to catch a repeat with another timestamp.
    RecentIds m_recentIds;
    qint64 m_previousId = 0;
    qint64 m_previousAt = 0;
    qint64 m_idSteps = 0;
    qint64 m_idStepsAgainstTime = 0;
};

} // namespace QuotaScope
