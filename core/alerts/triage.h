#pragma once

#include "model/query.h"
#include "support/result.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace QuotaScope {

/** One place where the usage pattern changed in a period, against the period's own baseline. */
struct TriageEntry
{
    enum class Kind { SpendJump, NewIp, NewModel, ChannelErrors, ChannelLatency };

    Kind kind = Kind::SpendJump;
    QString key; ///< the token (SpendJump, NewIp, NewModel) or the channel
    QString detail; ///< the new IP or model
    double before = 0; ///< baseline: the average of the 4 periods of equal length before (spend in quota, error
                       ///< rate in percent, latency in ms); 0 for what is new
    double after = 0; ///< in the period
    qint64 effect = 0; ///< ranking: quota spent in the period that the change carries
    QString message;

    static QString kindName(Kind k); ///< "spend_jump", "new_ip", "new_model", "channel_errors", "channel_latency"
};

/**
 * Answers "is a key leaked, is a channel broken" for a period [from, to): tokens whose spend jumped against their
 * own baseline (the 4 periods of the same length before), tokens used from an IP they never used before (admin
 * logs carry it), models that appeared for a token, channels whose error rate or latency jumped; ranked by the
 * spend each carries in the period. Spend and errors come from the rollups; IPs and latency only raw records
 * hold, so those two read usage_records in the period and its baseline (the IP check also looks further back).
 */
class Triage
{
public:
    explicit Triage(sqlite3 *db);

    Result<QList<TriageEntry>> run(qint64 from, qint64 to, const Filter &filter) const;

private:
    sqlite3 *m_db;
};

} // namespace QuotaScope
