#pragma once

#include "ingest/bytestream.h"
#include "support/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace QuotaScope {

/**
 * Finds the items of a gateway answer without loading the document: the elements of a top-level array, of
 * `data` when it is an array, or of `data.items` (the paged envelope). Each item's raw bytes are handed on
 * one at a time, so memory is bounded by the largest item, not by the file. Everything outside the items
 * is skipped, except `success` and `message`, kept to report a gateway's error answer.
 */
class JsonItemReader
{
public:
    /// Receives one item's bytes (valid until the next item) with the line and byte offset where it starts.
    using ItemHandler = std::function<Result<void>(QByteArrayView item, qint64 line, qint64 offset)>;

    explicit JsonItemReader(QIODevice *device);

    /// Items are appended to *buffer (which the caller empties when it likes, and which must outlive the read)
    /// instead of a buffer of the reader's own, emptied for every item: a caller that gathers items saves a copy.
    void collectInto(QByteArray *buffer) { m_items = buffer; }

    /// Reads the whole document. Errors name the line and byte offset (without the file name).
    Result<void> read(const ItemHandler &onItem);

    bool successFalse() const { return m_successFalse; }
    QString message() const { return m_message; }
    qint64 offset() const { return m_stream.offset(); }

private:
    Error syntaxError(const QString &what) const;
    void skipWhitespace();
    Result<void> expect(char c);
    Result<void> readString(QByteArray *raw);
    Result<void> readValue(QByteArray *out); // appends the raw value to out when not null
    Result<void> readContainer(QByteArray *out); // an object or a list, from its opening bracket
    Result<void> readItems(const ItemHandler &onItem);
    Result<void> readObject(int depth, const ItemHandler &onItem);

    ByteStream m_stream;
    QByteArray *m_items = nullptr;
    bool m_successFalse = false;
    QString m_message;
};

} // namespace QuotaScope
