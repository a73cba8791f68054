#include "store/cachecompactor.h"

#include "store/cachedb.h"
#include "store/othercodec.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <sqlite3.h>

#include <vector>

namespace QuotaScope {

namespace {

qint64 cacheBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

/// One batch of records with text `other` after rowid `after`, re-stored in its own transaction; the last rowid
/// looked at (after when there were none).
Result<qint64> restoreBatch(
    sqlite3 *db, qint64 after, int batchSize, OtherEncoder *encoder, qint64 *checked, qint64 *restored)
{
    if (auto r = SqliteStatement::exec(db, "BEGIN IMMEDIATE"); !r)
        return r.error();
    auto fail = [db](const Error &e) {
        SqliteStatement::exec(db, "ROLLBACK");
        return e;
    };
    struct Row
    {
        qint64 rowid;
        QByteArray text;
    };
    std::vector<Row> rows;
    {
        SqliteStatement select;
        if (auto r = select.prepare(db,
                "SELECT rowid, other FROM usage_records WHERE rowid > ?1 AND typeof(other) = 'text' ORDER BY rowid "
                "LIMIT ?2");
            !r)
            return fail(r.error());
        select.bind(1, after);
        select.bind(2, qint64(batchSize));
        while (select.step())
            rows.push_back({ select.int64(0), select.bytes(1).toByteArray() });
        if (!select.ok())
            return fail(select.error(QStringLiteral("reading records to compact")));
    }
    SqliteStatement update;
    if (auto r = update.prepare(db, "UPDATE usage_records SET other = ?1 WHERE rowid = ?2"); !r)
        return fail(r.error());
    QByteArray blob;
    qint64 done = 0;
    for (const Row &row : rows) {
        blob.resize(0);
        const auto encoded = encoder->encode(row.text, &blob);
        if (!encoded)
            return fail(encoded.error());
        if (!encoded.value())
            continue;
        update.reset();
        update.bindBlob(1, blob);
        update.bind(2, row.rowid);
        update.step();
        if (!update.ok())
            return fail(update.error(QStringLiteral("re-storing a record's `other`")));
        ++done;
    }
    if (auto r = SqliteStatement::exec(db, "COMMIT"); !r)
        return fail(r.error());
    *checked += qint64(rows.size());
    *restored += done;
    return rows.empty() ? after : rows.back().rowid;
}

} // namespace

QString CacheCompactor::vacuumSpaceProblem(qint64 size, qint64 freeByCache, qint64 freeInTemp, bool sameVolume)
{
    // Free space the system does not tell (a container, a chroot, a network share): VACUUM is tried, and a disk
    // that fills up fails it with its own message, the re-stored records kept.
    if (freeByCache < 0 || freeInTemp < 0)
        return {};
    // A tenth more than the copy: SQLite's own pages and the file system's.
    const qint64 need = size + size / 10;
    if (sameVolume && freeByCache < 2 * need) {
        return QCoreApplication::translate("CacheCompactor",
            "giving the space back needs about %1 free next to the cache (for a copy and its log); %2 is free")
            .arg(sizeText(2 * need), sizeText(freeByCache));
    }
    if (!sameVolume && freeByCache < need) {
        return QCoreApplication::translate(
            "CacheCompactor", "giving the space back needs about %1 free next to the cache (for its log); %2 is free")
            .arg(sizeText(need), sizeText(freeByCache));
    }
    if (!sameVolume && freeInTemp < need) {
        return QCoreApplication::translate("CacheCompactor",
            "giving the space back needs about %1 free in the temporary directory (for a copy); %2 is free")
            .arg(sizeText(need), sizeText(freeInTemp));
    }
    return {};
}

Result<CacheCompactor::Stats> CacheCompactor::compact(CacheDb &cache, const Options &options, const Progress &progress)
{
    sqlite3 *db = cache.db();
    Stats stats;
    stats.bytesBefore = cacheBytes(cache.path());
    const auto total = SqliteStatement::int64Of(db, "SELECT count(*) FROM usage_records WHERE typeof(other) = 'text'",
        QStringLiteral("counting older records"));
    if (!total)
        return total.error();
    stats.textRecords = total.value();

    OtherEncoder encoder(db);
    qint64 after = 0;
    qint64 checked = 0;
    if (progress && !progress(0, stats.textRecords))
        stats.stopped = true;
    while (!stats.stopped && checked < stats.textRecords) {
        const auto last = restoreBatch(db, after, std::max(1, options.batchSize), &encoder, &checked, &stats.restored);
        if (!last)
            return last.error();
        if (last.value() == after)
            break; // none left (records written meanwhile by someone else are not counted in total)
        after = last.value();
        if (progress && !progress(checked, stats.textRecords))
            stats.stopped = true;
    }

    if (options.vacuum && !stats.stopped) {
        const auto pages = SqliteStatement::int64Of(db, "PRAGMA page_count", QStringLiteral("reading the cache size"));
        const auto pageSize
            = SqliteStatement::int64Of(db, "PRAGMA page_size", QStringLiteral("reading the cache size"));
        if (!pages || !pageSize)
            return !pages ? pages.error() : pageSize.error();
        const qint64 size = pages.value() * pageSize.value();
        const QStorageInfo byCache(QFileInfo(cache.path()).absolutePath());
        const QStorageInfo inTemp(QDir::tempPath());
        const auto available = [](const QStorageInfo &volume) {
            return volume.isValid() && volume.isReady() ? volume.bytesAvailable() : qint64(-1);
        };
        stats.vacuumNote = vacuumSpaceProblem(size, available(byCache), available(inTemp),
            byCache.rootPath() == inTemp.rootPath() && byCache.device() == inTemp.device());
        if (stats.vacuumNote.isEmpty()) {
            // No waiting for another writer (an import or a sync in another program): it may take long.
            sqlite3_busy_timeout(db, 0);
            const auto vacuumed = SqliteStatement::exec(db, "VACUUM");
            if (vacuumed) {
                stats.vacuumed = true;
                // The copy went through the write-ahead log: it is copied back and emptied, so that the file
                // shrinks on disk too. A program still reading the old pages holds that up: then it happens when
                // it is done (at its or the next checkpoint).
                const auto checkpoint = SqliteStatement::int64Of(
                    db, "PRAGMA wal_checkpoint(TRUNCATE)", QStringLiteral("emptying the log"));
                stats.shrinksLater = !checkpoint || checkpoint.value() != 0;
            }
            sqlite3_busy_timeout(db, CacheDb::BusyTimeoutMs);
            if (vacuumed) {
            } else if ((sqlite3_errcode(db) & 0xff) == SQLITE_BUSY || (sqlite3_errcode(db) & 0xff) == SQLITE_LOCKED) {
                stats.vacuumNote = QCoreApplication::translate("CacheCompactor",
                    "another program is writing to the cache (an import or a sync): run compact again when it is "
                    "done to give the space back");
            } else {
                stats.vacuumNote = QCoreApplication::translate("CacheCompactor", "giving the space back failed: %1")
                                       .arg(vacuumed.error().message);
            }
        }
    }
    stats.bytesAfter = cacheBytes(cache.path());
    return stats;
}

} // namespace QuotaScope
