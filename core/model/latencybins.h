#pragma once

#include <QList>
#include <QtGlobal>

#include <cmath>

namespace QuotaScope {

/**
 * Log-spaced latency bins, so that months of requests keep their percentiles in a few hundred counters per rollup
 * bucket. Bin 0 holds 0 ms; bin b >= 1 holds [2^((b-1)/8), 2^(b/8)) ms, eight bins per doubling; the last bin
 * also holds everything above (about 10 days). A percentile read from the bins is the bin's geometric middle,
 * within 2^(1/16) - 1 (4.4 %) of the exact value of any request in that bin.
 */
namespace LatencyBins {

constexpr int PerDoubling = 8;
constexpr int Count = 1 + 30 * PerDoubling; ///< up to 2^30 ms
/// The largest relative error of a percentile read from the bins.
inline double maxRelativeError()
{
    return std::pow(2.0, 0.5 / PerDoubling) - 1.0;
}

inline int binOf(double ms)
{
    if (!(ms >= 1.0)) // also NaN and negatives
        return ms > 0 ? 1 : 0;
    const int b = 1 + int(std::floor(std::log2(ms) * PerDoubling));
    return qBound(1, b, Count - 1);
}

/// What a bin stands for: its geometric middle (0 for bin 0).
inline double valueOf(int bin)
{
    if (bin <= 0)
        return 0.0;
    return std::pow(2.0, (bin - 0.5) / PerDoubling);
}

/// The p-quantile (0 < p <= 1, nearest rank) of the requests counted in bins (index = bin); -1 when empty.
inline double percentile(const QList<qint64> &bins, double p)
{
    qint64 total = 0;
    for (qint64 n : bins)
        total += n;
    if (total <= 0)
        return -1.0;
    const qint64 rank = qMax<qint64>(1, qint64(std::ceil(p * double(total))));
    qint64 seen = 0;
    for (int b = 0; b < bins.size(); ++b) {
        seen += bins[b];
        if (seen >= rank)
            return valueOf(b);
    }
    return valueOf(int(bins.size()) - 1);
}

} // namespace LatencyBins
} // namespace QuotaScope
