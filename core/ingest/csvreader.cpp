#include "ingest/csvreader.h"

#include "ingest/bytestream.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace QuotaScope {

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
        if (got < 0 || (m_device->bytesAvailable() <= 0 && !m_device->atEnd()))
            m_readError = true;
        return false;
    }
    return true;
}

CsvReader::Scan CsvReader::scan(qsizetype *end, qint64 *line)
{
    m_spans.clear();
    m_unescaped.clear();
    const char *d = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    qsizetype i = m_pos;
    *line = m_line;
    // Returns the scan state once the block ends at i: wait for more, or (at the end) take what there is.
    auto atBlockEnd = [&]() { return m_atEnd ? Scan::Done : Scan::NeedMore; };
    for (;;) {
        Span span;
        if (i < n && d[i] == '"') {
            // Quoted: up to the closing quote; a doubled quote is one quote, newlines are data.
            qsizetype segment = ++i;
            const qsizetype unescapedStart = qsizetype(m_unescaped.size());
            bool escaped = false;
            for (;;) {
                const char *q = static_cast<const char *>(memchr(d + i, '"', size_t(n - i)));
                const qsizetype j = q ? q - d : n;
                *line += countNewlines(d + i, d + j);
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
                    m_unescaped.append(d + segment, size_t(j + 1 - segment));
                    escaped = true;
                    i = segment = j + 2;
                    continue;
                }
                if (escaped) {
                    m_unescaped.append(d + segment, size_t(j - segment));
                    span = Span { unescapedStart, qsizetype(m_unescaped.size()) - unescapedStart, true };
                } else {
                    span = Span { segment, j - segment, false };
                }
                i = j + 1;
                break;
            }
            m_spans.push_back(span);
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
            qsizetype j = i;
            while (j < n && d[j] != ',' && d[j] != '\n' && d[j] != '\r')
                ++j;
            m_spans.push_back(Span { i, j - i, false });
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
        fill(); // at the end, the next scan takes what there is
    }
    const char *d = m_buffer.constData();
    m_views.reserve(m_spans.size());
    for (const Span &span : m_spans) {
        m_views.emplace_back(span.unescaped ? m_unescaped.data() + span.begin : d + span.begin, span.size);
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
            const char *q = i < n ? static_cast<const char *>(memchr(d + i, '"', size_t(n - i))) : nullptr;
            if (!q) {
                m_pos = n;
                return atEnd ? Scan::Malformed : Scan::Ok;
            }
            const qsizetype j = q - d;
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
        const char *q = i < n ? static_cast<const char *>(memchr(d + i, '"', size_t(n - i))) : nullptr;
        const qsizetype j = q ? q - d : n;
        for (qsizetype k = j; k > i; --k) {
            if (d[k - 1] == '\n') {
                m_lastEnd = k;
                break;
            }
        }
        if (!q) {
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
