#include "store/identitykey.h"

#include "store/sqlitestatement.h"

#include <QByteArrayList>
#include <QString>

#include <sqlite3.h>

#include <limits>
#include <vector>

namespace QuotaScope {

namespace {

constexpr quint64 TopBit = quint64(1) << 63;

/*
 * FNV-1a over the UTF-16 code units, then the splitmix64 finaliser so that identities differing in one late
 * character spread over the whole range. Stored in caches: never change it.
 */
quint64 realHash(QStringView identity)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : identity) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

IdentityKey::HashFunction g_hash = realHash;

/// n of "id:<n>" when the digits are n's canonical decimal form (no sign, no leading zero) and fit in 63 bits.
bool gatewayId(QStringView identity, qint64 *n)
{
    if (!identity.startsWith(QLatin1String("id:")))
        return false;
    const QStringView digits = identity.mid(3);
    if (digits.isEmpty() || digits.size() > 19 || (digits.size() > 1 && digits.front() == u'0'))
        return false;
    quint64 v = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + quint64(c.unicode() - u'0');
    }
    // 19 digits cannot overflow 64 bits unsigned; the key must fit in the non-negative half.
    if (v > quint64(std::numeric_limits<qint64>::max()))
        return false;
    *n = qint64(v);
    return true;
}

void sqlIdentityKey(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(argv[0]));
    const int bytes = sqlite3_value_bytes16(argv[0]);
    if (!text) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_int64(ctx, IdentityKey::of(QStringView(text, bytes / 2)));
}

Error migrationError(const QString &what)
{
    return Error(QStringLiteral("keying records on integer identities: %1").arg(what), Error::Kind::Database);
}

Result<std::vector<QByteArray>> column(sqlite3 *db, const char *sql)
{
    SqliteStatement st;
    if (auto r = st.prepare(db, sql); !r)
        return r.error();
    std::vector<QByteArray> out;
    while (st.step())
        out.push_back(st.text(0).toUtf8());
    if (!st.ok())
        return st.error(QStringLiteral("reading the schema"));
    return out;
}

/*
 * Moves every record whose hashed key another record of its source holds already to the next free slot of its
 * probe sequence (see identitykey.h). Runs only when the unique index could not be built, which takes two
 * different identities of one source with the same 64-bit hash.
 */
Result<void> separateCollisions(sqlite3 *db)
{
    if (auto r
        = SqliteStatement::exec(db, "CREATE INDEX qs_identity_collisions ON usage_records(source_id, identity_key)");
        !r)
        return r;
    SqliteStatement groups, members, taken, move;
    auto r = groups.prepare(
        db, "SELECT source_id, identity_key FROM usage_records GROUP BY source_id, identity_key HAVING count(*) > 1");
    if (r)
        r = members.prepare(db, "SELECT id FROM usage_records WHERE source_id = ?1 AND identity_key = ?2 ORDER BY id");
    if (r)
        r = taken.prepare(db, "SELECT 1 FROM usage_records WHERE source_id = ?1 AND identity_key = ?2");
    if (r)
        r = move.prepare(db, "UPDATE usage_records SET identity_key = ?2 WHERE id = ?1");
    if (!r)
        return r;
    std::vector<std::pair<qint64, qint64>> collided;
    while (groups.step())
        collided.emplace_back(groups.int64(0), groups.int64(1));
    if (!groups.ok())
        return groups.error(QStringLiteral("finding identity collisions"));
    for (const auto &[source, key] : collided) {
        members.reset();
        members.bind(1, source);
        members.bind(2, key);
        std::vector<qint64> ids;
        while (members.step())
            ids.push_back(members.int64(0));
        if (!members.ok())
            return members.error(QStringLiteral("finding identity collisions"));
        // The oldest record keeps its home slot; each later one takes the next free slot.
        for (size_t i = 1; i < ids.size(); ++i) {
            qint64 slot = key;
            for (;;) {
                slot = IdentityKey::next(slot);
                taken.reset();
                taken.bind(1, source);
                taken.bind(2, slot);
                if (!taken.step())
                    break;
            }
            if (!taken.ok())
                return taken.error(QStringLiteral("finding identity collisions"));
            move.reset();
            move.bind(1, ids[i]);
            move.bind(2, slot);
            move.step();
            if (!move.ok())
                return move.error(QStringLiteral("separating identity collisions"));
        }
    }
    return SqliteStatement::exec(db, "DROP INDEX qs_identity_collisions");
}

/// The epoch second of "r:<seconds>:..." when it is 0 to 2^33 - 1 (until the year 2242).
bool requestTime(QStringView identity, quint64 *seconds)
{
    if (!identity.startsWith(QLatin1String("r:")))
        return false;
    quint64 v = 0;
    qsizetype i = 2;
    for (; i < identity.size() && i < 13 && identity[i] >= u'0' && identity[i] <= u'9'; ++i)
        v = v * 10 + quint64(identity[i].unicode() - u'0');
    if (i == 2 || i >= identity.size() || identity[i] != u':' || v >= (quint64(1) << 33))
        return false;
    *seconds = v;
    return true;
}

} // namespace

qint64 IdentityKey::of(QStringView identity)
{
    qint64 n = 0;
    if (gatewayId(identity, &n))
        return n;
    const quint64 hash = g_hash(identity);
    quint64 seconds = 0;
    if (requestTime(identity, &seconds))
        return qint64(TopBit | (seconds << 30) | (hash & ((quint64(1) << 30) - 1)));
    return qint64(hash | TopBit);
}

qint64 IdentityKey::next(qint64 key)
{
    if (key == -1)
        return std::numeric_limits<qint64>::min();
    return key + 1;
}

void IdentityKey::setHashForTesting(HashFunction hash)
{
    g_hash = hash ? hash : realHash;
}

Result<void> IdentityKey::registerSqlFunction(sqlite3 *db)
{
    if (sqlite3_create_function_v2(db, "qs_identity_key", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr,
            sqlIdentityKey, nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return migrationError(SqliteStatement::lastError(db));
    return {};
}

Result<void> IdentityKey::migrate(sqlite3 *db)
{
    // A cache whose version was set back by hand (the migration tests do) may have the column already.
    auto present = column(db, "SELECT name FROM pragma_table_info('usage_records') WHERE name = 'identity_key'");
    if (!present)
        return present.error();
    if (!present->empty())
        return {};
    if (auto r = registerSqlFunction(db); !r)
        return r;

    // The table as it is (any column a later version added stays), with the key in place of the text's UNIQUE.
    const auto created = column(db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'usage_records'");
    if (!created)
        return created.error();
    const QByteArray unique = "UNIQUE(source_id, identity)";
    if (created->size() != 1 || !created->front().contains(unique))
        return migrationError(QStringLiteral("usage_records is not as schema version 1 created it"));
    QByteArray createSql = created->front();
    createSql.replace(unique, "identity_key INTEGER NOT NULL");
    const qsizetype open = createSql.indexOf('(');
    createSql = "CREATE TABLE qs_usage_records_keyed" + createSql.mid(open);

    const auto columns = column(db, "SELECT name FROM pragma_table_info('usage_records') ORDER BY cid");
    const auto indexes = column(db,
        "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'usage_records' "
        "AND sql IS NOT NULL");
    if (!columns)
        return columns.error();
    if (!indexes)
        return indexes.error();
    QByteArrayList names;
    for (const QByteArray &c : columns.value())
        names << '"' + c + '"';
    const QByteArray list = names.join(", ");
    const QByteArray steps[] = {
        createSql,
        "INSERT INTO qs_usage_records_keyed(" + list + ", identity_key) SELECT " + list
            + ", qs_identity_key(identity) FROM usage_records",
        "DROP TABLE usage_records",
        "ALTER TABLE qs_usage_records_keyed RENAME TO usage_records",
    };
    for (const QByteArray &sql : steps) {
        if (auto r = SqliteStatement::exec(db, sql.constData()); !r)
            return migrationError(r.error().message);
    }
    for (const QByteArray &sql : indexes.value()) {
        if (auto r = SqliteStatement::exec(db, sql.constData()); !r)
            return migrationError(r.error().message);
    }
    const char createUnique[] = "CREATE UNIQUE INDEX usage_records_identity ON usage_records(source_id, identity_key)";
    if (SqliteStatement::exec(db, createUnique))
        return {};
    if ((sqlite3_errcode(db) & 0xff) != SQLITE_CONSTRAINT)
        return migrationError(SqliteStatement::lastError(db));
    if (auto r = separateCollisions(db); !r)
        return migrationError(r.error().message);
    if (auto r = SqliteStatement::exec(db, createUnique); !r)
        return migrationError(r.error().message);
    return {};
}

} // namespace QuotaScope
