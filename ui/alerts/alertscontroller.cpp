#include "alerts/alertscontroller.h"

#include "alerts/alertrulesdialog.h"
#include "alerts/alertspanel.h"
#include "alerts/traycontroller.h"
#include "alerts/triagedialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>

namespace QuotaScope {

namespace {

const char KeepInTrayKey[] = "alerts/keepInTray";

} // namespace

AlertsController::AlertsController(MainWindow *window, AlertMonitor *monitor, QSettings *settings,
    const QString &dbPath, StartAtLogin startAtLogin, bool startsAtLogin, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_monitor(monitor)
    , m_settings(settings)
    , m_dbPath(dbPath)
    , m_setStartAtLogin(std::move(startAtLogin))
    , m_tray(new TrayController(window, monitor, this))
    , m_panel(new AlertsPanel)
    , m_dock(new QDockWidget(tr("Alerts"), window))
{
    m_dock->setObjectName(QStringLiteral("alertsDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_tray->setKeepInTray(settings->value(QLatin1String(KeepInTrayKey), false).toBool());
    buildMenu();
    m_startAtLogin->setChecked(startsAtLogin);

    connect(monitor, &AlertMonitor::evaluated, m_panel, &AlertsPanel::showResult);
    connect(m_panel, &AlertsPanel::firingActivated, this, &AlertsController::showFiring);
    connect(m_panel, &AlertsPanel::rulesRequested, this, &AlertsController::openRules);
    connect(m_panel, &AlertsPanel::resolveAllRequested, monitor, &AlertMonitor::resolveAll);
    connect(m_tray, &TrayController::syncRequested, this, &AlertsController::syncRequested);
    connect(m_tray, &TrayController::quitRequested, this, &AlertsController::quitRequested);
    // File › Quit quits, also when closing the window would only hide it to the tray.
    const auto actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->menuRole() != QAction::QuitRole)
            continue;
        disconnect(action, &QAction::triggered, window, nullptr);
        connect(action, &QAction::triggered, m_tray, &TrayController::quit);
    }
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, monitor, &AlertMonitor::evaluate);
    m_periodic.setInterval(PeriodicMs);
    connect(&m_periodic, &QTimer::timeout, monitor, &AlertMonitor::evaluate);
    m_periodic.start();
}

AlertsController::~AlertsController() = default;

AlertRulesDialog *AlertsController::rulesDialog() const
{
    return m_dialog;
}

TriageDialog *AlertsController::triageDialog() const
{
    return m_triage;
}

void AlertsController::openTriage()
{
    if (!m_triage) {
        m_triage = new TriageDialog(m_dbPath, m_window);
        m_triage->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_triage, &TriageDialog::entryActivated, this, [this](const TriageEntry &e, qint64 from, qint64 to) {
            const bool channel
                = e.kind == TriageEntry::Kind::ChannelErrors || e.kind == TriageEntry::Kind::ChannelLatency;
            for (Dimension d :
                { Dimension::User, Dimension::Token, Dimension::Model, Dimension::Channel, Dimension::Group }) {
                QString value;
                if (d == Dimension::Channel && channel)
                    value = e.key;
                else if (d == Dimension::Token && !channel)
                    value = e.key;
                else if (d == Dimension::Model && e.kind == TriageEntry::Kind::NewModel)
                    value = e.detail;
                m_window->setFilterValue(d, value);
            }
            m_window->setCustomRange(from, to);
        });
        m_triage->run();
    }
    m_triage->show();
    m_triage->raise();
}

void AlertsController::buildMenu()
{
    QMenu *menu = m_window->menuBar()->addMenu(tr("&Alerts"));
    menu->addAction(tr("Alert &rules…"), this, &AlertsController::openRules);
    menu->addAction(tr("Anomaly &triage…"), this, &AlertsController::openTriage);
    QAction *panel = m_dock->toggleViewAction();
    panel->setText(tr("Alerts &panel"));
    menu->addAction(panel);
    menu->addAction(m_tray->pauseAction());
    menu->addSeparator();
    m_keepInTray = menu->addAction(tr("Keep running in the tray when closed"));
    m_keepInTray->setCheckable(true);
    m_keepInTray->setChecked(m_tray->keepInTray());
    connect(m_keepInTray, &QAction::toggled, this, [this](bool on) {
        m_tray->setKeepInTray(on);
        m_settings->setValue(QLatin1String(KeepInTrayKey), on);
    });
    m_startAtLogin = menu->addAction(tr("Start at login"));
    m_startAtLogin->setCheckable(true);
    m_startAtLogin->setEnabled(bool(m_setStartAtLogin));
    connect(m_startAtLogin, &QAction::triggered, this, [this](bool on) {
        if (!m_setStartAtLogin)
            return;
        if (auto done = m_setStartAtLogin(on); !done) {
            m_startAtLogin->setChecked(!on);
            QMessageBox::warning(m_window, tr("Start at login"), done.error().message);
        }
    });
}

void AlertsController::dataChanged()
{
    m_debounce.start();
}

void AlertsController::openRules()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new AlertRulesDialog(m_monitor->rules(), m_dbPath, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (auto saved = m_monitor->setRules(m_dialog->rules()); !saved)
            QMessageBox::warning(m_window, tr("Alert rules"), saved.error().message);
    });
    m_dialog->show();
}

void AlertsController::showFiring(const AlertFiring &firing)
{
    const AlertHit &h = firing.hit;
    if (h.sourceId > 0)
        m_window->setSourceId(h.sourceId);
    for (Dimension d : { Dimension::User, Dimension::Token, Dimension::Model, Dimension::Channel, Dimension::Group })
        m_window->setFilterValue(d, scopeDimension(h.scope) == d ? h.key : QString());
    if (h.from > 0 && h.to > h.from) {
        // The window with as much again before it, so that the jump shows against what came before.
        m_window->setGranularity(Granularity::Hour);
        m_window->setCustomRange(h.from - (h.to - h.from), h.to);
    }
    m_window->show();
    m_window->raise();
}

} // namespace QuotaScope
