#include "ingest/identityassigner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

namespace QuotaScope {

QByteArray IdentityAssigner::contentHash(const UsageRecord &r)
{
    QByteArray buf;
    buf.reserve(256 + r.other.size() + r.content.size());
    const char sep = '\x1f';
    for (const qint64 n : { r.createdAt, qint64(r.type), r.userId, r.tokenId, r.channelId, r.quota, r.promptTokens,
             r.completionTokens, r.cacheReadTokens, r.cacheWriteTokens, r.useTimeMs, qint64(r.isStream) }) {
        buf.append(QByteArray::number(n));
        buf.append(sep);
    }
    for (const QString *s :
        { &r.userName, &r.tokenName, &r.model, &r.channelName, &r.group, &r.requestId, &r.ip, &r.content, &r.other }) {
        buf.append(s->toUtf8());
        buf.append(sep);
    }
    return QCryptographicHash::hash(buf, QCryptographicHash::Sha1).left(8).toHex();
}

void IdentityAssigner::prune(qint64 now)
{
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        const qint64 t = it->createdAt;
        if (t < now - Window || t > now + Window) {
            m_prunedMin = m_pruned ? std::min(m_prunedMin, t) : t;
            m_prunedMax = m_pruned ? std::max(m_prunedMax, t) : t;
            m_pruned = true;
            it = m_seen.erase(it);
        } else {
            ++it;
        }
    }
    // Many distinct rows within one window: let the map grow rather than prune on every row.
    if (m_seen.size() * 2 > m_threshold)
        m_threshold = m_seen.size() * 2;
}

Result<void> IdentityAssigner::assign(UsageRecord *r)
{
    if (r->gatewayId > 0) {
        r->identity = QStringLiteral("id:") + QString::number(r->gatewayId);
        return {};
    }
    if (!r->requestId.isEmpty()) {
        r->identity = QStringLiteral("r:%1:%2").arg(r->createdAt).arg(r->requestId);
        return {};
    }
    const QByteArray hash = contentHash(*r);
    auto it = m_seen.find(hash);
    if (it == m_seen.end()) {
        if (m_pruned && r->createdAt >= m_prunedMin && r->createdAt <= m_prunedMax) {
            return Error(QCoreApplication::translate("IdentityAssigner",
                             "rows are out of time order by more than an hour (a row at %1 "
                             "follows rows far from it); identical rows cannot be told "
                             "apart safely, sort the file by time")
                             .arg(QDateTime::fromSecsSinceEpoch(r->createdAt, Qt::UTC).toString(Qt::ISODate)),
                Error::Kind::Parse);
        }
        if (m_seen.size() >= m_threshold)
            prune(r->createdAt);
        it = m_seen.insert(hash, Entry { r->createdAt, 0 });
    }
    r->identity = QStringLiteral("h:") + QString::fromLatin1(hash) + QLatin1Char('#') + QString::number(it->count++);
    return {};
}

} // namespace QuotaScope
