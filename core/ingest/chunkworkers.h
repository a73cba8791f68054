#pragma once

#include <QByteArray>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace QuotaScope {

/// The worker threads of every ChunkWorkers alive now: a test checks that none outlives its read.
inline std::atomic_int &chunkWorkerThreads()
{
    static std::atomic_int count { 0 };
    return count;
}

/**
 * A piece of a text file that starts where a row starts: its bytes, where they begin in the file, on which line.
 * Rows that were found one by one (the items of a JSON page) are put together instead, each described in items.
 */
struct TextChunk
{
    /// One row of a chunk of found rows: where it ends in bytes, and where it began in the file.
    struct Item
    {
        qsizetype end = 0;
        qint64 line = 1;
        qint64 offset = 0;
    };
    QByteArray bytes;
    qint64 offset = 0;
    qint64 firstLine = 1;
    std::vector<Item> items; ///< empty: bytes is the file's text from offset on
};

/**
 * Parses chunks of a file on a few worker threads and gives their results back in the order the chunks were
 * submitted, so that whoever consumes them sees the file in order. At most `window` chunks are submitted and not
 * yet taken, which bounds the memory whatever the file's size. The destructor stops the workers (a worker's
 * parse sees `stopping` and may return early) and joins them: no thread outlives the object.
 */
template <typename Out>
class ChunkWorkers
{
public:
    /// parse(worker, chunk, stopping): worker is 0..workers-1, for state kept per worker.
    using Parse = std::function<Out(int worker, const TextChunk &chunk, const std::atomic_bool &stopping)>;

    ChunkWorkers(int workers, int window, Parse parse)
        : m_window(std::max(1, window))
        , m_parse(std::move(parse))
    {
        for (int i = 0; i < std::max(1, workers); ++i) {
            ++chunkWorkerThreads();
            m_threads.emplace_back([this, i] {
                run(i);
                --chunkWorkerThreads();
            });
        }
    }

    ~ChunkWorkers()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
            m_stoppingFlag = true;
        }
        m_wake.notify_all();
        for (std::thread &t : m_threads)
            t.join();
    }

    ChunkWorkers(const ChunkWorkers &) = delete;
    ChunkWorkers &operator=(const ChunkWorkers &) = delete;

    /// True when window chunks are out: take() one before submitting another.
    bool full() const
    {
        std::lock_guard lock(m_mutex);
        return qsizetype(m_slots.size()) >= m_window;
    }
    bool empty() const
    {
        std::lock_guard lock(m_mutex);
        return m_slots.empty();
    }

    void submit(TextChunk &&chunk)
    {
        {
            std::lock_guard lock(m_mutex);
            m_slots.push_back(Slot { std::move(chunk), std::nullopt });
        }
        m_wake.notify_all();
    }

    /// The result of the oldest chunk not yet taken, once it is parsed.
    Out take()
    {
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [this] { return m_slots.front().out.has_value(); });
        Out out = std::move(*m_slots.front().out);
        m_slots.pop_front();
        ++m_first;
        return out;
    }

private:
    struct Slot
    {
        TextChunk chunk;
        std::optional<Out> out;
    };

    void run(int worker)
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stopping || m_claimed < m_first + qint64(m_slots.size()); });
            if (m_stopping)
                return;
            const qint64 seq = m_claimed++;
            const TextChunk chunk = std::move(m_slots[size_t(seq - m_first)].chunk);
            lock.unlock();
            Out out = m_parse(worker, chunk, m_stoppingFlag);
            lock.lock();
            // Slots before seq may have been taken meanwhile, never seq itself: it has no result yet.
            m_slots[size_t(seq - m_first)].out = std::move(out);
            m_done.notify_all();
        }
    }

    const qsizetype m_window;
    Parse m_parse;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake; ///< a chunk to parse, or stop
    std::condition_variable m_done; ///< a chunk parsed
    std::deque<Slot> m_slots; ///< submitted and not taken, in order; the first is chunk number m_first
    qint64 m_first = 0;
    qint64 m_claimed = 0; ///< chunks handed to a worker so far
    bool m_stopping = false;
    std::atomic_bool m_stoppingFlag { false };
    std::vector<std::thread> m_threads;
};

} // namespace QuotaScope
