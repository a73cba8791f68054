#include "ingest/jsonitemreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QtAlgorithms>

#include <algorithm>

namespace QuotaScope {

namespace {

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonItemReader::JsonItemReader(QIODevice *device)
    : m_stream(device)
{ }

Error JsonItemReader::syntaxError(const QString &what) const
{
    // Every error found after a failed read is one of the text ending early: say what ended it instead.
    if (m_stream.readError()) {
        return Error(QCoreApplication::translate("JsonItemReader", "line %1 (byte %2): reading failed: %3")
                         .arg(m_stream.line())
                         .arg(m_stream.offset())
                         .arg(m_stream.errorString()),
            Error::Kind::Io);
    }
    return Error(QCoreApplication::translate("JsonItemReader", "line %1 (byte %2): %3")
                     .arg(m_stream.line())
                     .arg(m_stream.offset())
                     .arg(what),
        Error::Kind::Parse);
}

void JsonItemReader::skipWhitespace()
{
    while (isSpace(m_stream.peek()))
        m_stream.get();
}

Result<void> JsonItemReader::expect(char c)
{
    skipWhitespace();
    const int got = m_stream.peek();
    if (got < 0)
        return syntaxError(QCoreApplication::translate("JsonItemReader", "the document ends early (truncated?)"));
    if (got != uchar(c))
        return syntaxError(
            QCoreApplication::translate("JsonItemReader", "expected `%1`, found `%2`").arg(QChar(c), QChar(got)));
    m_stream.get();
    return {};
}

Result<void> JsonItemReader::readString(QByteArray *raw)
{
    // Called on the opening quote; raw receives the quoted text as written (escapes not decoded).
    raw->append(char(m_stream.get()));
    for (;;) {
        const int c = m_stream.appendUntil(raw, [](int b) { return b == '"' || b == '\\'; });
        if (c < 0)
            return syntaxError(QCoreApplication::translate("JsonItemReader", "the document ends inside a string"));
        raw->append(char(m_stream.get()));
        if (c == '"')
            return {};
        const int e = m_stream.get();
        if (e < 0)
            return syntaxError(QCoreApplication::translate("JsonItemReader", "the document ends inside a string"));
        raw->append(char(e));
    }
}

namespace {

/// The first '"' or '\\' in [p, end), or end: where a string's scan stops.
inline const uchar *findInString(const uchar *p, const uchar *end)
{
#ifdef QUOTASCOPE_SSE2
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    for (; end - p >= 16; p += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i stops = _mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, backslash));
        if (const quint32 at = quint32(_mm_movemask_epi8(stops)))
            return p + qCountTrailingZeroBits(at);
    }
#endif
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    return p;
}

/// The first quote or bracket in [p, end), or end: where the scan outside strings stops.
inline const uchar *findStructural(const uchar *p, const uchar *end)
{
#ifdef QUOTASCOPE_SSE2
    // b | 0x20 is '{' only for '[' and '{', and '}' only for ']' and '}'.
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i lower = _mm_set1_epi8(0x20);
    const __m128i open = _mm_set1_epi8('{');
    const __m128i close = _mm_set1_epi8('}');
    for (; end - p >= 16; p += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i folded = _mm_or_si128(block, lower);
        const __m128i stops = _mm_or_si128(_mm_cmpeq_epi8(block, quote),
            _mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close)));
        if (const quint32 at = quint32(_mm_movemask_epi8(stops)))
            return p + qCountTrailingZeroBits(at);
    }
#endif
    while (p < end && *p != '"' && (*p | 0x20) != '{' && (*p | 0x20) != '}')
        ++p;
    return p;
}

/// Where a scan over an object or a list is: its nesting depth, inside a string or not, and whether the next byte is
/// escaped (the last one was a backslash inside a string).
struct ContainerScan
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
};

/**
 * Scans d[from, to) byte by byte: outside strings for a quote or a bracket, inside them for the closing quote or a
 * backslash, whose next byte is skipped (even when it comes with the next range). Returns where it stopped: to, or
 * just past the bracket that closes the container (closed set).
 */
qsizetype scanBytes(const uchar *d, qsizetype i, qsizetype to, ContainerScan *s, bool *closed)
{
    if (s->escaped && i < to) {
        s->escaped = false;
        ++i;
    }
    while (i < to) {
        if (s->inString) {
            i = findInString(d + i, d + to) - d;
            if (i == to)
                break;
            if (d[i] == '\\') {
                s->escaped = i + 1 == to;
                i = std::min(i + 2, to);
                continue;
            }
            s->inString = false;
            ++i;
            continue;
        }
        i = findStructural(d + i, d + to) - d;
        if (i == to)
            break;
        const uchar b = d[i++];
        if (b == '"') {
            s->inString = true;
        } else if (b == '{' || b == '[') {
            ++s->depth;
        } else if (--s->depth == 0) {
            *closed = true;
            break;
        }
    }
    return i;
}

#ifdef QUOTASCOPE_SSE2
/**
 * scanBytes over the 64 bytes at p, as bit masks instead of a stop at every quote and backslash (a gateway log's
 * `other` is a string with dozens of escaped quotes). Every backslash escapes the byte after it unless it is
 * escaped itself, strings run between the quotes that are left, and brackets outside them nest. Byte by byte, a
 * backslash escapes only inside a string; the two agree wherever every backslash of the block is inside one, so a
 * block with a backslash outside a string returns -1 (and leaves the scan as it was) for scanBytes to take. Else
 * returns 64, or the count of bytes up to and including the bracket that closes the container (closed set).
 */
int scanBlock(const uchar *p, ContainerScan *s, bool *closed)
{
    const Block64 blocks(p);
    const quint64 backslashes = maskOf(blocks, '\\');
    quint64 escaped = s->escaped ? 1 : 0;
    bool carry = false;
    for (quint64 escaping = backslashes & ~escaped; escaping != 0;) {
        const quint64 low = escaping & (~escaping + 1);
        const quint64 next = low << 1; // 0 for the last byte: the next block's first is escaped
        carry = next == 0;
        escaped |= next;
        escaping &= ~(low | next);
    }
    const quint64 inString = prefixXor(maskOf(blocks, '"') & ~escaped) ^ (s->inString ? ~quint64(0) : 0);
    if (backslashes & ~inString)
        return -1;
    const quint64 open = maskOf(blocks, '{', 0x20) & ~inString; // '{' and '['
    const quint64 close = maskOf(blocks, '}', 0x20) & ~inString; // '}' and ']'
    for (quint64 brackets = open | close; brackets != 0; brackets &= brackets - 1) {
        const int at = qCountTrailingZeroBits(brackets);
        if (open & (quint64(1) << at)) {
            ++s->depth;
        } else if (--s->depth == 0) {
            *closed = true;
            return at + 1;
        }
    }
    s->inString = (inString >> 63) != 0;
    s->escaped = carry;
    return 64;
}
#endif

} // namespace

Result<void> JsonItemReader::readContainer(QByteArray *out)
{
    // Nesting is only counted here; the parser that reads what is kept validates it, and what is skipped is not
    // data. This is the reading thread's share of a JSON page; the items are parsed elsewhere. The bytes are taken
    // 64 at a time where that gives the same answer as byte by byte (scanBlock), and byte by byte elsewhere.
    ContainerScan scan;
    for (;;) {
        const QByteArrayView run = m_stream.peekRun();
        if (run.isEmpty()) {
            return syntaxError(scan.inString
                    ? QCoreApplication::translate("JsonItemReader", "the document ends inside a string")
                    : QCoreApplication::translate("JsonItemReader",
                        "the document ends inside an object or a list "
                        "(truncated?)"));
        }
        const auto *d = reinterpret_cast<const uchar *>(run.data());
        const qsizetype n = run.size();
        qsizetype i = 0;
        bool closed = false;
        while (!closed && i < n) {
#ifdef QUOTASCOPE_SSE2
            if (n - i >= 64) {
                if (const int k = scanBlock(d + i, &scan, &closed); k >= 0) {
                    i += k;
                    continue;
                }
            }
#endif
            // The run's tail, or a block with a backslash outside a string (not JSON; its parser will say so).
            const qsizetype to = std::min<qsizetype>(n, i + 64);
            i = scanBytes(d, i, to, &scan, &closed);
        }
        m_stream.consume(i, out);
        if (closed)
            return {};
    }
}

Result<void> JsonItemReader::readValue(QByteArray *out)
{
    skipWhitespace();
    int c = m_stream.peek();
    if (c < 0)
        return syntaxError(QCoreApplication::translate("JsonItemReader", "the document ends early (truncated?)"));
    if (c == '"')
        return readString(out);
    if (c == '{' || c == '[')
        return readContainer(out);
    while (c >= 0 && c != ',' && c != '}' && c != ']' && !isSpace(c)) {
        out->append(char(m_stream.get()));
        c = m_stream.peek();
    }
    if (out->isEmpty())
        return syntaxError(QCoreApplication::translate("JsonItemReader", "expected a value, found `%1`").arg(QChar(c)));
    return {};
}

Result<void> JsonItemReader::readItems(const ItemHandler &onItem)
{
    if (auto r = expect('['); !r)
        return r;
    skipWhitespace();
    if (m_stream.peek() == ']') {
        m_stream.get();
        return {};
    }
    QByteArray own;
    QByteArray &items = m_items ? *m_items : own;
    for (;;) {
        skipWhitespace();
        const qint64 line = m_stream.line();
        const qint64 offset = m_stream.offset();
        if (!m_items)
            items.clear();
        const qsizetype begin = items.size();
        if (auto r = readValue(&items); !r)
            return r;
        if (auto r = onItem(QByteArrayView(items.constData() + begin, items.size() - begin), line, offset); !r)
            return r;
        skipWhitespace();
        const int c = m_stream.get();
        if (c == ']')
            return {};
        if (c != ',') {
            return c < 0
                ? syntaxError(
                    QCoreApplication::translate("JsonItemReader", "the document ends inside the list (truncated?)"))
                : syntaxError(QCoreApplication::translate("JsonItemReader", "expected `,` or `]` in the list"));
        }
    }
}

Result<void> JsonItemReader::readObject(int depth, const ItemHandler &onItem)
{
    // depth 0: the envelope {success, message, data}; depth 1: data as a page {page, page_size, total, items}.
    if (auto r = expect('{'); !r)
        return r;
    skipWhitespace();
    if (m_stream.peek() == '}') {
        m_stream.get();
        return {};
    }
    QByteArray key;
    QByteArray value;
    for (;;) {
        skipWhitespace();
        if (m_stream.peek() != '"')
            return syntaxError(m_stream.peek() < 0
                    ? QCoreApplication::translate("JsonItemReader", "the document ends early (truncated?)")
                    : QCoreApplication::translate("JsonItemReader", "expected a key in quotes"));
        key.clear();
        if (auto r = readString(&key); !r)
            return r;
        if (auto r = expect(':'); !r)
            return r;
        skipWhitespace();
        const int c = m_stream.peek();
        const bool container = (depth == 0 && key == "\"data\"") || (depth == 1 && key == "\"items\"");
        if (container && c == '[') {
            if (auto r = readItems(onItem); !r)
                return r;
        } else if (depth == 0 && key == "\"data\"" && c == '{') {
            if (auto r = readObject(1, onItem); !r)
                return r;
        } else {
            value.clear();
            if (auto r = readValue(&value); !r)
                return r;
            if (container && value != "null")
                return syntaxError(QCoreApplication::translate("JsonItemReader", "`%1` is neither a list nor null")
                                       .arg(QString::fromUtf8(key.mid(1, key.size() - 2))));
            if (depth == 0 && key == "\"success\"")
                m_successFalse = value == "false";
            else if (depth == 0 && key == "\"message\"")
                m_message = QJsonDocument::fromJson("[" + value + "]").array().at(0).toString();
        }
        skipWhitespace();
        const int sep = m_stream.get();
        if (sep == '}')
            return {};
        if (sep != ',') {
            return sep < 0
                ? syntaxError(QCoreApplication::translate("JsonItemReader", "the document ends early (truncated?)"))
                : syntaxError(QCoreApplication::translate("JsonItemReader", "expected `,` or `}`"));
        }
    }
}

Result<void> JsonItemReader::read(const ItemHandler &onItem)
{
    skipWhitespace();
    if (m_stream.peek() == 0xEF) {
        m_stream.get();
        m_stream.get();
        m_stream.get();
        skipWhitespace();
    }
    const int c = m_stream.peek();
    Result<void> r;
    if (c == '[')
        r = readItems(onItem);
    else if (c == '{')
        r = readObject(0, onItem);
    else if (c < 0)
        return syntaxError(QCoreApplication::translate("JsonItemReader", "the file is empty"));
    else
        return syntaxError(QCoreApplication::translate("JsonItemReader", "not a JSON object or array"));
    if (!r)
        return r;
    skipWhitespace();
    if (m_stream.peek() >= 0)
        return syntaxError(QCoreApplication::translate("JsonItemReader", "unexpected text after the JSON document"));
    return {};
}

} // namespace QuotaScope
