#pragma once

#include "support/result.h"

#include <QByteArray>

namespace QuotaScope {

/// SQL that every rollup table (rollups, rollup_keys, rollup_pairs) writes and rebuilds with.
namespace RollupSql {

/// "sum(requests), sum(quota), ..." over the seven counters, in the tables' column order.
QByteArray counterSums();

/*
 * "requests = requests + excluded.requests, ..." for an upsert's DO UPDATE, for every counter. SQLite turns an
 * integer "+" that overflows into a float, which would then be read back as a wrong count; abs() of the smallest
 * 64-bit integer raises "integer overflow" instead, so an overflowing rollup fails the write with that message.
 */
QByteArray checkedCounterAdds();

/// The error of a write whose rollup sums would not fit in 64 bits.
Error sumOverflow();

/// The rollups rows of the sources sourcesSql selects (a parenthesised subquery) with channel_key, the channel as
/// reports key it: the name's dims id, or for a nameless channel the dims id of its decimal id (-1 if never stored).
QByteArray rollupsWithChannelKey(const QByteArray &sourcesSql);

} // namespace RollupSql

} // namespace QuotaScope
