#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <memory>

struct sqlite3;

namespace QuotaScope {

class SqliteStatement;

/**
 * How usage_records keeps a log's `other` (schema version OtherCodec::SchemaVersion).
 *
 * The gateway writes the same keys in the same layout into `other` for every request of a kind; only the values
 * change. Stored as text, those repeated keys were about two thirds of a record's bytes. The writer now splits the
 * text into its shape, the text with every value taken out, kept once in other_shapes, and its values, kept in the
 * record as a BLOB:
 *     varint(shape id), then for each value in order: varint(byte length), the value's bytes
 * (unsigned LEB128, support/varint.h, as the minute lists' counts).
 * Joining the two gives back the exact bytes. A value is a string that is not followed by ':' (a key is), or a run
 * of anything else between the JSON punctuation and white space (a number, true, false, null). Text that cannot be
 * split that way (an unterminated string, a NUL byte, a shape longer than MaxShapeBytes), longer than 64 KiB, that
 * would not get shorter, or that marks estimated tokens (the partial index usage_records_estimated finds those by their
 * text) stays TEXT, as do the records written before this schema. Readers tell the two apart by the column's type.
 */
namespace OtherCodec {

constexpr int SchemaVersion = 14;
/// Longer shapes are not kept: the text stays as it is (a shape table of a few distinct layouts stays small).
constexpr qsizetype MaxShapeBytes = 2048;
/// At most this many shapes per cache; `other` of further layouts stays text.
constexpr qint64 MaxShapes = 20000;
/// Where a value was in a shape (a NUL byte, which never occurs in a shape's own text).
constexpr char Hole = '\0';

/// Splits text into its shape and its values ([varint length][bytes] each), replacing both (their buffers are
/// reused). False, with shape and values unspecified, where the text cannot be split so that join() gives it back.
bool split(QByteArrayView text, QByteArray *shape, QByteArray *values);
/// Appends the text of shape with its holes filled from values to *text. False when values do not fill the shape's
/// holes exactly.
bool join(QByteArrayView shape, QByteArrayView values, QByteArray *text);

/// The DDL of other_shapes (migration step).
extern const char Schema[];

} // namespace OtherCodec

/// The writer's side: encodes `other` for storing, adding new shapes to other_shapes in the writer's transaction.
/// One instance per transaction: after a rollback its ids may name shapes that are gone.
class OtherEncoder
{
public:
    explicit OtherEncoder(sqlite3 *db);
    ~OtherEncoder();
    OtherEncoder(const OtherEncoder &) = delete;
    OtherEncoder &operator=(const OtherEncoder &) = delete;

    /// True with the blob to store appended to *out; false (out unchanged) when `other` is to be stored as its text.
    Result<bool> encode(QByteArrayView other, QByteArray *out);

private:
    Result<qint64> shapeId(); ///< of m_shape; 0 when the cache has no room for another shape

    sqlite3 *m_db;
    std::unique_ptr<SqliteStatement> m_find, m_add;
    QHash<QByteArray, qint64> m_ids;
    qint64 m_stored = -1; ///< shapes in the cache, read at the first new shape
    QByteArray m_shape, m_values;
    QByteArray m_lastShape;
    qint64 m_lastId = 0;
};

/// The readers' side: the text of a stored `other`, whichever way it was stored.
class OtherDecoder
{
public:
    explicit OtherDecoder(sqlite3 *db);
    ~OtherDecoder();
    OtherDecoder(const OtherDecoder &) = delete;
    OtherDecoder &operator=(const OtherDecoder &) = delete;

    /// The text of a column value that was stored as a blob (encoded) or text (asBlob false: as it is).
    Result<QByteArray> decode(QByteArrayView stored, bool asBlob);

private:
    sqlite3 *m_db;
    std::unique_ptr<SqliteStatement> m_find;
    QHash<qint64, QByteArray> m_shapes;
};

} // namespace QuotaScope
