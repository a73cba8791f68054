#include "alerts/traycontroller.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QWidget>

namespace QuotaScope {

TrayController::TrayController(QWidget *window, AlertMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_monitor(monitor)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_trayAvailable(&QSystemTrayIcon::isSystemTrayAvailable)
{
    m_sync = m_menu->addAction(tr("Sync now"), this, &TrayController::syncRequested);
    m_open = m_menu->addAction(tr("Open QuotaScope"), this, &TrayController::showWindow);
    m_pause = m_menu->addAction(tr("Pause alerts"));
    m_pause->setCheckable(true);
    m_pause->setChecked(monitor->isPaused());
    connect(m_pause, &QAction::toggled, monitor, &AlertMonitor::setPaused);
    connect(monitor, &AlertMonitor::pausedChanged, m_pause, &QAction::setChecked);
    connect(monitor, &AlertMonitor::pausedChanged, this, [this] { m_tray->setToolTip(toolTip()); });
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit"), this, &TrayController::quit);
    m_tray->setContextMenu(m_menu);
    m_tray->setIcon(stateIcon(m_state));
    m_tray->setToolTip(toolTip());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayController::showWindow);
    connect(monitor, &AlertMonitor::evaluated, this, &TrayController::showResult);
    if (window)
        window->installEventFilter(this);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

TrayController::~TrayController()
{
    delete m_menu;
}

QIcon TrayController::stateIcon(WatchState state)
{
    // Drawn, not loaded: one shape per state as well as one colour, for colour-blind eyes.
    QColor colour;
    switch (state) {
    case WatchState::Ok:
        colour = QColor(0x2e, 0x9d, 0x4f);
        break;
    case WatchState::Warning:
        colour = QColor(0xe0, 0x9b, 0x1a);
        break;
    case WatchState::Alert:
        colour = QColor(0xd0, 0x33, 0x33);
        break;
    case WatchState::Offline:
        colour = QColor(0x80, 0x80, 0x80);
        break;
    }
    QIcon icon;
    for (int size : { 16, 22, 32, 64 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        const qreal m = size / 16.0;
        p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        QPen pen(Qt::white, qMax<qreal>(1.5, size / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const qreal c = size / 2.0;
        switch (state) {
        case WatchState::Ok: // a tick
            p.drawPolyline(QPolygonF({ QPointF(c - size * 0.22, c), QPointF(c - size * 0.05, c + size * 0.18),
                QPointF(c + size * 0.24, c - size * 0.18) }));
            break;
        case WatchState::Warning:
        case WatchState::Alert: // an exclamation mark
            p.drawLine(QPointF(c, c - size * 0.25), QPointF(c, c + size * 0.06));
            p.drawPoint(QPointF(c, c + size * 0.24));
            break;
        case WatchState::Offline: // a dash
            p.drawLine(QPointF(c - size * 0.22, c), QPointF(c + size * 0.22, c));
            break;
        }
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QString TrayController::stateText(WatchState state)
{
    switch (state) {
    case WatchState::Ok:
        return tr("No alerts");
    case WatchState::Warning:
        return tr("Warnings");
    case WatchState::Alert:
        return tr("Alerts");
    case WatchState::Offline:
        return tr("Gateway not syncing");
    }
    return QString();
}

QString TrayController::toolTip() const
{
    QString tip = QStringLiteral("QuotaScope: ") + stateText(m_state);
    if (m_openCount > 0)
        tip += tr(" (%n open)", nullptr, m_openCount);
    if (m_monitor->isPaused())
        tip += QLatin1Char('\n') + tr("Alerts paused");
    return tip;
}

void TrayController::showResult(const AlertMonitorResult &result)
{
    m_state = result.state;
    m_openCount = 0;
    for (const AlertFiring &f : result.firings)
        m_openCount += f.isOpen() ? 1 : 0;
    m_tray->setIcon(stateIcon(m_state));
    m_tray->setToolTip(toolTip());
    if (result.notify.isEmpty())
        return;
    bool alert = false;
    QStringList lines;
    for (const AlertFiring &f : result.notify) {
        alert = alert || f.hit.severity == AlertSeverity::Alert;
        lines << f.hit.ruleName + QStringLiteral(": ") + f.hit.message;
    }
    const QString title = result.notify.size() == 1 ? result.notify.first().hit.ruleName
                                                    : tr("%n new alerts", nullptr, int(result.notify.size()));
    // Notifications stay short: the first few lines, then how many more.
    constexpr int Shown = 4;
    QString message = QStringList(lines.mid(0, Shown)).join(QLatin1Char('\n'));
    if (lines.size() > Shown)
        message += QLatin1Char('\n') + tr("and %n more", nullptr, int(lines.size() - Shown));
    m_tray->showMessage(title, message, alert ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    emit notified(title, message);
}

void TrayController::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

void TrayController::setTrayAvailable(TrayAvailable available)
{
    m_trayAvailable = std::move(available);
}

bool TrayController::hidesOnClose() const
{
    return m_keepInTray && !m_quitting && m_trayAvailable && m_trayAvailable();
}

void TrayController::quit()
{
    // Quitting closes the windows first: a window that hid instead would cancel the quit.
    m_quitting = true;
    emit quitRequested();
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && hidesOnClose()) {
        // A tray that appeared after start (the panel started later than the app) gets the icon now.
        if (!m_tray->isVisible())
            m_tray->show();
        event->ignore();
        m_window->hide();
        emit hiddenToTray();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace QuotaScope
