#include "profileeditdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace QuotaScope {

ProfileEditDialog::ProfileEditDialog(const ProfileStore *store, const GatewayProfile &p, const QString &originalName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_originalName(originalName)
    , m_name(new QLineEdit(p.name, this))
    , m_url(new QLineEdit(p.baseUrl.toString(), this))
    , m_kind(new QComboBox(this))
    , m_userId(new QSpinBox(this))
    , m_scope(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_refresh(new QSpinBox(this))
    , m_enabled(new QCheckBox(tr("Sync this gateway"), this))
    , m_budget(new QSpinBox(this))
    , m_backfillSet(new QCheckBox(tr("Start from:"), this))
    , m_backfill(new QDateEdit(this))
    , m_overlap(new QSpinBox(this))
    , m_initialOverlapSeconds(p.overlapSeconds)
    , m_token(new QLineEdit(this))
    , m_tokenState(new QLabel(this))
    , m_httpWarning(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(originalName.isEmpty() ? tr("Add gateway") : tr("Edit gateway \"%1\"").arg(originalName));

    m_name->setObjectName(QStringLiteral("name"));
    m_url->setObjectName(QStringLiteral("baseUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://gateway.example.com"));

    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Detect automatically"), int(GatewayProfile::Kind::Auto));
    m_kind->addItem(QStringLiteral("new-api"), int(GatewayProfile::Kind::NewApi));
    m_kind->addItem(QStringLiteral("one-api"), int(GatewayProfile::Kind::OneApi));
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));

    m_userId->setObjectName(QStringLiteral("userId"));
    m_userId->setRange(0, std::numeric_limits<int>::max());
    m_userId->setSpecialValueText(tr("not set"));
    m_userId->setValue(int(std::clamp<qint64>(p.userId, 0, std::numeric_limits<int>::max())));
    m_userId->setToolTip(tr("Your numeric user id on the gateway; new-api needs it (New-Api-User header)."));

    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("Everyone's usage (admin)"), int(GatewayProfile::Scope::Admin));
    m_scope->addItem(tr("My own usage"), int(GatewayProfile::Scope::Self));
    m_scope->setCurrentIndex(m_scope->findData(int(p.scope)));

    m_mode->setObjectName(QStringLiteral("mode"));
    m_mode->addItem(tr("Request logs (detailed)"), int(GatewayProfile::Mode::Logs));
    m_mode->addItem(tr("Hourly totals (light on the gateway)"), int(GatewayProfile::Mode::Hourly));
    m_mode->setCurrentIndex(m_mode->findData(int(p.mode)));

    m_refresh->setObjectName(QStringLiteral("refreshInterval"));
    m_refresh->setRange(ProfileStore::MinRefreshSeconds - 1, 86400);
    m_refresh->setSpecialValueText(tr("Manual only"));
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setValue(p.refreshSeconds == 0 ? m_refresh->minimum() : p.refreshSeconds);

    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_enabled->setChecked(p.enabled);

    m_budget->setObjectName(QStringLiteral("requestBudget"));
    m_budget->setRange(1, ProfileStore::MaxRequestBudget);
    m_budget->setSuffix(tr(" per 180 s"));
    m_budget->setValue(p.requestBudget);
    m_budget->setToolTip(tr("The gateway answers at most 180 requests per 180 s from one address; leave room for "
                            "the gateway's other users on your network."));

    m_backfillSet->setObjectName(QStringLiteral("backfillSet"));
    m_backfill->setObjectName(QStringLiteral("backfillFrom"));
    m_backfill->setCalendarPopup(true);
    m_backfill->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_backfillSet->setChecked(p.backfillFrom > 0);
    m_backfill->setDate(p.backfillFrom > 0 ? QDateTime::fromSecsSinceEpoch(p.backfillFrom, QTimeZone::utc()).date()
                                           : QDate::currentDate().addDays(-30));
    m_backfill->setEnabled(m_backfillSet->isChecked());
    connect(m_backfillSet, &QCheckBox::toggled, m_backfill, &QDateEdit::setEnabled);

    m_overlap->setObjectName(QStringLiteral("overlapMinutes"));
    m_overlap->setRange(0, ProfileStore::MaxOverlapSeconds / 60);
    m_overlap->setSuffix(tr(" min"));
    m_overlap->setValue(std::clamp((p.overlapSeconds + 30) / 60, 0, ProfileStore::MaxOverlapSeconds / 60));
    m_overlap->setToolTip(tr("Each sync reads this far back behind the last row it has. new-api stamps a log with "
                             "the time its request started but writes it only when the request ends, and the "
                             "clocks of the gateway's machines drift, so late rows land behind that point and "
                             "would be missed. Rows read twice are not counted twice."));

    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Access token"));
    m_tokenState->setObjectName(QStringLiteral("tokenState"));
    m_tokenState->setWordWrap(true);
    const QString backend = m_store->credentials()->backendName();
    if (!originalName.isEmpty() && m_store->hasToken(originalName)) {
        m_token->setPlaceholderText(tr("leave empty to keep the stored token"));
        m_tokenState->setText(tr("A token is stored in the %1.").arg(backend));
    } else {
        m_token->setPlaceholderText(tr("system access token from the gateway's personal settings"));
        m_tokenState->setText(tr("No token stored yet; it will be kept in the %1.").arg(backend));
    }
    // Wide enough for the hint to be read whole.
    m_token->setMinimumWidth(m_token->fontMetrics().horizontalAdvance(m_token->placeholderText()) + 24);

    m_httpWarning->setObjectName(QStringLiteral("httpWarning"));
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setText(tr("Plain http to another machine: the access token crosses the network unencrypted. "
                              "Use https unless the network is fully trusted."));
    m_httpWarning->setStyleSheet(QStringLiteral("color: #8a5a00"));
    connect(m_url, &QLineEdit::textChanged, this, &ProfileEditDialog::updateHints);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileEditDialog::updateHints);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Base &URL:"), m_url);
    form->addRow(QString(), m_httpWarning);
    form->addRow(tr("&Gateway:"), m_kind);
    form->addRow(tr("User &id:"), m_userId);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("&Data:"), m_mode);
    form->addRow(tr("S&ync every:"), m_refresh);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Request &budget:"), m_budget);
    auto *backfillRow = new QHBoxLayout;
    backfillRow->addWidget(m_backfillSet);
    backfillRow->addWidget(m_backfill, 1);
    form->addRow(tr("First sync:"), backfillRow);
    form->addRow(tr("Late-row &overlap:"), m_overlap);
    form->addRow(tr("Access &token:"), m_token);
    form->addRow(QString(), m_tokenState);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateHints();
}

GatewayProfile ProfileEditDialog::profile() const
{
    GatewayProfile p;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    // fromUserInput turns "gateway" into http://gateway; keep what the user typed when it had no scheme so that
    // validation can say so instead of guessing.
    if (!m_url->text().contains(QLatin1String("://")))
        p.baseUrl = QUrl(m_url->text().trimmed());
    p.kind = static_cast<GatewayProfile::Kind>(m_kind->currentData().toInt());
    p.userId = m_userId->value();
    p.scope = static_cast<GatewayProfile::Scope>(m_scope->currentData().toInt());
    p.mode = static_cast<GatewayProfile::Mode>(m_mode->currentData().toInt());
    p.refreshSeconds = m_refresh->value() < ProfileStore::MinRefreshSeconds ? 0 : m_refresh->value();
    p.enabled = m_enabled->isChecked();
    p.requestBudget = m_budget->value();
    p.backfillFrom = m_backfillSet->isChecked() ? m_backfill->date().startOfDay(QTimeZone::utc()).toSecsSinceEpoch()
                                                : 0;
    // Minutes left as they were keep the stored seconds (the command line can set any second).
    const int initialMinutes = std::clamp((m_initialOverlapSeconds + 30) / 60, 0, ProfileStore::MaxOverlapSeconds / 60);
    p.overlapSeconds = m_overlap->value() == initialMinutes ? m_initialOverlapSeconds : m_overlap->value() * 60;
    return p;
}

QString ProfileEditDialog::enteredToken() const
{
    return m_token->text().trimmed();
}

void ProfileEditDialog::updateHints()
{
    m_httpWarning->setVisible(ProfileStore::isPlainHttpToRemote(QUrl(m_url->text().trimmed())));
}

void ProfileEditDialog::accept()
{
    const Result<void> valid = m_store->validate(profile(), m_originalName);
    if (!valid) {
        m_error->setText(valid.error().message);
        m_error->show();
        return;
    }
    if (m_originalName.isEmpty() && enteredToken().isEmpty()) {
        m_error->setText(tr("access token: paste the gateway's system access token (personal settings → "
                            "generate access token)"));
        m_error->show();
        m_token->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace QuotaScope
