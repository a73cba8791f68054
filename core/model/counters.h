#pragma once

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

    qint64 totalTokens() const { return promptTokens + completionTokens + unsplitTokens; }
    Counters &operator+=(const Counters &o)
    {
        requests += o.requests;
        quota += o.quota;
        promptTokens += o.promptTokens;
        completionTokens += o.completionTokens;
        cacheReadTokens += o.cacheReadTokens;
        cacheWriteTokens += o.cacheWriteTokens;
        unsplitTokens += o.unsplitTokens;
        return *this;
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
