#include "profileeditdialog.h"

#include "dbconnectiontest.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    , m_caFile(p.database.caFile)
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
    m_backfill->setAccessibleName(QString(m_backfillSet->text()).remove(QLatin1Char(':')).remove(QChar(0xFF1A)));
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
    Theme::setTone(m_httpWarning, Theme::Tone::Warning);
    connect(m_url, &QLineEdit::textChanged, this, &ProfileEditDialog::updateHints);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileEditDialog::updateHints);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Theme::Tone::Error);
    m_error->hide();

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->addItem(tr("Gateway API (HTTP)"), int(GatewayProfile::Source::Http));
    m_source->addItem(tr("Gateway database (read-only)"), int(GatewayProfile::Source::Database));
    m_source->setCurrentIndex(m_source->findData(int(p.source)));

    const DatabaseProfile &d = p.database;
    m_dbEngine = new QComboBox(this);
    m_dbEngine->setObjectName(QStringLiteral("dbEngine"));
    for (auto e : {DatabaseProfile::Engine::PostgreSql, DatabaseProfile::Engine::MySql, DatabaseProfile::Engine::Sqlite})
        m_dbEngine->addItem(e == DatabaseProfile::Engine::MySql ? QStringLiteral("MySQL / MariaDB")
                                                                : DatabaseProfile::engineName(e),
                            int(e));
    m_dbEngine->setCurrentIndex(m_dbEngine->findData(int(d.engine)));
    m_dbHost = new QLineEdit(d.host, this);
    m_dbHost->setObjectName(QStringLiteral("dbHost"));
    m_dbPort = new QSpinBox(this);
    m_dbPort->setObjectName(QStringLiteral("dbPort"));
    m_dbPort->setRange(0, 65535);
    m_dbPort->setSpecialValueText(tr("default"));
    m_dbPort->setValue(d.port);
    m_dbName = new QLineEdit(d.database, this);
    m_dbName->setObjectName(QStringLiteral("dbName"));
    m_dbName->setPlaceholderText(QStringLiteral("newapi"));
    m_dbUser = new QLineEdit(d.user, this);
    m_dbUser->setObjectName(QStringLiteral("dbUser"));
    m_dbUser->setPlaceholderText(tr("a read-only account"));
    m_dbTls = new QComboBox(this);
    m_dbTls->setObjectName(QStringLiteral("dbTls"));
    for (auto t : {DatabaseProfile::Tls::Disable, DatabaseProfile::Tls::Prefer, DatabaseProfile::Tls::Require,
                   DatabaseProfile::Tls::VerifyCa, DatabaseProfile::Tls::VerifyFull})
        m_dbTls->addItem(DatabaseProfile::tlsName(t), int(t));
    m_dbTls->setCurrentIndex(m_dbTls->findData(int(d.tls)));
    m_dbLogs = new QLineEdit(d.logsDatabase, this);
    m_dbLogs->setObjectName(QStringLiteral("dbLogs"));
    m_dbLogs->setPlaceholderText(tr("empty: logs are in the database above"));
    m_dbLogs->setToolTip(tr("new-api can keep its logs in a second database (LOG_SQL_DSN)."));
    m_dbFile = new QLineEdit(d.path, this);
    m_dbFile->setObjectName(QStringLiteral("dbFile"));
    m_dbFile->setPlaceholderText(tr("the gateway's SQLite file, e.g. one-api.db"));
    m_dbMode = new QComboBox(this);
    m_dbMode->setObjectName(QStringLiteral("dbMode"));
    m_dbMode->addItem(tr("Copy the logs into the cache"), int(GatewayProfile::DbMode::Copy));
    m_dbMode->addItem(tr("Live: query the server for each view"), int(GatewayProfile::DbMode::Live));
    m_dbMode->setCurrentIndex(m_dbMode->findData(int(p.dbMode)));
    m_dbPassword = new QLineEdit(this);
    m_dbPassword->setObjectName(QStringLiteral("dbPassword"));
    m_dbPassword->setEchoMode(QLineEdit::Password);
    m_dbPassword->setAccessibleName(tr("Database password"));
    m_dbPasswordState = new QLabel(this);
    m_dbPasswordState->setObjectName(QStringLiteral("dbPasswordState"));
    m_dbPasswordState->setWordWrap(true);
    if (!originalName.isEmpty() && p.isDatabase() && m_store->hasToken(originalName)) {
        m_dbPassword->setPlaceholderText(tr("leave empty to keep the stored password"));
        m_dbPasswordState->setText(tr("A password is stored in the %1.").arg(backend));
    } else {
        m_dbPasswordState->setText(tr("The password will be kept in the %1.").arg(backend));
    }
    m_dbTest = new QPushButton(tr("Test &connection"), this);
    m_dbTest->setObjectName(QStringLiteral("dbTest"));
    m_dbReport = new QLabel(this);
    m_dbReport->setObjectName(QStringLiteral("dbReport"));
    m_dbReport->setWordWrap(true);
    m_dbReport->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dbReport->hide();
    connect(m_source, &QComboBox::currentIndexChanged, this, &ProfileEditDialog::updateSource);
    connect(m_dbEngine, &QComboBox::currentIndexChanged, this, &ProfileEditDialog::updateSource);
    connect(m_dbTest, &QPushButton::clicked, this, &ProfileEditDialog::testDatabase);
    connect(&m_dbTestWatcher, &QFutureWatcher<Result<QStringList>>::finished, this, [this] {
        m_dbTest->setEnabled(true);
        const Result<QStringList> report = m_dbTestWatcher.result();
        Theme::setTone(m_dbReport, report ? Theme::Tone::None : Theme::Tone::Error);
        m_dbReport->setText(report ? report->join(QLatin1Char('\n')) : report.error().message);
        growToShowTheReport();
    });

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("So&urce:"), m_source);
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
    m_backfillRow = backfillRow;
    form->addRow(tr("Late-row &overlap:"), m_overlap);
    form->addRow(tr("Access &token:"), m_token);
    form->addRow(QString(), m_tokenState);
    form->addRow(tr("&Engine:"), m_dbEngine);
    form->addRow(tr("&Host:"), m_dbHost);
    form->addRow(tr("&Port:"), m_dbPort);
    form->addRow(tr("&Database:"), m_dbName);
    form->addRow(tr("Use&r:"), m_dbUser);
    form->addRow(tr("&TLS:"), m_dbTls);
    form->addRow(tr("&Logs database:"), m_dbLogs);
    form->addRow(tr("SQLite &file:"), m_dbFile);
    form->addRow(tr("&Mode:"), m_dbMode);
    form->addRow(tr("Pass&word:"), m_dbPassword);
    form->addRow(QString(), m_dbPasswordState);
    form->addRow(QString(), m_dbTest);
    form->addRow(QString(), m_dbReport);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateSource();
}

void ProfileEditDialog::updateSource()
{
    const bool database = m_source->currentData().toInt() == int(GatewayProfile::Source::Database);
    const bool file = m_dbEngine->currentData().toInt() == int(DatabaseProfile::Engine::Sqlite);
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_userId),
                       static_cast<QWidget *>(m_scope), static_cast<QWidget *>(m_mode),
                       static_cast<QWidget *>(m_budget), static_cast<QWidget *>(m_overlap),
                       static_cast<QWidget *>(m_token), static_cast<QWidget *>(m_tokenState)})
        m_form->setRowVisible(w, !database);
    m_form->setRowVisible(m_backfillRow, !database);
    for (QWidget *w : {static_cast<QWidget *>(m_dbEngine), static_cast<QWidget *>(m_dbMode),
                       static_cast<QWidget *>(m_dbTest)})
        m_form->setRowVisible(w, database);
    for (QWidget *w : {static_cast<QWidget *>(m_dbHost), static_cast<QWidget *>(m_dbPort),
                       static_cast<QWidget *>(m_dbName), static_cast<QWidget *>(m_dbUser),
                       static_cast<QWidget *>(m_dbTls), static_cast<QWidget *>(m_dbLogs),
                       static_cast<QWidget *>(m_dbPassword), static_cast<QWidget *>(m_dbPasswordState)})
        m_form->setRowVisible(w, database && !file);
    m_form->setRowVisible(m_dbFile, database && file);
    m_form->setRowVisible(m_dbReport, database && !m_dbReport->text().isEmpty());
    updateHints();
}

void ProfileEditDialog::growToShowTheReport()
{
    // A form does not grow by itself when a wrapped label gets more lines: the report would be cut off.
    layout()->activate();
    const int wanted = layout()->heightForWidth(width());
    if (wanted > height())
        resize(width(), wanted);
}

void ProfileEditDialog::testDatabase()
{
    const GatewayProfile p = profile();
    QString password = m_dbPassword->text();
    if (auto valid = p.database.validate(); !valid) {
        Theme::setTone(m_dbReport, Theme::Tone::Error);
        m_dbReport->setText(valid.error().message);
        m_form->setRowVisible(m_dbReport, true);
        return;
    }
    if (password.isEmpty() && !m_originalName.isEmpty() && p.needsSecret()) {
        if (Result<QString> stored = m_store->credentials()->read(m_originalName); stored.ok())
            password = stored.value();
    }
    m_dbTest->setEnabled(false);
    Theme::setTone(m_dbReport, Theme::Tone::None);
    m_dbReport->setText(tr("Connecting to %1…").arg(p.database.where()));
    m_form->setRowVisible(m_dbReport, true);
    growToShowTheReport();
    m_dbTestWatcher.setFuture(testDatabaseInBackground(p.database, password));
    password.fill(QLatin1Char(' '));
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
    p.source = static_cast<GatewayProfile::Source>(m_source->currentData().toInt());
    p.dbMode = static_cast<GatewayProfile::DbMode>(m_dbMode->currentData().toInt());
    p.database.engine = static_cast<DatabaseProfile::Engine>(m_dbEngine->currentData().toInt());
    p.database.host = m_dbHost->text().trimmed();
    p.database.port = m_dbPort->value();
    p.database.database = m_dbName->text().trimmed();
    p.database.user = m_dbUser->text().trimmed();
    p.database.tls = static_cast<DatabaseProfile::Tls>(m_dbTls->currentData().toInt());
    p.database.logsDatabase = m_dbLogs->text().trimmed();
    p.database.caFile = m_caFile;
    p.database.path = m_dbFile->text().trimmed();
    return p;
}

QString ProfileEditDialog::enteredToken() const
{
    if (m_source->currentData().toInt() == int(GatewayProfile::Source::Database))
        return m_dbEngine->currentData().toInt() == int(DatabaseProfile::Engine::Sqlite) ? QString()
                                                                                          : m_dbPassword->text();
    return m_token->text().trimmed();
}

void ProfileEditDialog::updateHints()
{
    const bool database = m_source->currentData().toInt() == int(GatewayProfile::Source::Database);
    m_form->setRowVisible(m_httpWarning,
                          !database && ProfileStore::isPlainHttpToRemote(QUrl(m_url->text().trimmed())));
}

void ProfileEditDialog::accept()
{
    const Result<void> valid = m_store->validate(profile(), m_originalName);
    if (!valid) {
        m_error->setText(valid.error().message);
        m_error->show();
        return;
    }
    const GatewayProfile p = profile();
    if (p.isDatabase()) {
        // A profile that was HTTP before has a token stored, not a password: a new one is needed.
        const bool hadPassword = !m_originalName.isEmpty() && m_store->find(m_originalName)
            && m_store->find(m_originalName)->isDatabase() && m_store->hasToken(m_originalName);
        if (p.needsSecret() && enteredToken().isEmpty() && !hadPassword) {
            m_error->setText(tr("password: enter the password of database user \"%1\"").arg(p.database.user));
            m_error->show();
            m_dbPassword->setFocus();
            return;
        }
        QDialog::accept();
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
