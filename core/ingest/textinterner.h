#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace QuotaScope {

/**
 * Dimension texts (models, users, tokens, channels, groups) decoded once for the whole process and never freed:
 * each is handed out as a QString over the pool's own memory (QString::fromRawData), so that a record's copy of it
 * allocates nothing, has no reference count for the reading, writing and parsing threads to bounce between the
 * cores, and has one address for a whole import (the writer's name dictionary looks names up by address first).
 * Bounded: once DefaultMaxBytes (or the given bound) are held, new texts are no longer pooled and are decoded as
 * usual. Code that changes a pooled text, or calls a non-const accessor on it (front(), data()), gets a copy.
 * Thread-safe.
 */
class TextPool
{
public:
    static constexpr qsizetype DefaultMaxBytes = 8 << 20;
    /// A text longer than this (in UTF-8 bytes) is never pooled: dimension values are short.
    static constexpr qsizetype MaxTextBytes = 1024;

    explicit TextPool(qsizetype maxBytes = DefaultMaxBytes);
    TextPool(const TextPool &) = delete;
    TextPool &operator=(const TextPool &) = delete;

    /// The process's pool: never destroyed, so that its texts outlive every record that holds one.
    static TextPool &shared();

    /// utf8 decoded (as QString::fromUtf8 decodes it) with *key set to the pool's copy of utf8 (raw data too):
    /// true, the same text and key for the same bytes every time; false when utf8 is not pooled (empty, too
    /// long, or the pool is full).
    bool find(QByteArrayView utf8, QByteArray *key, QString *text);
    /// The bytes of the texts pooled so far, with their keys and bookkeeping (roughly); the pool's blocks hold at
    /// most one block more.
    qsizetype bytes() const;

private:
    char *allocate(qsizetype size);

    const qsizetype m_maxBytes;
    mutable std::mutex m_mutex;
    QHash<QByteArray, QString> m_texts; ///< raw keys and texts, both in m_blocks
    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_free = nullptr;
    qsizetype m_left = 0;
    qsizetype m_bytes = 0; ///< see bytes()
};

/**
 * Decodes UTF-8 text once per distinct value: models, users, tokens, channels and groups repeat on almost every
 * row, and each repeat shares the first one's QString instead of allocating its own. One per thread: it remembers
 * what it took from its TextPool without taking the pool's lock again. A text the pool does not take is decoded
 * on each call.
 */
class TextInterner
{
public:
    explicit TextInterner(TextPool *pool = &TextPool::shared())
        : m_pool(pool)
    { }

    QString text(QByteArrayView utf8)
    {
        if (utf8.isEmpty())
            return {};
        // A raw view for the lookup: no copy.
        const auto it = m_values.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
        if (it != m_values.cend())
            return it.value();
        QByteArray key;
        QString value;
        if (!m_pool->find(utf8, &key, &value))
            return QString::fromUtf8(utf8);
        m_values.insert(key, value);
        return value;
    }

private:
    TextPool *m_pool;
    QHash<QByteArray, QString> m_values; ///< the pool's texts this interner has seen, by the pool's keys
};

} // namespace QuotaScope
