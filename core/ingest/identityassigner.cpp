#include "ingest/identityassigner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

namespace QuotaScope {

RecentIds::RecentIds()
    : m_slots(Slots)
{
    m_order.reserve(size_t(Capacity));
}

size_t RecentIds::home(qint64 id)
{
    // Fibonacci hashing: consecutive ids spread over the table.
    return size_t((quint64(id) * 0x9E3779B97F4A7C15ull) >> (64 - SlotBits));
}

const qint64 *RecentIds::find(qint64 id) const
{
    for (size_t i = home(id);; i = (i + 1) & (Slots - 1)) {
        const Slot &s = m_slots[i];
        if (!s.used)
            return nullptr;
        if (s.id == id)
            return &s.at;
    }
}

void RecentIds::add(qint64 id, qint64 at)
{
    if (m_order.size() < size_t(Capacity)) {
        m_order.push_back(id);
    } else {
        erase(m_order[m_next]);
        m_order[m_next] = id;
        m_next = (m_next + 1) % size_t(Capacity);
    }
    size_t i = home(id);
    while (m_slots[i].used)
        i = (i + 1) & (Slots - 1);
    m_slots[i] = Slot { id, at, true };
}

void RecentIds::erase(qint64 id)
{
    size_t hole = home(id);
    while (m_slots[hole].id != id || !m_slots[hole].used)
        hole = (hole + 1) & (Slots - 1);
    m_slots[hole].used = false;
    // Backward shift: an entry after the hole moves into it unless its home lies cyclically in (hole, j].
    for (size_t j = (hole + 1) & (Slots - 1); m_slots[j].used; j = (j + 1) & (Slots - 1)) {
        const size_t k = home(m_slots[j].id);
        const bool stays = hole <= j ? (hole < k && k <= j) : (hole < k || k <= j);
        if (!stays) {
            m_slots[hole] = m_slots[j];
            m_slots[j].used = false;
            hole = j;
        }
    }
}

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
        { &r.userName, &r.tokenName, &r.model, &r.channelName, &r.group, &r.requestId, &r.ip, &r.content }) {
        buf.append(s->toUtf8());
        buf.append(sep);
    }
    buf.append(r.other); // UTF-8 already
    buf.append(sep);
    return QCryptographicHash::hash(buf, QCryptographicHash::Sha1).left(8).toHex();
}

QString IdentityAssigner::baseIdentity(const UsageRecord &r)
{
    if (r.gatewayId > 0)
        return QStringLiteral("id:") + QString::number(r.gatewayId);
    if (!r.requestId.isEmpty())
        return QStringLiteral("r:%1:%2").arg(r.createdAt).arg(r.requestId);
    return QStringLiteral("h:") + QString::fromLatin1(contentHash(r));
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

namespace {

Error notGatewayIds(const QString &why)
{
    return Error(QCoreApplication::translate("IdentityAssigner",
                     "%1: these are not the gateway's log ids but row numbers, as in a user's "
                     "own logs (/api/log/self); import the file as self logs")
                     .arg(why),
        Error::Kind::Parse);
}

} // namespace

Result<void> IdentityAssigner::checkGatewayId(const UsageRecord &r)
{
    if (m_previousId > 0 && r.gatewayId != m_previousId && r.createdAt != m_previousAt) {
        ++m_idSteps;
        if ((r.gatewayId > m_previousId) != (r.createdAt > m_previousAt))
            ++m_idStepsAgainstTime;
    }
    m_previousId = r.gatewayId;
    m_previousAt = r.createdAt;

    if (const qint64 *seen = m_recentIds.find(r.gatewayId)) {
        if (*seen != r.createdAt) {
            return notGatewayIds(QCoreApplication::translate("IdentityAssigner", "id %1 appears at two different times")
                                     .arg(r.gatewayId));
        }
        return {};
    }
    m_recentIds.add(r.gatewayId, r.createdAt);
    return {};
}

Result<void> IdentityAssigner::finish() const
{
    // Rows sorted by another column mix both directions; only a file where ids almost always run against time
    // is taken as row numbers.
    if (m_idSteps >= 10 && m_idStepsAgainstTime * 10 >= m_idSteps * 9)
        return notGatewayIds(QCoreApplication::translate("IdentityAssigner", "ids rise as time falls"));
    return {};
}

Result<void> IdentityAssigner::assign(UsageRecord *r)
{
    if (r->gatewayId > 0 || !r->requestId.isEmpty()) {
        r->identity = baseIdentity(*r);
        return r->gatewayId > 0 ? checkGatewayId(*r) : Result<void>();
    }
    const QByteArray hash = contentHash(*r); // baseIdentity() without hashing twice
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
