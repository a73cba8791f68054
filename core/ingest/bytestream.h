#pragma once

#include "ingest/bytemasks.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace QuotaScope {

/// The newlines in [begin, end), found with memchr: several times faster than a byte loop over text whose lines
/// are tens to hundreds of bytes long (the reading thread counts every chunk's lines before a worker parses it).
inline qsizetype countNewlines(const char *begin, const char *end)
{
    qsizetype n = 0;
    while (begin < end) {
        begin = static_cast<const char *>(std::memchr(begin, '\n', size_t(end - begin)));
        if (!begin)
            break;
        ++n;
        ++begin;
    }
    return n;
}

/**
 * A forward-only byte cursor over a device, refilled in fixed chunks so that memory stays flat however large
 * the file is. Tracks the byte offset and the 1-based line number for error messages.
 */
class ByteStream
{
public:
    static constexpr qint64 ChunkSize = 1 << 20;

    explicit ByteStream(QIODevice *device)
        : m_device(device)
    { }

    /// The next byte without consuming it, or -1 at the end.
    int peek()
    {
        if (m_pos >= m_buffer.size() && !refill())
            return -1;
        return uchar(m_buffer.at(m_pos));
    }

    /// Consumes and returns the next byte, or -1 at the end.
    int get()
    {
        if (m_pos >= m_buffer.size() && !refill())
            return -1;
        const char c = m_buffer.at(m_pos++);
        if (c == '\n')
            ++m_line;
        return uchar(c);
    }

    /// Appends bytes to out up to the first one for which stop() holds, and returns that byte unconsumed (-1 at
    /// the end). Copies whole runs at once: per-byte appends dominate the cost of skimming large documents.
    template <typename Stop>
    int appendUntil(QByteArray *out, Stop stop)
    {
        for (;;) {
            if (m_pos >= m_buffer.size() && !refill())
                return -1;
            const char *data = m_buffer.constData();
            const qsizetype n = m_buffer.size();
            qsizetype i = m_pos;
            while (i < n && !stop(uchar(data[i]))) {
                if (data[i] == '\n')
                    ++m_line;
                ++i;
            }
            out->append(data + m_pos, i - m_pos);
            m_pos = i;
            if (i < n)
                return uchar(data[i]);
        }
    }

    /// The bytes read ahead and not yet consumed (refilled when none are left; empty at the end), for a caller that
    /// scans runs of them itself.
    QByteArrayView peekRun()
    {
        if (m_pos >= m_buffer.size() && !refill())
            return {};
        return QByteArrayView(m_buffer.constData() + m_pos, m_buffer.size() - m_pos);
    }

    /// Consumes the first count bytes of peekRun(), appending them to out.
    void consume(qsizetype count, QByteArray *out)
    {
        const char *data = m_buffer.constData() + m_pos;
        out->append(data, count);
        m_line += countNewlines(data, data + count);
        m_pos += count;
    }

    qint64 offset() const { return m_consumedBefore + m_pos; }
    qint64 line() const { return m_line; }
    /// A read failed (the device said so, or gave nothing before its end): the stream ended there.
    bool readError() const { return m_readError; }
    QString errorString() const { return m_device->errorString(); }

private:
    bool refill()
    {
        m_consumedBefore += m_buffer.size();
        m_pos = 0;
        if (m_readError) {
            m_buffer.clear();
            return false;
        }
        // read() into the buffer says -1 for a failed read, where read(qint64) gives an empty array either way; a
        // file's bytesAvailable() counts the bytes it has not read, so that cannot tell a failure from the end.
        m_buffer.resize(ChunkSize);
        const qint64 got = m_device->read(m_buffer.data(), ChunkSize);
        m_buffer.resize(qsizetype(std::max<qint64>(got, 0)));
        if (got < 0 || (got == 0 && !m_device->atEnd()))
            m_readError = true;
        return !m_buffer.isEmpty();
    }

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumedBefore = 0;
    qint64 m_line = 1;
    bool m_readError = false;
};

} // namespace QuotaScope
