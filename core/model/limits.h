#pragma once

#include <QtGlobal>

#include <cmath>
#include <limits>
#include <optional>
#include <type_traits>

namespace QuotaScope {

/**
 * What a gateway can plausibly store per log row or hourly row. Values outside are refused (sync) or the row is
 * skipped and counted (import): one absurd row must not wrap a sum or make a report build millions of buckets.
 */
namespace Limits {

/// Token counts (prompt, completion, cache, hourly token_used) and request counts: 0 .. 10^12.
constexpr qint64 MaxTokens = 1000000000000LL;
/// |quota| of one row: 2^53, the largest integer a JSON number keeps exactly. The gateway's columns hold
/// less (users.quota is a 32-bit int on MySQL), so a larger value is a broken row, not a big bill.
constexpr qint64 MaxQuota = qint64(1) << 53;
/// use_time / elapsed_time: 0 .. 7 days, in milliseconds.
constexpr qint64 MaxUseTimeMs = 7LL * 24 * 3600 * 1000;
/// Earliest plausible created_at: 2000-01-01T00:00:00Z.
constexpr qint64 EarliestTime = 946684800;
/// Latest plausible created_at: now plus one day (clocks drift, zones confuse).
constexpr qint64 FutureSlack = 24 * 3600;
/// Most buckets one report builds; wider ranges are clamped and the report says so.
constexpr int MaxBuckets = 10000;

/// EarliestTime .. now + FutureSlack, with now in UTC seconds.
inline bool plausibleTime(qint64 t, qint64 now)
{
    return t >= EarliestTime && t <= now + FutureSlack;
}

} // namespace Limits

/// a + b into *out; false (and *out untouched) when the sum does not fit. Portable: no compiler builtins.
template <typename Int>
[[nodiscard]] constexpr bool addChecked(Int a, Int b, Int *out)
{
    static_assert(std::is_integral_v<Int> && std::is_signed_v<Int>, "addChecked is for signed integers");
    if ((b > 0 && a > std::numeric_limits<Int>::max() - b) || (b < 0 && a < std::numeric_limits<Int>::min() - b))
        return false;
    *out = a + b;
    return true;
}

/// The whole number d, if it is one and fits qint64 exactly; no undefined behaviour on NaN, inf or huge values.
inline std::optional<qint64> toInt64(double d)
{
    // 2^63 is exactly representable; every double below it (and >= -2^63) converts without overflow.
    constexpr double Bound = 9223372036854775808.0;
    if (!std::isfinite(d) || d != std::floor(d) || d >= Bound || d < -Bound)
        return std::nullopt;
    return qint64(d);
}

} // namespace QuotaScope
