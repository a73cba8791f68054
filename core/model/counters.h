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

    qint64 totalTokens() const { return promptTokens + completionTokens; }
    Counters &operator+=(const Counters &o)
    {
        requests += o.requests;
        quota += o.quota;
        promptTokens += o.promptTokens;
        completionTokens += o.completionTokens;
        cacheReadTokens += o.cacheReadTokens;
        cacheWriteTokens += o.cacheWriteTokens;
        return *this;
    }
    bool operator==(const Counters &o) const
    {
        return requests == o.requests && quota == o.quota && promptTokens == o.promptTokens
            && completionTokens == o.completionTokens && cacheReadTokens == o.cacheReadTokens
            && cacheWriteTokens == o.cacheWriteTokens;
    }
    bool operator!=(const Counters &o) const { return !(*this == o); }
};

} // namespace QuotaScope
