#pragma once

#include "settings/dashboardoptions.h"

#include <QDialog>

#include <functional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QWidget;
QT_END_NAMESPACE

namespace QuotaScope {

/**
 * The gateway's data-dashboard options (new-api, root only). Reading and writing go through callbacks that
 * talk to GET/PUT /api/option/; an Error of kind Auth from either means the account is not root, and the
 * dialog explains that instead of showing a form.
 */
class AdminDialog : public QDialog
{
    Q_OBJECT

public:
    using Changes = QList<QPair<QString, QJsonValue>>;
    using LoadDone = std::function<void(const Result<DataDashboardOptions> &options)>;
    /// Fetches the options; must call done exactly once, from the GUI thread.
    using Load = std::function<void(LoadDone done)>;
    using SaveDone = std::function<void(const Result<void> &result)>;
    /// Writes each change (one PUT per key); must call done exactly once, from the GUI thread.
    using Save = std::function<void(const Changes &changes, SaveDone done)>;

    /// Starts loading at once. gatewayName is shown in the title.
    AdminDialog(const QString &gatewayName, Load load, Save save, QWidget *parent = nullptr);

    /// When the caller already knows the account's role (/api/user/self), a role below root skips the request.
    void setUserRole(int role);
    DataDashboardOptions options() const;

public slots:
    void reload();
    void accept() override;

private:
    enum class State { Loading, Ready, NotRoot, Failed, Saving };
    void setState(State state, const QString &message = QString());

    Load m_load;
    Save m_save;
    DataDashboardOptions m_loaded;
    State m_state = State::Loading;

    QWidget *m_form;
    QCheckBox *m_enabled;
    QSpinBox *m_interval;
    QComboBox *m_defaultTime;
    QLabel *m_status;
    QPushButton *m_retry;
    QPushButton *m_ok;
};

} // namespace QuotaScope
