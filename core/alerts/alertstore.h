#pragma once

#include "alerts/alertevaluator.h"
#include "alerts/alertrule.h"
#include "support/result.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

struct sqlite3;

namespace QuotaScope {

/** A stored firing: one rule and key, from when it first fired until its condition cleared. */
struct AlertFiring
{
    qint64 id = 0;
    AlertHit hit; ///< the latest evaluation that found it (value, window, message)
    qint64 firedAt = 0; ///< first found, UTC seconds
    qint64 lastSeenAt = 0; ///< last evaluation that still found it
    qint64 notifiedAt = 0; ///< last notification; 0 while none was shown (quiet hours, paused)
    qint64 resolvedAt = 0; ///< when an evaluation no longer found it; 0 while open

    bool isOpen() const { return resolvedAt == 0; }
};

/** When to tell the user: quiet hours, re-notify interval, pause. */
struct NotifyPolicy
{
    QuietHours quietHours;
    qint64 renotifySeconds = 4 * 3600; ///< 0: an open firing is notified once
    bool paused = false; ///< the tray's "pause alerts"
    QTimeZone zone = QTimeZone::systemTimeZone(); ///< quiet hours are read in this zone

    static NotifyPolicy from(const AlertRuleSet &rules, bool paused = false);
};

/**
 * The firings kept in the cache (table alert_firings). record() merges an evaluation: a hit with no open
 * firing of the same rule and key opens one; an open firing whose rule was evaluated but not hit is resolved.
 * It answers which firings to notify now: new ones, ones never notified (held back by quiet hours or a pause)
 * and ones open longer than the re-notify interval since their last notification. A firing is never repeated
 * until it has cleared or that interval has passed.
 */
class AlertStore
{
public:
    explicit AlertStore(sqlite3 *db);

    /// Stores an evaluation made at now; returns the firings to notify (already marked notified).
    Result<QList<AlertFiring>> record(const AlertEvaluation &evaluation, qint64 now, const NotifyPolicy &policy);
    /// Open firings first (newest first), then resolved ones resolved since `resolvedSince`.
    Result<QList<AlertFiring>> list(qint64 resolvedSince = 0, int limit = 500) const;
    /// Marks every open firing resolved (the panel's "clear").
    Result<void> resolveAll(qint64 now);

    /// Records a gateway account's balance (quota) at a sync; a repeated (source, time) replaces the value.
    Result<void> recordBalance(qint64 sourceId, qint64 at, qint64 quota);
    /// (time, quota) pairs of a source since from, oldest first.
    Result<QList<QPair<qint64, qint64>>> balances(qint64 sourceId, qint64 from = 0) const;

private:
    sqlite3 *m_db;
};

} // namespace QuotaScope
