#include "store/othercodec.h"

#include "store/recordfilter.h"
#include "store/sqlitestatement.h"
#include "support/varint.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <string_view>

namespace QuotaScope {

namespace OtherCodec {

const char Schema[] = "CREATE TABLE IF NOT EXISTS other_shapes(id INTEGER PRIMARY KEY, shape BLOB NOT NULL UNIQUE)";

namespace {

// JSON's punctuation and white space: copied into the shape as they are.
constexpr bool isLayout(char c)
{
    return c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == ',' || c == ' ' || c == '\n' || c == '\r'
        || c == '\t';
}

struct LayoutTable
{
    bool layout[256] = {};
    constexpr LayoutTable()
    {
        for (int c = 0; c < 256; ++c)
            layout[c] = isLayout(char(c)) || c == '"';
    }
};
constexpr LayoutTable Stops;

inline bool stops(char c)
{
    return Stops.layout[static_cast<unsigned char>(c)];
}

} // namespace

bool split(QByteArrayView text, QByteArray *shape, QByteArray *values)
{
    if (text.isEmpty()) {
        shape->resize(0);
        values->resize(0);
        return true;
    }
    const char *p = text.data();
    const char *const end = p + text.size();
    if (std::memchr(p, Hole, size_t(text.size())) != nullptr)
        return false;
    // Written through pointers into buffers as large as they can get: a shape is never longer than the text, and
    // a value's length takes no more bytes than the value itself.
    shape->resize(text.size());
    values->resize(text.size() * 2);
    char *s = shape->data();
    char *v = values->data();
    const auto value = [&](const char *from, const char *to) {
        v = Varint::put(v, quint64(to - from));
        std::memcpy(v, from, size_t(to - from));
        v += to - from;
        *s++ = Hole;
    };
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            const char *q = p + 1;
            for (;;) {
                q = static_cast<const char *>(std::memchr(q, '"', size_t(end - q)));
                if (!q)
                    return false; // unterminated
                const char *b = q;
                while (b > p + 1 && b[-1] == '\\')
                    --b;
                if ((q - b) % 2 == 0)
                    break; // not escaped
                ++q;
            }
            ++q; // past the closing quote
            const char *n = q;
            while (n < end && (*n == ' ' || *n == '\n' || *n == '\r' || *n == '\t'))
                ++n;
            if (n < end && *n == ':') { // a key: part of the shape
                std::memcpy(s, p, size_t(q - p));
                s += q - p;
            } else {
                value(p, q);
            }
            p = q;
        } else if (isLayout(c)) {
            *s++ = c;
            ++p;
        } else {
            const char *q = p + 1;
            while (q < end && !stops(*q))
                ++q;
            value(p, q);
            p = q;
        }
    }
    shape->resize(s - shape->constData());
    values->resize(v - values->constData());
    return shape->size() <= MaxShapeBytes;
}

bool join(QByteArrayView shape, QByteArrayView values, QByteArray *text)
{
    // Written through a pointer into room for both: the text is the shape without its holes plus the values
    // without their lengths, so never longer than the two.
    const qsizetype start = text->size();
    text->resize(start + shape.size() + values.size());
    char *out = text->data() + start;
    const auto *in = reinterpret_cast<const unsigned char *>(values.data());
    const unsigned char *const inEnd = in + values.size();
    qsizetype at = 0;
    while (at < shape.size()) {
        const void *hole = std::memchr(shape.data() + at, Hole, size_t(shape.size() - at));
        const qsizetype next = hole ? static_cast<const char *>(hole) - shape.data() : shape.size();
        std::memcpy(out, shape.data() + at, size_t(next - at));
        out += next - at;
        if (!hole)
            break;
        quint64 length = 0;
        if (!Varint::read(&in, inEnd, &length) || length > quint64(inEnd - in)) {
            text->resize(start);
            return false;
        }
        std::memcpy(out, in, size_t(length));
        out += length;
        in += length;
        at = next + 1;
    }
    text->resize(out - text->constData());
    if (in != inEnd) {
        text->resize(start);
        return false;
    }
    return true;
}

} // namespace OtherCodec

namespace {

// Shorter texts gain too little for the lookup.
constexpr qsizetype MinEncodedBytes = 24;
// Longer texts stay text: the split's buffers are twice the text, and such a text is no gateway's layout.
constexpr qsizetype MaxEncodedBytes = 64 * 1024;
// Shape ids kept in memory by a writer.
constexpr qsizetype MaxCachedShapes = 512;

// Whether text holds the import's mark of estimated tokens. A searcher built once: QByteArrayView's contains()
// builds its skip table on every call, which cost more than splitting the text.
bool marksEstimates(QByteArrayView text)
{
    static constexpr std::string_view Mark = RecordFilter::EstimatedMark;
    static const std::boyer_moore_horspool_searcher searcher(Mark.begin(), Mark.end());
    return std::search(text.begin(), text.end(), searcher) != text.end();
}

} // namespace

OtherEncoder::OtherEncoder(sqlite3 *db)
    : m_db(db)
    , m_find(std::make_unique<SqliteStatement>())
    , m_add(std::make_unique<SqliteStatement>())
{ }

OtherEncoder::~OtherEncoder() = default;

Result<bool> OtherEncoder::encode(QByteArrayView other, QByteArray *out)
{
    // The import marks estimated tokens in `other`; the partial index and the estimated-tokens card find such
    // records by that text (RecordFilter::estimated), which a blob never holds.
    if (other.size() < MinEncodedBytes || other.size() > MaxEncodedBytes || marksEstimates(other))
        return false;
    if (!OtherCodec::split(other, &m_shape, &m_values))
        return false;
    // A shape id takes at most 3 bytes below 2^21 shapes.
    if (m_values.size() + 3 >= other.size())
        return false;
    // Logs come in runs of one layout: the last shape is compared before any hash is computed.
    qint64 id = 0;
    if (m_lastId > 0 && m_shape == m_lastShape) {
        id = m_lastId;
    } else {
        const auto found = shapeId();
        if (!found)
            return found.error();
        id = found.value();
        if (id == 0)
            return false;
        m_lastShape = m_shape;
        m_lastId = id;
    }
    char head[Varint::MaxBytes];
    const char *h = Varint::put(head, quint64(id));
    if ((h - head) + m_values.size() >= other.size())
        return false;
    out->append(head, h - head);
    out->append(m_values);
    return true;
}

Result<qint64> OtherEncoder::shapeId()
{
    if (const auto it = m_ids.constFind(m_shape); it != m_ids.cend())
        return it.value();
    if (!m_find->isPrepared()) {
        auto r = m_find->prepare(m_db, "SELECT id FROM other_shapes WHERE shape = ?1");
        if (r)
            r = m_add->prepare(m_db, "INSERT INTO other_shapes(shape) VALUES (?1)");
        if (!r)
            return r.error();
    }
    // Bound as a blob: shapes hold NUL bytes.
    const auto bindShape = [this](SqliteStatement *st) {
        st->reset();
        st->bindBlob(1, m_shape);
    };
    bindShape(m_find.get());
    qint64 id = 0;
    if (m_find->step()) {
        id = m_find->int64(0);
    } else {
        if (!m_find->ok())
            return m_find->error(QStringLiteral("reading the layouts of `other`"));
        if (m_stored < 0) {
            SqliteStatement count;
            if (auto r = count.prepare(m_db, "SELECT count(*) FROM other_shapes"); !r)
                return r.error();
            if (!count.step())
                return count.error(QStringLiteral("counting the layouts of `other`"));
            m_stored = count.int64(0);
        }
        if (m_stored < OtherCodec::MaxShapes) {
            bindShape(m_add.get());
            m_add->step();
            if (!m_add->ok())
                return m_add->error(QStringLiteral("storing a layout of `other`"));
            id = SqliteStatement::lastInsertId(m_db);
            ++m_stored;
        }
    }
    m_find->reset();
    m_add->reset();
    // A file of ever new layouts would otherwise keep every one in memory (up to MaxShapes of MaxShapeBytes): past
    // a few hundred, the ids are looked up in other_shapes' index instead.
    if (m_ids.size() >= MaxCachedShapes)
        m_ids.clear();
    m_ids.insert(m_shape, id);
    return id;
}

OtherDecoder::OtherDecoder(sqlite3 *db)
    : m_db(db)
    , m_find(std::make_unique<SqliteStatement>())
{ }

OtherDecoder::~OtherDecoder() = default;

Result<QByteArray> OtherDecoder::decode(QByteArrayView stored, bool asBlob)
{
    if (!asBlob)
        return stored.toByteArray();
    const auto *in = reinterpret_cast<const unsigned char *>(stored.data());
    const unsigned char *const end = in + stored.size();
    quint64 id = 0;
    const auto broken = [] {
        return Error(QCoreApplication::translate(
                         "OtherDecoder", "a record's `other` does not fit its stored layout; the cache may be damaged"),
            Error::Kind::Database);
    };
    if (!Varint::read(&in, end, &id) || id > quint64(std::numeric_limits<qint64>::max()))
        return broken();
    auto shape = m_shapes.constFind(qint64(id));
    if (shape == m_shapes.cend()) {
        if (!m_find->isPrepared()) {
            if (auto r = m_find->prepare(m_db, "SELECT shape FROM other_shapes WHERE id = ?1"); !r)
                return r.error();
        }
        m_find->reset();
        m_find->bind(1, qint64(id));
        if (!m_find->step()) {
            if (!m_find->ok())
                return m_find->error(QStringLiteral("reading the layouts of `other`"));
            return broken();
        }
        shape = m_shapes.insert(qint64(id), m_find->bytes(0).toByteArray());
        m_find->reset();
    }
    QByteArray text;
    if (!OtherCodec::join(
            shape.value(), stored.sliced(in - reinterpret_cast<const unsigned char *>(stored.data())), &text))
        return broken();
    return text;
}

} // namespace QuotaScope
