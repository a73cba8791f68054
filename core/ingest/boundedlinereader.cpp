#include "ingest/boundedlinereader.h"

#include <algorithm>

namespace QuotaScope {

BoundedLineReader::BoundedLineReader(QIODevice *device, qint64 maxBytes)
    : m_device(device)
    , m_maxBytes(maxBytes)
    , m_piece(size_t(std::clamp<qint64>(maxBytes + 1, 2, 64 * 1024)))
{ }

BoundedLineReader::Status BoundedLineReader::next(QByteArray *line)
{
    line->clear();
    if (m_device->atEnd())
        return Status::End;
    m_lineStart = m_device->pos();
    for (;;) {
        const qint64 n = m_device->readLine(m_piece.data(), qint64(m_piece.size()));
        if (n <= 0)
            break;
        line->append(m_piece.data(), n);
        if (line->endsWith('\n') || line->size() >= m_maxBytes)
            break;
    }
    if (line->isEmpty())
        return Status::Failed;
    if (line->size() >= m_maxBytes && !line->endsWith('\n'))
        return Status::TooLong;
    return Status::Line;
}

} // namespace QuotaScope
