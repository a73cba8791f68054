#include "ingest/textinterner.h"

#include <algorithm>
#include <cstring>

namespace QuotaScope {

namespace {
constexpr qsizetype BlockBytes = 64 << 10;
// What a pooled text costs besides its bytes: the hash's node and span entries, roughly.
constexpr qsizetype EntryOverhead = 64;
} // namespace

TextPool::TextPool(qsizetype maxBytes)
    : m_maxBytes(maxBytes)
{ }

TextPool &TextPool::shared()
{
    // Never destroyed: records holding its texts may live until the process ends (and in statics after main).
    static TextPool *const pool = new TextPool;
    return *pool;
}

char *TextPool::allocate(qsizetype size)
{
    size = (size + 7) & ~qsizetype(7); // every piece stays aligned for UTF-16
    if (size > m_left) {
        const qsizetype block = std::max(BlockBytes, size);
        m_blocks.push_back(std::make_unique<char[]>(size_t(block)));
        m_free = m_blocks.back().get();
        m_left = block;
    }
    char *p = m_free;
    m_free += size;
    m_left -= size;
    return p;
}

bool TextPool::find(QByteArrayView utf8, QByteArray *key, QString *text)
{
    if (utf8.isEmpty() || utf8.size() > MaxTextBytes)
        return false;
    const QByteArray probe = QByteArray::fromRawData(utf8.data(), utf8.size());
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_texts.constFind(probe);
        if (it != m_texts.cend()) {
            *key = it.key();
            *text = it.value();
            return true;
        }
    }
    // Decoded outside the lock; another thread may pool the same text meanwhile, and the first one stays.
    const QString decoded = QString::fromUtf8(utf8);
    if (decoded.isEmpty())
        return false;
    const qsizetype need = utf8.size() + decoded.size() * qsizetype(sizeof(QChar)) + EntryOverhead;
    const std::lock_guard lock(m_mutex);
    if (const auto it = m_texts.constFind(probe); it != m_texts.cend()) {
        *key = it.key();
        *text = it.value();
        return true;
    }
    if (m_bytes + need > m_maxBytes)
        return false;
    m_bytes += need;
    auto *chars = reinterpret_cast<QChar *>(allocate(decoded.size() * qsizetype(sizeof(QChar))));
    std::memcpy(chars, decoded.constData(), size_t(decoded.size()) * sizeof(QChar));
    char *bytes = allocate(utf8.size());
    std::memcpy(bytes, utf8.data(), size_t(utf8.size()));
    *key = QByteArray::fromRawData(bytes, utf8.size());
    *text = QString::fromRawData(chars, decoded.size());
    m_texts.insert(*key, *text);
    return true;
}

qsizetype TextPool::bytes() const
{
    const std::lock_guard lock(m_mutex);
    return m_bytes;
}

} // namespace QuotaScope
