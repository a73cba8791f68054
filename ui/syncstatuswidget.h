#pragma once

#include "gateway/syncscheduler.h"
#include "settings/gatewayprofile.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QToolButton;
QT_END_NAMESPACE

namespace QuotaScope {

/**
 * The gateways' sync state at the right of the status bar: one compact summary ("2 gateways · synced 12:04 ·
 * next 12:05", "prod: offline since 11:58"), a progress bar with the time left while a backfill runs, and every
 * source's details in the tooltip. Clicking it asks for the profile manager. Hidden while there is no gateway,
 * so a cache fed only from files looks as before.
 */
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    struct Source
    {
        GatewayProfile profile;
        SourceStatus status;
    };

    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setSources(const QList<Source> &sources);
    /// Why tokens are not kept between runs (no keychain); empty when they are.
    void setKeychainNote(const QString &note);

    QString summary() const;
    QString details() const;
    bool isProgressShown() const;
    QString progressText() const;

    /// One line for a source, as the profile manager shows it ("synced 12:04 · next 12:05").
    static QString statusLine(const Source &source, const QDateTime &now);
    static QString summaryText(const QList<Source> &sources, const QDateTime &now);
    static QString detailsHtml(const QList<Source> &sources, const QString &keychainNote, const QDateTime &now);
    /// "12:04" today, with the date otherwise, in local time.
    static QString clockText(const QDateTime &when, const QDateTime &now);
    static QString durationText(qint64 seconds);

signals:
    void clicked();

private:
    void rebuild(const QDateTime &now);

    QList<Source> m_sources;
    QString m_keychainNote;
    QToolButton *m_button;
    QLabel *m_note;
    QProgressBar *m_progress;
};

} // namespace QuotaScope
