#include "store/rollupsql.h"

#include <QByteArrayList>
#include <QCoreApplication>

namespace QuotaScope {

namespace {

const char *const Counters[] = { "requests", "quota", "prompt_tokens", "completion_tokens", "cache_read_tokens",
    "cache_write_tokens", "unsplit_tokens" };

} // namespace

Error RollupSql::sumOverflow()
{
    return Error(QCoreApplication::translate(
                     "RecordWriter", "a rollup sum does not fit in a 64-bit number; the rows hold implausible values"),
        Error::Kind::Parse);
}

QByteArray RollupSql::counterSums()
{
    QByteArrayList sums;
    for (const char *c : Counters)
        sums << "sum(" + QByteArray(c) + ")";
    return sums.join(", ");
}

QByteArray RollupSql::checkedCounterAdds()
{
    QByteArrayList sets;
    for (const char *col : Counters) {
        const QByteArray c(col);
        sets << c + " = CASE WHEN typeof(" + c + " + excluded." + c + ") = 'integer' THEN " + c + " + excluded." + c
                + " ELSE abs(-9223372036854775807 - 1) END";
    }
    return sets.join(", ");
}

QByteArray RollupSql::rollupsWithChannelKey(const QByteArray &sourcesSql)
{
    return "(SELECT type, bucket, source_id, model, user_name, token_name, grp, requests, quota, prompt_tokens, "
           "completion_tokens, cache_read_tokens, cache_write_tokens, unsplit_tokens, CASE WHEN channel_name = 0 THEN "
           "coalesce((SELECT id FROM dims WHERE value = CAST(channel_id AS TEXT)), -1) ELSE channel_name END AS "
           "channel_key FROM rollups WHERE source_id IN ("
        + sourcesSql + "))";
}

} // namespace QuotaScope
