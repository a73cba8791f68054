#pragma once

#include "ingest/bytestream.h"

#include <QString>
#include <QStringList>

namespace QuotaScope {

/**
 * Streams RFC 4180 records: quoted fields with embedded commas, doubled quotes and newlines; LF or CRLF line
 * ends; a leading UTF-8 BOM is dropped. A blank line reads as one empty field.
 */
class CsvReader
{
public:
    enum class Status { Record, End, Error };

    explicit CsvReader(QIODevice *device);

    Status next(QStringList *fields);
    /// The line on which the last record began (1-based).
    qint64 recordLine() const { return m_recordLine; }
    qint64 offset() const { return m_stream.offset(); }
    QString errorString() const { return m_error; }

private:
    ByteStream m_stream;
    QByteArray m_field;
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
