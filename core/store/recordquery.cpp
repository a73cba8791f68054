#include "store/recordquery.h"

#include "store/othercodec.h"
#include "store/recordfilter.h"
#include "store/sqlitestatement.h"

namespace QuotaScope {

namespace {

const QByteArray recordColumns = "SELECT identity, gateway_id, created_at, type, user_id, user_name, token_id, "
                                 "token_name, model, channel_id, channel_name, grp, quota, prompt_tokens, "
                                 "completion_tokens, cache_read_tokens, cache_write_tokens, use_time_ms, is_stream, "
                                 "request_id, ip, content, other FROM usage_records";

Result<UsageRecord> readRecord(const SqliteStatement &st, OtherDecoder *others, int first = 0)
{
    UsageRecord rec;
    rec.identity = st.text(first + 0);
    rec.gatewayId = st.int64(first + 1);
    rec.createdAt = st.int64(first + 2);
    rec.type = int(st.int64(first + 3));
    rec.userId = st.int64(first + 4);
    rec.userName = st.text(first + 5);
    rec.tokenId = st.int64(first + 6);
    rec.tokenName = st.text(first + 7);
    rec.model = st.text(first + 8);
    rec.channelId = st.int64(first + 9);
    rec.channelName = st.text(first + 10);
    rec.group = st.text(first + 11);
    rec.quota = st.int64(first + 12);
    rec.promptTokens = st.int64(first + 13);
    rec.completionTokens = st.int64(first + 14);
    rec.cacheReadTokens = st.int64(first + 15);
    rec.cacheWriteTokens = st.int64(first + 16);
    rec.useTimeMs = st.int64(first + 17);
    rec.isStream = st.int64(first + 18) != 0;
    rec.requestId = st.text(first + 19);
    rec.ip = st.text(first + 20);
    rec.content = st.text(first + 21);
    auto other = others->decode(st.bytes(first + 22), st.type(first + 22) == SqliteStatement::Type::Blob);
    if (!other)
        return other.error();
    rec.other = std::move(other).value();
    return rec;
}

} // namespace

RecordQuery::RecordQuery(sqlite3 *db)
    : m_db(db)
{ }

namespace {
RecordFilter selectionFilter(const RecordSelection &selection)
{
    RecordFilter where(selection.from, selection.to, selection.filter);
    where.addSearch(selection.requestId, selection.text);
    return where;
}
} // namespace

Result<KeysetPage> RecordQuery::keysetPage(
    const RecordSelection &selection, bool descending, const std::optional<RecordCursor> &after, int limit) const
{
    KeysetPage page;
    if (limit <= 0)
        return page;
    // The cursor narrows the range itself rather than adding a second bound on created_at: SQLite bounds an
    // index scan by one term per side, and a scan bounded by the range's end would walk every row between it
    // and the cursor.
    RecordSelection narrowed = selection;
    if (after) {
        if (descending)
            narrowed.to = qMin(selection.to,
                after->createdAt == std::numeric_limits<qint64>::max() ? after->createdAt : after->createdAt + 1);
        else
            narrowed.from = qMax(selection.from, after->createdAt);
    }
    RecordFilter where = selectionFilter(narrowed);
    const int base = where.nextIndex();
    if (after) {
        // Ties on created_at continue by row id.
        const QByteArray t = "?" + QByteArray::number(base), id = "?" + QByteArray::number(base + 1);
        where.addTerm(
            descending ? "(created_at < " + t + " OR id < " + id + ")" : "(created_at > " + t + " OR id > " + id + ")");
    }
    const int limitIndex = base + (after ? 2 : 0);
    const QByteArray dir = descending ? " DESC" : " ASC";
    SqliteStatement st;
    if (auto r = st.prepare(m_db,
            "SELECT id, " + recordColumns.mid(7) + where.where() + " ORDER BY created_at" + dir + ", id" + dir
                + " LIMIT ?" + QByteArray::number(limitIndex));
        !r)
        return r.error();
    where.bind(st);
    if (after) {
        st.bind(base, after->createdAt);
        st.bind(base + 1, after->rowId);
    }
    // One more than asked tells whether the listing goes on.
    st.bind(limitIndex, qint64(limit) + 1);
    bool more = false;
    OtherDecoder others(m_db);
    while (st.step()) {
        if (page.records.size() == limit) {
            more = true;
            break;
        }
        auto rec = readRecord(st, &others, 1);
        if (!rec)
            return rec.error();
        page.cursors.append({ rec.value().createdAt, st.int64(0) });
        page.records.append(std::move(rec).value());
    }
    if (!st.ok())
        return st.error(QStringLiteral("reading records"));
    page.atEnd = !more;
    return page;
}

Result<qint64> RecordQuery::count(const RecordSelection &selection) const
{
    const RecordFilter where = selectionFilter(selection);
    SqliteStatement st;
    if (auto r = st.prepare(m_db, "SELECT count(*) FROM usage_records" + where.where()); !r)
        return r.error();
    where.bind(st);
    if (!st.step())
        return st.error(QStringLiteral("counting records"));
    return st.int64(0);
}

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
    OtherDecoder others(db);
    while (st.step()) {
        auto rec = readRecord(st, &others);
        if (!rec)
            return rec.error();
        page.records.append(std::move(rec).value());
    }
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
    OtherDecoder others(m_db);
    while (st.step()) {
        ++visited;
        auto rec = readRecord(st, &others);
        if (!rec)
            return rec.error();
        if (!visit(rec.value()))
            break;
    }
    if (!st.ok())
        return st.error(QStringLiteral("reading records"));
    return visited;
}

} // namespace QuotaScope
