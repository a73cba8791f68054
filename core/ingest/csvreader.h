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

} // namespace QuotaScope
