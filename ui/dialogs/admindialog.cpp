#include "admindialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace QuotaScope {

namespace {

constexpr int RootRole = 100;

} // namespace

AdminDialog::AdminDialog(const QString &gatewayName, Load load, Save save, QWidget *parent)
    : QDialog(parent)
    , m_load(std::move(load))
    , m_save(std::move(save))
    , m_form(new QWidget(this))
    , m_enabled(new QCheckBox(tr("Keep hourly usage data (data dashboard)"), m_form))
    , m_interval(new QSpinBox(m_form))
    , m_defaultTime(new QComboBox(m_form))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setWindowTitle(tr("Gateway data dashboard — %1").arg(gatewayName));

    m_enabled->setObjectName(QStringLiteral("exportEnabled"));
    m_enabled->setToolTip(tr("DataExportEnabled: when off, the gateway stops writing hourly totals, and "
                             "\"hourly\" profiles get no new data."));
    m_interval->setObjectName(QStringLiteral("exportInterval"));
    m_interval->setRange(DataDashboardOptions::MinIntervalMinutes, DataDashboardOptions::MaxIntervalMinutes);
    m_interval->setSuffix(tr(" min"));
    m_interval->setToolTip(tr("DataExportInterval: how often the gateway writes its hourly totals; they appear up "
                              "to this late."));
    m_defaultTime->setObjectName(QStringLiteral("defaultTime"));
    m_defaultTime->addItem(tr("Hour"), QStringLiteral("hour"));
    m_defaultTime->addItem(tr("Day"), QStringLiteral("day"));
    m_defaultTime->addItem(tr("Week"), QStringLiteral("week"));
    m_defaultTime->setToolTip(tr("DataExportDefaultTime: the granularity the gateway's web dashboard starts with. "
                                 "It changes only that display; the data stays hourly."));

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("&Write totals every:"), m_interval);
    form->addRow(tr("&Web dashboard default:"), m_defaultTime);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_retry->setObjectName(QStringLiteral("retry"));
    connect(m_retry, &QPushButton::clicked, this, &AdminDialog::reload);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AdminDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addWidget(buttons);

    reload();
}

void AdminDialog::setState(State state, const QString &message)
{
    m_state = state;
    m_form->setEnabled(state == State::Ready);
    m_ok->setEnabled(state == State::Ready);
    m_retry->setVisible(state == State::Failed);
    switch (state) {
    case State::Loading:
        m_status->setText(tr("Reading the gateway's options…"));
        break;
    case State::Saving:
        m_status->setText(tr("Saving…"));
        break;
    case State::NotRoot:
        m_status->setText(tr("These options can only be read and changed by the gateway's root account (role "
                             "100); admin accounts are refused by the gateway. Ask the gateway's owner, or add a "
                             "profile that uses the root account's access token. Usage syncing does not need "
                             "root."));
        break;
    case State::Ready:
    case State::Failed:
        m_status->setText(message);
        break;
    }
}

void AdminDialog::setUserRole(int role)
{
    if (role < RootRole)
        setState(State::NotRoot);
}

DataDashboardOptions AdminDialog::options() const
{
    DataDashboardOptions o;
    o.exportEnabled = m_enabled->isChecked();
    o.exportIntervalMinutes = m_interval->value();
    o.defaultTime = m_defaultTime->currentData().toString();
    return o;
}

void AdminDialog::reload()
{
    setState(State::Loading);
    QPointer<AdminDialog> self(this);
    m_load([self](const Result<DataDashboardOptions> &loaded) {
        if (!self || self->m_state == State::NotRoot)
            return;
        if (!loaded) {
            if (loaded.error().kind == Error::Kind::Auth)
                self->setState(State::NotRoot);
            else
                self->setState(State::Failed, tr("Could not read the options: %1").arg(loaded.error().message));
            return;
        }
        self->m_loaded = loaded.value();
        self->m_enabled->setChecked(loaded->exportEnabled);
        self->m_interval->setValue(loaded->exportIntervalMinutes);
        self->m_defaultTime->setCurrentIndex(self->m_defaultTime->findData(loaded->defaultTime));
        self->setState(State::Ready);
    });
}

void AdminDialog::accept()
{
    if (m_state != State::Ready)
        return;
    const DataDashboardOptions wanted = options();
    if (auto valid = wanted.validate(); !valid) {
        setState(State::Ready, valid.error().message);
        return;
    }
    const Changes changes = wanted.changesFrom(m_loaded);
    if (changes.isEmpty()) {
        QDialog::accept();
        return;
    }
    setState(State::Saving);
    QPointer<AdminDialog> self(this);
    m_save(changes, [self, wanted](const Result<void> &saved) {
        if (!self)
            return;
        if (!saved) {
            if (saved.error().kind == Error::Kind::Auth)
                self->setState(State::NotRoot);
            else
                self->setState(State::Ready, tr("Could not save: %1").arg(saved.error().message));
            return;
        }
        self->m_loaded = wanted;
        self->QDialog::accept();
    });
}

} // namespace QuotaScope
