#include "ingest/csvreader.h"

#include "ingest/bytestream.h"

#include <QCoreApplication>
#include <QtAlgorithms>

#include <algorithm>
#include <cstring>

namespace QuotaScope {

namespace {

/// The newlines a scan passed.
struct Newlines
{
    qint64 count = 0;
    const char *afterLast = nullptr; ///< just after the last one; nullptr: none
};

/**
 * The first '"' in [p, end) (end when there is none), adding the newlines before it to *seen. Sixteen bytes at
 * a time where SSE2 is there (every x86-64): a gateway log's `other` cell holds about forty doubled quotes a few
 * bytes apart, and a memchr call for each quote (and another to count newlines) cost more than the bytes.
 */
inline const char *findQuote(const char *p, const char *end, Newlines *seen)
{
#ifdef QUOTASCOPE_SSE2
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i newline = _mm_set1_epi8('\n');
    for (; end - p >= 16; p += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const quint32 quotes = quint32(_mm_movemask_epi8(_mm_cmpeq_epi8(block, quote)));
        quint32 lines = quint32(_mm_movemask_epi8(_mm_cmpeq_epi8(block, newline)));
        if (quotes)
            lines &= (1u << qCountTrailingZeroBits(quotes)) - 1;
        if (lines)
            seen->afterLast = p + 32 - qCountLeadingZeroBits(lines);
        for (; lines; lines &= lines - 1) // a few per block at most: no popcount instruction needed
            ++seen->count;
        if (quotes)
            return p + qCountTrailingZeroBits(quotes);
    }
#endif
    for (; p < end; ++p) {
        if (*p == '"')
            return p;
        if (*p == '\n') {
            ++seen->count;
            seen->afterLast = p + 1;
        }
    }
    return end;
}

/**
 * Inside a quoted field at p, 64 bytes at a time: the field's closing quote, or a quote from which findQuote and its
 * caller go on. Quotes inside a quoted field come in runs whose pairs are doubled quotes, so the closing quote is the
 * last of a run of odd length: one after which an odd number of the field's quotes have passed (a prefix XOR) and
 * that no quote follows in the block. One that ends the block may still be the first of a pair: findQuote's caller
 * looks at the next byte, as it does for every quote. findQuote alone stops at every quote, and a gateway log's
 * `other` cell holds about forty doubled ones. Returns end - (end - p) % 64 when no closing quote was found; adds
 * the newlines before the returned byte to *seen and sets *escaped when a quote is passed.
 */
inline const char *skipQuoted(const char *p, const char *end, Newlines *seen, bool *escaped)
{
#ifdef QUOTASCOPE_SSE2
    for (; end - p >= 64; p += 64) {
        const Block64 block(p);
        const quint64 quotes = maskOf(block, '"');
        quint64 lines = maskOf(block, '\n');
        const quint64 closing = quotes & prefixXor(quotes) & ~(quotes >> 1);
        const int stop = closing ? qCountTrailingZeroBits(closing) : 64;
        const quint64 before = stop < 64 ? (quint64(1) << stop) - 1 : ~quint64(0);
        lines &= before;
        if (lines) {
            seen->count += qPopulationCount(lines);
            seen->afterLast = p + 64 - qCountLeadingZeroBits(lines);
        }
        *escaped = *escaped || (quotes & before) != 0;
        if (stop < 64)
            return p + stop;
    }
#else
    Q_UNUSED(seen);
    Q_UNUSED(escaped);
#endif
    return p;
}

/// The first ',', '\r' or '\n' in [p, end) (end when there is none): where an unquoted field ends.
inline const char *findFieldEnd(const char *p, const char *end)
{
#ifdef QUOTASCOPE_SSE2
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    for (; end - p >= 16; p += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i stops = _mm_or_si128(_mm_cmpeq_epi8(block, comma),
            _mm_or_si128(_mm_cmpeq_epi8(block, cr), _mm_cmpeq_epi8(block, lf)));
        if (const quint32 at = quint32(_mm_movemask_epi8(stops)))
            return p + qCountTrailingZeroBits(at);
    }
#endif
    while (p < end && *p != ',' && *p != '\n' && *p != '\r')
        ++p;
    return p;
}

/// Removes one quote of each doubled pair in [begin, end), in place; returns the new end.
char *unescapeQuotes(char *begin, char *end)
{
    char *out = begin;
    const char *in = begin;
    auto keep = [&out](const char *from, const char *to) {
        if (out != from)
            std::memmove(out, from, size_t(to - from));
        out += to - from;
    };
#ifdef QUOTASCOPE_SSE2
    // 64 bytes at a time: every quote here is half of a pair, and the second half of each is dropped (those after
    // which an even number have passed, counting a pair's first half left at the end of the last block).
    bool pairOpen = false;
    for (; end - in >= 64; in += 64) {
        const quint64 quotes = maskOf(Block64(in), '"');
        const quint64 odd = prefixXor(quotes) ^ (pairOpen ? ~quint64(0) : 0);
        pairOpen = (odd >> 63) != 0;
        const char *from = in;
        for (quint64 drop = quotes & ~odd; drop; drop &= drop - 1) {
            const char *at = in + qCountTrailingZeroBits(drop);
            keep(from, at);
            from = at + 1;
        }
        keep(from, in + 64);
    }
    if (pairOpen)
        ++in; // the second half of the pair
#endif
    while (in < end) {
        Newlines newlines;
        const char *q = findQuote(in, end, &newlines);
        keep(in, q < end ? q + 1 : end); // the first quote of the pair, not the second
        in = q < end ? q + 2 : end;
    }
    return out;
}

} // namespace

CsvReader::CsvReader(QIODevice *device, qsizetype maxRecordBytes)
    : m_device(device)
    , m_maxRecordBytes(maxRecordBytes)
{ }

void CsvReader::resumeAt(qint64 firstLine, qint64 offset)
{
    m_started = true;
    m_line = firstLine;
    m_consumedBefore = offset - m_pos;
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_consumedBefore += m_pos;
        m_pos = 0;
    }
    // A record longer than a chunk doubles the read, so that rescanning it stays linear in its size; never past
    // the longest record allowed (plus the byte that shows it is longer).
    const qsizetype kept = m_buffer.size();
    const qsizetype want = std::max<qsizetype>(1, std::min(std::max(ChunkSize, kept), m_maxRecordBytes + 1 - kept));
    m_buffer.resize(kept + want);
    const qint64 got = m_device->read(m_buffer.data() + kept, want);
    m_buffer.resize(kept + std::max<qint64>(got, 0));
    if (got <= 0) {
        m_atEnd = true;
        if (got < 0 || !m_device->atEnd()) {
            m_readError = true;
            m_error = QCoreApplication::translate("CsvReader", "line %1: reading failed at byte %2: %3")
                          .arg(m_line)
                          .arg(m_consumedBefore + kept)
                          .arg(m_device->errorString());
        }
        return false;
    }
    return true;
}

CsvReader::Scan CsvReader::scan(qsizetype *end, qint64 *line)
{
    m_spans.clear();
    const char *d = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    qsizetype i = m_pos;
    *line = m_line;
    // Returns the scan state once the block ends at i: wait for more, or (at the end) take what there is.
    auto atBlockEnd = [&]() { return m_atEnd ? Scan::Done : Scan::NeedMore; };
    for (;;) {
        if (i < n && d[i] == '"') {
            // Quoted: up to the closing quote; a doubled quote is one quote, newlines are data. The doubled quotes
            // are undone in place once the whole record is there (a record cut by the block's end is scanned again).
            const qsizetype segment = ++i;
            bool escaped = false;
            for (;;) {
                Newlines newlines;
                const qsizetype j = findQuote(skipQuoted(d + i, d + n, &newlines, &escaped), d + n, &newlines) - d;
                *line += newlines.count;
                if (j == n) {
                    if (!m_atEnd)
                        return Scan::NeedMore;
                    m_error = QCoreApplication::translate("CsvReader",
                        "line %1: quoted field is not closed before the "
                        "end of the file")
                                  .arg(m_recordLine);
                    return Scan::Failed;
                }
                if (j + 1 == n && !m_atEnd)
                    return Scan::NeedMore;
                if (j + 1 < n && d[j + 1] == '"') {
                    escaped = true;
                    i = j + 2;
                    continue;
                }
                Span &quoted = m_spans.emplace_back(); // filled in place, as a plain cell's span below
                quoted.begin = segment;
                quoted.size = j - segment;
                quoted.escaped = escaped;
                i = j + 1;
                break;
            }
            if (i == n) {
                *end = i;
                return atBlockEnd();
            }
            const char c = d[i];
            if (c != ',' && c != '\n' && c != '\r') {
                m_error = QCoreApplication::translate("CsvReader", "line %1: unexpected character after a closing quote")
                              .arg(*line);
                return Scan::Failed;
            }
        } else {
            const qsizetype j = findFieldEnd(d + i, d + n) - d;
            // Filled where it lies: a Span built on the stack and copied in was read back as one 16-byte load from
            // two 8-byte stores, which the store buffer cannot forward (a stall on every cell).
            Span &plain = m_spans.emplace_back();
            plain.begin = i;
            plain.size = j - i;
            i = j;
            if (i == n) {
                *end = i;
                return atBlockEnd();
            }
        }
        // d[i] ends the field: a comma, or the record's line end.
        if (d[i] == ',') {
            ++i;
            if (i == n && !m_atEnd)
                return Scan::NeedMore;
            continue;
        }
        if (d[i] == '\r') {
            if (i + 1 == n && !m_atEnd)
                return Scan::NeedMore;
            if (i + 1 < n && d[i + 1] == '\n')
                ++i;
        }
        if (d[i] == '\n')
            ++*line;
        *end = i + 1;
        return Scan::Done;
    }
}

CsvReader::Status CsvReader::nextRecord()
{
    m_views.clear();
    if (!m_started) {
        m_started = true;
        while (m_buffer.size() - m_pos < 3 && fill()) { }
        if (m_pos < m_buffer.size() && uchar(m_buffer.at(m_pos)) == 0xEF) {
            // Only a complete BOM is dropped; anything else starting with 0xEF is data.
            if (!m_buffer.mid(m_pos).startsWith("\xEF\xBB\xBF")) {
                m_error = QCoreApplication::translate("CsvReader", "line 1: invalid UTF-8 at the start of the file");
                return Status::Error;
            }
            m_pos += 3;
        }
    }
    if (m_pos >= m_buffer.size() && !fill())
        return m_readError ? Status::Error : Status::End;

    m_recordLine = m_line;
    qsizetype end = 0;
    qint64 line = 0;
    for (;;) {
        const Scan s = scan(&end, &line);
        if (s == Scan::Failed)
            return Status::Error;
        if (s == Scan::Done)
            break;
        if (m_buffer.size() - m_pos > m_maxRecordBytes) {
            m_error = QCoreApplication::translate("CsvReader", "line %1: a record is longer than %2 MiB; is this a CSV file?")
                          .arg(m_recordLine)
                          .arg(double(m_maxRecordBytes) / (1024 * 1024), 0, 'g', 3);
            return Status::Error;
        }
        if (!fill() && m_readError)
            return Status::Error; // not the record cut short by the failure: the failure
        // at the end, the next scan takes what there is
    }
    m_views.reserve(m_spans.size());
    // The bytes are the reader's own (never shared, so this does not copy), and their record is consumed now.
    char *d = m_buffer.data();
    for (const Span &span : m_spans) {
        char *begin = d + span.begin;
        m_views.emplace_back(begin, span.escaped ? unescapeQuotes(begin, begin + span.size) - begin : span.size);
    }
    m_pos = end;
    m_line = line;
    return Status::Record;
}

CsvReader::Status CsvReader::next(QStringList *fields)
{
    fields->clear();
    const Status status = nextRecord();
    if (status == Status::Record) {
        fields->reserve(fieldCount());
        for (const QByteArrayView &field : m_views)
            fields->append(QString::fromUtf8(field));
    }
    return status;
}

CsvRecordEnds::Scan CsvRecordEnds::scan(const char *d, qsizetype n, bool atEnd)
{
    qsizetype i = m_pos;
    for (;;) {
        if (m_quoted) {
            // Up to the closing quote; a doubled one stays inside.
            Newlines newlines; // inside a quoted field: data
            bool escaped = false;
            const qsizetype j
                = i < n ? findQuote(skipQuoted(d + i, d + n, &newlines, &escaped), d + n, &newlines) - d : n;
            if (j == n) {
                m_pos = n;
                return atEnd ? Scan::Malformed : Scan::Ok;
            }
            if (j + 1 == n && !atEnd) {
                m_pos = j; // the next byte tells a closing quote from a doubled one
                return Scan::Ok;
            }
            if (j + 1 < n && d[j + 1] == '"') {
                i = j + 2;
                continue;
            }
            if (j + 1 < n && d[j + 1] != ',' && d[j + 1] != '\n' && d[j + 1] != '\r') {
                m_pos = j;
                return Scan::Malformed;
            }
            m_quoted = false;
            i = j + 1;
            continue;
        }
        // Outside quotes up to the next quote: every newline there ends a record.
        Newlines newlines;
        const qsizetype j = i < n ? findQuote(d + i, d + n, &newlines) - d : n;
        if (newlines.afterLast)
            m_lastEnd = newlines.afterLast - d;
        if (j == n) {
            m_pos = n;
            return Scan::Ok;
        }
        // A quote opens a field only at its start; within an unquoted field it is data.
        m_quoted = j == 0 || d[j - 1] == ',' || d[j - 1] == '\n' || d[j - 1] == '\r';
        i = j + 1;
    }
}

void CsvRecordEnds::dropFront(qsizetype count)
{
    m_pos -= count;
    m_lastEnd -= count;
}

namespace {

bool looksLikeFormula(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && s.at(i) == QLatin1Char('\''))
        ++i;
    if (i == s.size())
        return false;
    const QChar c = s.at(i);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

QString csvFormulaSafe(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString csvFormulaValue(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && looksLikeFormula(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

QString csvQuoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace QuotaScope
