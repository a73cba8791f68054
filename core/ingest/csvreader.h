#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace QuotaScope {

/**
 * Streams RFC 4180 records: quoted fields with embedded commas, doubled quotes and newlines; LF or CRLF line
 * ends; a leading UTF-8 BOM is dropped. A blank line reads as one empty field.
 *
 * The device is read in large blocks and each record is cut out of the block in place: unquoted fields (and
 * quoted ones without a doubled quote) are views into the block, so a record costs no copy until its cells are
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

    /// The next record as UTF-8 views (fields(), fieldCount()), valid until the next call.
    Status nextRecord();
    const QByteArrayView *fields() const { return m_views.data(); }
    qsizetype fieldCount() const { return qsizetype(m_views.size()); }

    /// The next record decoded to strings.
    Status next(QStringList *fields);
    /// The line on which the last record began (1-based).
    qint64 recordLine() const { return m_recordLine; }
    qint64 offset() const { return m_consumedBefore + m_pos; }
    QString errorString() const { return m_error; }

private:
    struct Span
    {
        qsizetype begin = 0;
        qsizetype size = 0;
        bool unescaped = false; ///< in m_unescaped (it had doubled quotes), else in m_buffer
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
    std::string m_unescaped;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_started = false;
    QString m_error;
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
