#pragma once

#include "settings/profilestore.h"

#include <QDialog>
#include <QFutureWatcher>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLayout;
class QPushButton;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace QuotaScope {

/**
 * The form for one gateway profile: its HTTP API, or its database (engine, host, port, database, user, TLS,
 * logs database or a SQLite file; copy or live). The token and password fields only ever receive a new
 * secret: a stored one is never read back into them, the dialog says where it is kept instead. "Test
 * connection" shows a database's report (server version, tables and schema, estimated rows, rights).
 */
class ProfileEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// originalName: the profile being edited, or empty to create one (then profile is the starting values).
    ProfileEditDialog(const ProfileStore *store, const GatewayProfile &profile, const QString &originalName,
                      QWidget *parent = nullptr);

    GatewayProfile profile() const;
    /// The token, or for a database profile the password, typed in (a token trimmed); empty keeps the stored one.
    QString enteredToken() const;
    QString originalName() const { return m_originalName; }

public slots:
    void accept() override;

private:
    void updateHints();
    void updateSource();
    void testDatabase();
    void growToShowTheReport();

    const ProfileStore *m_store;
    QString m_originalName;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_kind;
    QSpinBox *m_userId;
    QComboBox *m_scope;
    QComboBox *m_mode;
    QSpinBox *m_refresh;
    QCheckBox *m_enabled;
    QSpinBox *m_budget;
    QCheckBox *m_backfillSet;
    QDateEdit *m_backfill;
    QSpinBox *m_overlap;
    /// The stored overlap, kept to the second while the minutes shown for it are left alone.
    int m_initialOverlapSeconds;
    QString m_caFile; ///< sslrootcert, set on the command line; kept as it was

    QLineEdit *m_token;
    QLabel *m_tokenState;
    QLabel *m_httpWarning;
    QLabel *m_error;

    QFormLayout *m_form = nullptr;
    QLayout *m_backfillRow = nullptr;
    QComboBox *m_source;
    QComboBox *m_dbEngine;
    QLineEdit *m_dbHost;
    QSpinBox *m_dbPort;
    QLineEdit *m_dbName;
    QLineEdit *m_dbUser;
    QComboBox *m_dbTls;
    QLineEdit *m_dbLogs;
    QLineEdit *m_dbFile;
    QComboBox *m_dbMode;
    QLineEdit *m_dbPassword;
    QLabel *m_dbPasswordState;
    QPushButton *m_dbTest;
    QLabel *m_dbReport;
    QFutureWatcher<Result<QStringList>> m_dbTestWatcher;
};

} // namespace QuotaScope
