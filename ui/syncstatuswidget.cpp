#include "syncstatuswidget.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>
#include <functional>

namespace QuotaScope {

namespace {

bool backingOff(const SourceStatus &s, const QDateTime &now)
{
    return s.backingOffUntil.isValid() && s.backingOffUntil > now;
}

bool hasProgress(const SourceStatus &s)
{
    return s.running && s.progressTotal > 0;
}

int percent(const SourceStatus &s)
{
    return s.progressTotal > 0 ? int(qBound(qint64(0), s.progressDone * 100 / s.progressTotal, qint64(100))) : 0;
}

} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_button(new QToolButton(this))
    , m_note(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_button->setObjectName(QStringLiteral("syncSummary"));
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setCursor(Qt::PointingHandCursor);
    m_button->setAccessibleName(tr("Gateway sync status"));
    connect(m_button, &QToolButton::clicked, this, &SyncStatusWidget::clicked);

    m_note->setObjectName(QStringLiteral("keychainNote"));
    m_note->setText(tr("no keychain: tokens kept for this run only"));
    Theme::setTone(m_note, Theme::Tone::Warning);
    m_note->hide();

    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->setMinimumWidth(160);
    m_progress->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_note);
    layout->addWidget(m_progress);
    layout->addWidget(m_button);
    hide();
}

void SyncStatusWidget::setSources(const QList<Source> &sources)
{
    m_sources = sources;
    rebuild(QDateTime::currentDateTimeUtc());
}

void SyncStatusWidget::setKeychainNote(const QString &note)
{
    m_keychainNote = note;
    rebuild(QDateTime::currentDateTimeUtc());
}

QString SyncStatusWidget::summary() const
{
    return m_button->text();
}

QString SyncStatusWidget::details() const
{
    return m_button->toolTip();
}

bool SyncStatusWidget::isProgressShown() const
{
    return !m_progress->isHidden();
}

QString SyncStatusWidget::progressText() const
{
    return m_progress->text();
}

void SyncStatusWidget::rebuild(const QDateTime &now)
{
    setVisible(!m_sources.isEmpty());
    m_button->setText(summaryText(m_sources, now));
    const QString tip = detailsHtml(m_sources, m_keychainNote, now);
    m_button->setToolTip(tip);
    m_note->setToolTip(m_keychainNote);
    m_note->setVisible(!m_keychainNote.isEmpty());

    const Source *busy = nullptr;
    for (const Source &s : m_sources) {
        if (hasProgress(s.status)) {
            busy = &s;
            break;
        }
    }
    m_progress->setVisible(busy != nullptr);
    if (busy) {
        m_progress->setValue(percent(busy->status));
        m_progress->setFormat(busy->status.etaSeconds >= 0
                ? tr("%1: %p% · %2 left").arg(busy->profile.name, durationText(busy->status.etaSeconds))
                : tr("%1: %p%").arg(busy->profile.name));
        m_progress->setToolTip(tip);
    }
}

QString SyncStatusWidget::clockText(const QDateTime &when, const QDateTime &now)
{
    // Compact, like the charts' axis labels: the status bar has little room.
    const QDateTime local = when.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("MM-dd HH:mm"));
}

QString SyncStatusWidget::durationText(qint64 seconds)
{
    if (seconds < 90)
        return tr("%n s", nullptr, int(qMax<qint64>(seconds, 1)));
    if (seconds < 90 * 60)
        return tr("about %n min", nullptr, int((seconds + 30) / 60));
    return tr("about %n h", nullptr, int((seconds + 1800) / 3600));
}

QString SyncStatusWidget::statusLine(const Source &source, const QDateTime &now)
{
    const SourceStatus &s = source.status;
    QStringList parts;
    if (s.running) {
        if (s.progressTotal > 0 && s.etaSeconds >= 0)
            parts << tr("syncing %1 % (%2 left)").arg(percent(s)).arg(durationText(s.etaSeconds));
        else if (s.progressTotal > 0)
            parts << tr("syncing %1 %").arg(percent(s));
        else
            parts << tr("syncing…");
    } else if (s.queued) {
        parts << tr("queued");
    }
    if (backingOff(s, now))
        parts << tr("waiting until %1 (%2)").arg(clockText(s.backingOffUntil, now), s.backoffReason);
    if (s.offlineSince.isValid())
        parts << tr("offline since %1").arg(clockText(s.offlineSince, now));
    else if (s.authFailed)
        parts << tr("rejected: %1").arg(s.lastError.message);
    else if (!s.lastError.message.isEmpty() && !s.running)
        parts << tr("last sync failed: %1").arg(s.lastError.message);
    if (s.lastSuccess.isValid())
        parts << tr("synced %1").arg(clockText(s.lastSuccess, now));
    else if (!s.running)
        parts << tr("not synced yet");
    if (!source.profile.enabled)
        parts << tr("automatic sync off");
    else if (s.nextSync.isValid() && !s.running && !s.queued)
        parts << tr("next %1").arg(clockText(qMax(s.nextSync, now), now));
    else if (source.profile.refreshSeconds == 0)
        parts << tr("manual sync");
    return parts.join(QStringLiteral(" · "));
}

QString SyncStatusWidget::summaryText(const QList<Source> &sources, const QDateTime &now)
{
    if (sources.isEmpty())
        return QString();
    // The most urgent state of any source wins; the tooltip has the rest.
    const auto first = [&](const std::function<bool(const SourceStatus &)> &test) -> const Source * {
        for (const Source &s : sources) {
            if (test(s.status))
                return &s;
        }
        return nullptr;
    };
    QStringList offline;
    QDateTime offlineSince;
    for (const Source &s : sources) {
        if (!s.status.offlineSince.isValid())
            continue;
        offline << s.profile.name;
        if (!offlineSince.isValid() || s.status.offlineSince < offlineSince)
            offlineSince = s.status.offlineSince;
    }
    if (offline.size() == 1)
        return tr("%1: offline since %2").arg(offline.first(), clockText(offlineSince, now));
    if (offline.size() > 1)
        return tr("%n gateways offline since %1", nullptr, int(offline.size())).arg(clockText(offlineSince, now));
    if (const Source *s = first([](const SourceStatus &st) { return st.authFailed; }))
        return tr("%1: token or user id rejected").arg(s->profile.name);
    if (const Source *s = first([&](const SourceStatus &st) { return backingOff(st, now); }))
        return tr("%1: waiting until %2").arg(s->profile.name, clockText(s->status.backingOffUntil, now));
    if (const Source *s = first([](const SourceStatus &st) { return st.running; }))
        return tr("%1: syncing…").arg(s->profile.name);
    if (const Source *s = first([](const SourceStatus &st) { return !st.lastError.message.isEmpty(); }))
        return tr("%1: sync failed").arg(s->profile.name);

    QDateTime last, next;
    for (const Source &s : sources) {
        if (s.status.lastSuccess.isValid() && (!last.isValid() || s.status.lastSuccess > last))
            last = s.status.lastSuccess;
        if (s.profile.enabled && s.status.nextSync.isValid() && (!next.isValid() || s.status.nextSync < next))
            next = s.status.nextSync;
    }
    QStringList parts;
    // One gateway is named; "%n gateways" only ever counts two or more.
    parts << (sources.size() == 1 ? sources.first().profile.name : tr("%n gateways", nullptr, int(sources.size())));
    parts << (last.isValid() ? tr("synced %1").arg(clockText(last, now)) : tr("not synced yet"));
    const bool anyAutomatic = std::any_of(sources.cbegin(), sources.cend(),
        [](const Source &s) { return s.profile.enabled && s.profile.refreshSeconds > 0; });
    if (next.isValid())
        parts << tr("next %1").arg(clockText(qMax(next, now), now));
    else if (!anyAutomatic)
        parts << tr("manual sync");
    return parts.join(QStringLiteral(" · "));
}

QString SyncStatusWidget::detailsHtml(const QList<Source> &sources, const QString &keychainNote, const QDateTime &now)
{
    QString html;
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    for (const Source &source : sources) {
        const GatewayProfile &p = source.profile;
        const SourceStatus &s = source.status;
        html += QStringLiteral("<p><b>%1</b> &nbsp;%2</p><table cellspacing=\"0\" cellpadding=\"1\">")
                    .arg(p.name.toHtmlEscaped(), p.baseUrl.toDisplayString().toHtmlEscaped());
        row(tr("Last successful sync:"), s.lastSuccess.isValid() ? clockText(s.lastSuccess, now) : tr("never"));
        QString next;
        if (s.running)
            next = tr("running now");
        else if (s.queued)
            next = tr("queued");
        else if (!p.enabled)
            next = tr("automatic sync is off for this gateway");
        else if (s.authFailed)
            next = tr("paused until the token or user id is fixed");
        else if (s.nextSync.isValid())
            next = clockText(qMax(s.nextSync, now), now);
        else
            next = tr("only when you choose Sync now");
        row(tr("Next sync:"), next);
        if (hasProgress(s)) {
            QString progress = tr("%1 % (%2 of %3)")
                                   .arg(percent(s))
                                   .arg(QLocale().toString(s.progressDone), QLocale().toString(s.progressTotal));
            if (s.etaSeconds >= 0)
                progress += QLatin1Char(' ') + tr("%1 left").arg(durationText(s.etaSeconds));
            row(tr("Backfill:"), progress);
        }
        if (backingOff(s, now))
            row(tr("Backing off:"), tr("until %1 (%2)").arg(clockText(s.backingOffUntil, now), s.backoffReason));
        if (s.offlineSince.isValid())
            row(tr("Offline since:"), tr("%1; the cached data stays available").arg(clockText(s.offlineSince, now)));
        if (!s.lastError.message.isEmpty())
            row(tr("Last error:"), s.lastError.message);
        html += QStringLiteral("</table>");
    }
    if (!keychainNote.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(keychainNote.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(tr("Click to manage the gateways.").toHtmlEscaped());
    return html;
}

} // namespace QuotaScope
