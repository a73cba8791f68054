#pragma once

#include "support/result.h"

#include <QString>

#include <functional>

struct sqlite3;

namespace QuotaScope {

class CacheDb;

/**
 * Makes a cache written before schema 14 as small as a new one: the `other` of its older records, still stored
 * as text, is stored by its layout as the writer stores new records (OtherEncoder, the one place that decides it),
 * and the pages that frees are given back to the file system (VACUUM). What the cache answers does not change:
 * every record reads back the same bytes (RecordQuery decodes both forms).
 *
 * The records are re-stored in batches, each its own transaction: stopping (the progress callback, an error, a
 * kill) keeps what is done, and the rest stays as it was, readable. VACUUM needs free space for a copy of the cache,
 * which is checked first, and no other writer at that moment (it does not wait for one, and says so); programs
 * that only read the cache keep reading it, and the file shrinks once they are done.
 */
class CacheCompactor
{
public:
    struct Options
    {
        bool vacuum = true;
        int batchSize = 20000;
    };

    struct Stats
    {
        qint64 textRecords = 0; ///< records whose `other` was stored as text, before
        qint64 restored = 0; ///< of those, stored by layout now
        qint64 bytesBefore = 0; ///< the cache's file and its write-ahead log
        qint64 bytesAfter = 0;
        bool vacuumed = false;
        /// VACUUM ran, but another program is reading the cache: its file shrinks once that program is done with it
        /// (the new pages wait in the write-ahead log until then).
        bool shrinksLater = false;
        /// Why VACUUM was skipped or failed (the records re-stored are kept): empty when it ran or was not asked.
        QString vacuumNote;
        bool stopped = false; ///< the progress callback asked to stop
    };

    /// done of total records checked so far; false asks to stop after the current batch.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<Stats> compact(CacheDb &cache, const Options &options, const Progress &progress = {});

    /// Whether a VACUUM of a database of size bytes fits: it writes a copy to the temporary directory and then the
    /// same again to the write-ahead log next to the cache (the same volume counts both). The reason when not;
    /// nothing when a free space is unknown (negative: the system does not tell), and VACUUM is tried.
    static QString vacuumSpaceProblem(qint64 size, qint64 freeByCache, qint64 freeInTemp, bool sameVolume);
};

} // namespace QuotaScope
