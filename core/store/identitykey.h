#pragma once

#include "support/result.h"

#include <QStringView>

struct sqlite3;

namespace QuotaScope {

/**
 * The integer that usage_records keys a record's identity on (schema version IdentityKey::SchemaVersion):
 * UNIQUE(source_id, identity_key) instead of UNIQUE(source_id, identity) on the text.
 *  - "id:<n>" (a gateway log id in its canonical decimal form) keys on n itself, 0 or more: gateway ids grow
 *    with the rows, so the index is appended to instead of descended at random, and the key is exact.
 *  - "r:<created_at>:<request id>" keys on its time and a hash: the top bit set (a negative number), then the 33-bit
 *    epoch second, then 30 bits of a hash of the whole text, so that these keys too grow with the rows (their
 *    text did: it starts with the time). Every other identity keys on a 64-bit hash of its text with the top bit
 *    set. These keys can collide. A hashed key is a home slot: the record is stored at the first key from its home on
 * (home, next(home),
 *    ...) that is free or already holds the same identity text, so de-duplication stays exact. Records are only
 *    ever deleted a whole source at a time, so a probe sequence never has a hole.
 * The hash is stored in caches: it must never change.
 */
namespace IdentityKey {

/// The schema version that introduced identity_key (see CacheDb's migrations): one place to renumber it.
constexpr int SchemaVersion = 9;

/// The key of identity (for a hashed identity, its home slot).
qint64 of(QStringView identity);
/// Whether key is an exact gateway id (true) or a hash slot that needs the identity text compared (false).
inline bool isExact(qint64 key)
{
    return key >= 0;
}
/// The slot probed after key when it holds another identity; hashed keys stay negative.
qint64 next(qint64 key);

/// Registers qs_identity_key(text) on the connection (the migration computes the stored records' keys with it).
Result<void> registerSqlFunction(sqlite3 *db);

/// Replaces the 64-bit hash (tests force collisions with it); nullptr restores the real one.
using HashFunction = quint64 (*)(QStringView identity);
void setHashForTesting(HashFunction hash);

/// Rebuilds usage_records of a cache at an older version with identity_key and its unique index in place of
/// the text identity's (migration step; runs in the migration's transaction).
Result<void> migrate(sqlite3 *db);

} // namespace IdentityKey

} // namespace QuotaScope
