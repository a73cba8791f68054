#pragma once

#include "model/limits.h"

#include <QtGlobal>

namespace QuotaScope {

/** The additive counters every bucket, key and total carries. */
struct Counters
{
    qint64 requests = 0;
    qint64 quota = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    /// Tokens known only as a total: the gateway's hourly quota_data keeps token_used without a split.
    qint64 unsplitTokens = 0;

    /// Saturates instead of wrapping; every stored field is bounded (Limits), so only absurd sums get there.
    qint64 totalTokens() const
    {
        qint64 t = 0;
        if (!addChecked(promptTokens, completionTokens, &t) || !addChecked(t, unsplitTokens, &t))
            return std::numeric_limits<qint64>::max();
        return t;
    }
    /// Adds o field by field. False, leaving *this unchanged, when any sum would not fit in 64 bits.
    [[nodiscard]] bool add(const Counters &o)
    {
        Counters s;
        if (!addChecked(requests, o.requests, &s.requests) || !addChecked(quota, o.quota, &s.quota)
            || !addChecked(promptTokens, o.promptTokens, &s.promptTokens)
            || !addChecked(completionTokens, o.completionTokens, &s.completionTokens)
            || !addChecked(cacheReadTokens, o.cacheReadTokens, &s.cacheReadTokens)
            || !addChecked(cacheWriteTokens, o.cacheWriteTokens, &s.cacheWriteTokens)
            || !addChecked(unsplitTokens, o.unsplitTokens, &s.unsplitTokens))
            return false;
        *this = s;
        return true;
    }
    bool operator==(const Counters &o) const
    {
        return requests == o.requests && quota == o.quota && promptTokens == o.promptTokens
            && completionTokens == o.completionTokens && cacheReadTokens == o.cacheReadTokens
            && cacheWriteTokens == o.cacheWriteTokens && unsplitTokens == o.unsplitTokens;
    }
    bool operator!=(const Counters &o) const { return !(*this == o); }
};

} // namespace QuotaScope
