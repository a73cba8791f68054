#include "alerts/alertstore.h"

#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>

namespace QuotaScope {

namespace {

const char FiringColumns[] = "id, rule_id, rule_name, condition, severity, scope, key, detail, source_id, value, "
                             "threshold, window_from, window_to, message, fired_at, last_seen_at, notified_at, "
                             "resolved_at";

QString real(double v)
{
    return QString::number(v, 'g', 17);
}

AlertFiring firingAt(const SqliteStatement &st)
{
    AlertFiring f;
    f.id = st.int64(0);
    f.hit.ruleId = st.text(1);
    f.hit.ruleName = st.text(2);
    parseCondition(st.text(3), &f.hit.condition);
    parseSeverity(st.text(4), &f.hit.severity);
    parseScope(st.text(5), &f.hit.scope);
    f.hit.key = st.text(6);
    f.hit.detail = st.text(7);
    f.hit.sourceId = st.int64(8);
    f.hit.value = st.real(9);
    f.hit.threshold = st.real(10);
    f.hit.from = st.int64(11);
    f.hit.to = st.int64(12);
    f.hit.message = st.text(13);
    f.firedAt = st.int64(14);
    f.lastSeenAt = st.int64(15);
    f.notifiedAt = st.int64(16);
    f.resolvedAt = st.int64(17);
    return f;
}

Error storeError(const SqliteStatement &st)
{
    return st.error(QCoreApplication::translate("AlertStore", "storing alerts"));
}

} // namespace

NotifyPolicy NotifyPolicy::from(const AlertRuleSet &rules, bool paused)
{
    NotifyPolicy p;
    p.quietHours = rules.quietHours;
    p.renotifySeconds = qint64(rules.renotifyMinutes) * 60;
    p.paused = paused;
    return p;
}

AlertStore::AlertStore(sqlite3 *db)
    : m_db(db)
{ }

Result<QList<AlertFiring>> AlertStore::record(const AlertEvaluation &evaluation, qint64 now, const NotifyPolicy &policy)
{
    auto open = list(now + 1, 100000);
    if (!open)
        return open.error();
    QHash<QString, AlertFiring> byIdentity; // rule id + identity -> open firing
    for (const AlertFiring &f : open.value()) {
        if (f.isOpen())
            byIdentity.insert(f.hit.ruleId + QLatin1Char('\n') + f.hit.identity(), f);
    }
    if (auto begun = SqliteStatement::exec(m_db, "BEGIN IMMEDIATE"); !begun)
        return begun.error();
    const auto rollback = [&](const Error &e) {
        SqliteStatement::exec(m_db, "ROLLBACK");
        return e;
    };
    SqliteStatement insert, update, resolve;
    auto ok = insert.prepare(m_db,
        "INSERT INTO alert_firings(rule_id, rule_name, condition, severity, scope, key, detail, source_id, value, "
        "threshold, window_from, window_to, message, fired_at, last_seen_at, notified_at, resolved_at) VALUES (?1, "
        "?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS REAL), CAST(?10 AS REAL), ?11, ?12, ?13, ?14, ?14, 0, 0)");
    if (ok)
        ok = update.prepare(m_db,
            "UPDATE alert_firings SET rule_name = ?2, severity = ?3, value = CAST(?4 AS REAL), threshold = CAST(?5 AS "
            "REAL), window_from = ?6, window_to = ?7, message = ?8, last_seen_at = ?9 WHERE id = ?1");
    if (ok)
        ok = resolve.prepare(m_db, "UPDATE alert_firings SET resolved_at = ?2 WHERE id = ?1");
    if (!ok)
        return rollback(ok.error());

    QList<qint64> seen;
    for (const AlertHit &h : evaluation.hits) {
        const auto existing = byIdentity.constFind(h.ruleId + QLatin1Char('\n') + h.identity());
        SqliteStatement &st = existing == byIdentity.cend() ? insert : update;
        st.reset();
        if (existing == byIdentity.cend()) {
            insert.bind(1, h.ruleId);
            insert.bind(2, h.ruleName);
            insert.bind(3, conditionName(h.condition));
            insert.bind(4, severityName(h.severity));
            insert.bind(5, scopeName(h.scope));
            insert.bind(6, h.key);
            insert.bind(7, h.detail);
            insert.bind(8, h.sourceId);
            insert.bind(9, real(h.value));
            insert.bind(10, real(h.threshold));
            insert.bind(11, h.from);
            insert.bind(12, h.to);
            insert.bind(13, h.message);
            insert.bind(14, now);
        } else {
            seen << existing->id;
            update.bind(1, existing->id);
            update.bind(2, h.ruleName);
            update.bind(3, severityName(h.severity));
            update.bind(4, real(h.value));
            update.bind(5, real(h.threshold));
            update.bind(6, h.from);
            update.bind(7, h.to);
            update.bind(8, h.message);
            update.bind(9, now);
        }
        st.step();
        if (!st.ok())
            return rollback(storeError(st));
    }
    for (const AlertFiring &f : byIdentity) {
        if (seen.contains(f.id) || !evaluation.evaluatedRuleIds.contains(f.hit.ruleId))
            continue;
        resolve.reset();
        resolve.bind(1, f.id);
        resolve.bind(2, now);
        resolve.step();
        if (!resolve.ok())
            return rollback(storeError(resolve));
    }

    // Whom to tell: open firings never told, or told longer ago than the re-notify interval.
    QList<AlertFiring> notify;
    const bool quiet = policy.paused || policy.quietHours.contains(QDateTime::fromSecsSinceEpoch(now, policy.zone));
    if (!quiet) {
        SqliteStatement due;
        ok = due.prepare(m_db,
            "SELECT " + QByteArray(FiringColumns)
                + " FROM alert_firings WHERE resolved_at = 0 AND (notified_at = 0 "
                  "OR (?1 > 0 AND notified_at <= ?2 - ?1)) ORDER BY id");
        if (!ok)
            return rollback(ok.error());
        due.bind(1, policy.renotifySeconds);
        due.bind(2, now);
        while (due.step())
            notify << firingAt(due);
        if (!due.ok())
            return rollback(storeError(due));
        SqliteStatement mark;
        ok = mark.prepare(m_db, "UPDATE alert_firings SET notified_at = ?2 WHERE id = ?1");
        if (!ok)
            return rollback(ok.error());
        for (AlertFiring &f : notify) {
            mark.reset();
            mark.bind(1, f.id);
            mark.bind(2, now);
            mark.step();
            if (!mark.ok())
                return rollback(storeError(mark));
            f.notifiedAt = now;
        }
    }
    if (auto committed = SqliteStatement::exec(m_db, "COMMIT"); !committed)
        return rollback(committed.error());
    return notify;
}

Result<QList<AlertFiring>> AlertStore::list(qint64 resolvedSince, int limit) const
{
    SqliteStatement st;
    auto ok = st.prepare(m_db,
        "SELECT " + QByteArray(FiringColumns)
            + " FROM alert_firings WHERE resolved_at = 0 OR resolved_at >= ?1 "
              "ORDER BY resolved_at != 0, CASE WHEN resolved_at = 0 THEN fired_at ELSE resolved_at END DESC, id DESC "
              "LIMIT ?2");
    if (!ok)
        return ok.error();
    st.bind(1, resolvedSince);
    st.bind(2, qint64(limit));
    QList<AlertFiring> out;
    while (st.step())
        out << firingAt(st);
    if (!st.ok())
        return st.error(QCoreApplication::translate("AlertStore", "reading alerts"));
    return out;
}

Result<void> AlertStore::resolveAll(qint64 now)
{
    SqliteStatement st;
    auto ok = st.prepare(m_db, "UPDATE alert_firings SET resolved_at = ?1 WHERE resolved_at = 0");
    if (!ok)
        return ok;
    st.bind(1, now);
    st.step();
    if (!st.ok())
        return storeError(st);
    return {};
}

Result<void> AlertStore::recordBalance(qint64 sourceId, qint64 at, qint64 quota)
{
    SqliteStatement st;
    auto ok = st.prepare(m_db, "INSERT OR REPLACE INTO balance_history(source_id, at, quota) VALUES (?1, ?2, ?3)");
    if (!ok)
        return ok;
    st.bind(1, sourceId);
    st.bind(2, at);
    st.bind(3, quota);
    st.step();
    if (!st.ok())
        return st.error(QCoreApplication::translate("AlertStore", "recording the balance"));
    return {};
}

Result<QList<QPair<qint64, qint64>>> AlertStore::balances(qint64 sourceId, qint64 from) const
{
    SqliteStatement st;
    auto ok = st.prepare(m_db, "SELECT at, quota FROM balance_history WHERE source_id = ?1 AND at >= ?2 ORDER BY at");
    if (!ok)
        return ok.error();
    st.bind(1, sourceId);
    st.bind(2, from);
    QList<QPair<qint64, qint64>> out;
    while (st.step())
        out.append({ st.int64(0), st.int64(1) });
    if (!st.ok())
        return st.error(QCoreApplication::translate("AlertStore", "reading the balance history"));
    return out;
}

} // namespace QuotaScope
