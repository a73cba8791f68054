#pragma once

#include <QByteArray>
#include <QIODevice>

#include <vector>

namespace QuotaScope {

/**
 * Reads a device line by line, holding one line at a time and at most maxBytes of it, read in pieces into one
 * buffer kept for the whole device. QIODevice::readLine(maxSize) would allocate maxSize bytes for every line, and
 * a plain readLine() would hold a "line" without an end (a file that is not line-based) whole.
 */
class BoundedLineReader
{
public:
    enum class Status {
        Line, ///< a line, with its '\n' unless it is the last one of the device
        End, ///< nothing more to read
        Failed, ///< the device is not at its end but gives no bytes (a read error): reading on would loop
        TooLong, ///< maxBytes read without a line end
    };

    BoundedLineReader(QIODevice *device, qint64 maxBytes);

    Status next(QByteArray *line);
    qint64 lineStart() const { return m_lineStart; } ///< device position where the last line began

private:
    QIODevice *m_device;
    qint64 m_maxBytes;
    qint64 m_lineStart = 0;
    std::vector<char> m_piece;
};

} // namespace QuotaScope
