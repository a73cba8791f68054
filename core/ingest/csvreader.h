#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <vector>

namespace QuotaScope {

/**
 * Streams RFC 4180 records: quoted fields with embedded commas, doubled quotes and newlines; LF or CRLF line
 * ends; a leading UTF-8 BOM is dropped. A blank line reads as one empty field.
 *
 * The device is read in large blocks and each record is cut out of the block in place: fields are views into the
 * block (a quoted field's doubled quotes are undone where it lies), so a record costs no copy until its cells are
 * turned into values. A record longer than MaxRecordBytes (an unclosed quote, a file that is not CSV) is an
 * error rather than a reason to hold the file in memory.
 */
class CsvReader
{
public:
    enum class Status { Record, End, Error };
    static constexpr qsizetype ChunkSize = 1 << 20;
    static constexpr qsizetype MaxRecordBytes = 64 * 1024 * 1024;

    explicit CsvReader(QIODevice *device, qsizetype maxRecordBytes = MaxRecordBytes);

    /// Before the first record: the device holds a file's text from a record's start at byte offset, which is
    /// on line firstLine. Lines and offsets are counted from there, and there is no BOM to look for.
    void resumeAt(qint64 firstLine, qint64 offset);

    /// The next record as UTF-8 views (fields(), fieldCount()), valid until the next call.
    Status nextRecord();
    const QByteArrayView *fields() const { return m_views.data(); }
    qsizetype fieldCount() const { return qsizetype(m_views.size()); }

    /// The next record decoded to strings.
    Status next(QStringList *fields);
    /// The line on which the last record began (1-based).
    qint64 recordLine() const { return m_recordLine; }
    qint64 offset() const { return m_consumedBefore + m_pos; }
    /// The line on which the next record begins.
    qint64 nextLine() const { return m_line; }
    QString errorString() const { return m_error; }

private:
    struct Span
    {
        qsizetype begin = 0; ///< in m_buffer
        qsizetype size = 0;
        bool escaped = false; ///< it has doubled quotes, undone in place when the record is taken
    };
    /// Appends up to a chunk (or the pending record's size) after the unconsumed bytes; false at the end.
    bool fill();
    /// Scans one record from m_pos; NeedMore when the block ends inside it.
    enum class Scan { Done, NeedMore, Failed };
    Scan scan(qsizetype *end, qint64 *line);

    QIODevice *m_device;
    qsizetype m_maxRecordBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0; ///< first unconsumed byte of m_buffer
    qint64 m_consumedBefore = 0; ///< bytes dropped from the front of m_buffer so far
    bool m_atEnd = false;
    bool m_readError = false;
    std::vector<Span> m_spans;
    std::vector<QByteArrayView> m_views;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_started = false;
    QString m_error;
};

/**
 * Finds where records end in CSV text without reading their cells, by CsvReader's rules: a quote opens a quoted
 * field only at the field's start, a doubled quote inside one is a quote, and newlines inside one are data. The
 * text can thus be cut after any record-ending newline into pieces that each start at a record.
 *
 * Text that CsvReader would reject (a character after a closing quote, a quote still open at the end) is
 * reported as Malformed rather than cut: whoever reads it reports the error as CsvReader does.
 */
class CsvRecordEnds
{
public:
    enum class Scan { Ok, Malformed };

    /// Scans data[0, size) on from where the last call stopped (data is the same text, grown at its end);
    /// atEnd: nothing follows it.
    Scan scan(const char *data, qsizetype size, bool atEnd);
    /// Just after the last newline seen that ends a record; 0 when none.
    qsizetype lastEnd() const { return m_lastEnd; }
    /// The first count bytes (count <= lastEnd()) were cut off the front of the text.
    void dropFront(qsizetype count);

private:
    qsizetype m_pos = 0; ///< where the scan goes on
    bool m_quoted = false; ///< m_pos is inside a quoted field
    qsizetype m_lastEnd = 0;
};

/**
 * Against CSV injection (OWASP): text a spreadsheet would run as a formula, i.e. starting with = + - @, a tab or
 * a carriage return after any number of single quotes, gets one more single quote in front: "=x" -> "'=x",
 * "'=x" -> "''=x". Anything else is returned unchanged. Writers put the result in a quoted cell.
 */
QString csvFormulaSafe(const QString &text);
/// Undoes csvFormulaSafe exactly: "'=x" -> "=x", "''=x" -> "'=x"; "'x" and everything else stay as they are.
QString csvFormulaValue(const QString &cell);
/// s as a quoted CSV cell, inner quotes doubled.
QString csvQuoted(const QString &s);

} // namespace QuotaScope
