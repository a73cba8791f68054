#include "store/recordquery.h"

#include "store/recordfilter.h"
#include "store/sqlitestatement.h"

namespace QuotaScope {

namespace {

const QByteArray recordColumns = "SELECT identity, gateway_id, created_at, type, user_id, user_name, token_id, "
                                 "token_name, model, channel_id, channel_name, grp, quota, prompt_tokens, "
                                 "completion_tokens, cache_read_tokens, cache_write_tokens, use_time_ms, is_stream, "
                                 "request_id, ip, content, other FROM usage_records";

UsageRecord readRecord(const SqliteStatement &st)
{
    UsageRecord rec;
    rec.identity = st.text(0);
    rec.gatewayId = st.int64(1);
    rec.createdAt = st.int64(2);
    rec.type = int(st.int64(3));
    rec.userId = st.int64(4);
    rec.userName = st.text(5);
    rec.tokenId = st.int64(6);
    rec.tokenName = st.text(7);
    rec.model = st.text(8);
    rec.channelId = st.int64(9);
    rec.channelName = st.text(10);
    rec.group = st.text(11);
    rec.quota = st.int64(12);
    rec.promptTokens = st.int64(13);
    rec.completionTokens = st.int64(14);
    rec.cacheReadTokens = st.int64(15);
    rec.cacheWriteTokens = st.int64(16);
    rec.useTimeMs = st.int64(17);
    rec.isStream = st.int64(18) != 0;
    rec.requestId = st.text(19);
    rec.ip = st.text(20);
    rec.content = st.text(21);
    rec.other = st.text(22);
    return rec;
}

} // namespace

RecordQuery::RecordQuery(sqlite3 *db)
    : m_db(db)
{ }

Result<RecordPage> RecordQuery::page(qint64 from, qint64 to, const Filter &filter, qint64 offset, int limit) const
{
    sqlite3 *db = m_db;
    const RecordFilter where(from, to, filter);
    RecordPage page;

    SqliteStatement st;
    auto r = st.prepare(db, "SELECT count(*) FROM usage_records" + where.where());
    if (!r)
        return r.error();
    where.bind(st);
    if (!st.step())
        return st.error(QStringLiteral("counting records"));
    page.total = st.int64(0);
    if (limit <= 0 || offset >= page.total)
        return page;

    const int limitIndex = where.nextIndex();
    r = st.prepare(db,
        recordColumns + where.where() + " ORDER BY created_at DESC, id DESC LIMIT ?" + QByteArray::number(limitIndex)
            + " OFFSET ?" + QByteArray::number(limitIndex + 1));
    if (!r)
        return r.error();
    where.bind(st);
    st.bind(limitIndex, qint64(limit));
    st.bind(limitIndex + 1, qMax<qint64>(0, offset));
    page.records.reserve(qMin<qint64>(limit, page.total - offset));
    while (st.step())
        page.records.append(readRecord(st));
    if (!st.ok())
        return st.error(QStringLiteral("reading records"));
    return page;
}

Result<qint64> RecordQuery::forEach(qint64 from, qint64 to, const Filter &filter,
                                    const std::function<bool(const UsageRecord &)> &visit) const
{
    const RecordFilter where(from, to, filter);
    SqliteStatement st;
    if (auto r = st.prepare(m_db, recordColumns + where.where() + " ORDER BY created_at, id");
        !r)
        return r.error();
    where.bind(st);
    qint64 visited = 0;
    while (st.step()) {
        ++visited;
        if (!visit(readRecord(st)))
            break;
    }
    if (!st.ok())
        return st.error(QStringLiteral("reading records"));
    return visited;
}

} // namespace QuotaScope
