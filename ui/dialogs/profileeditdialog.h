#pragma once

#include "settings/profilestore.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace QuotaScope {

/**
 * The form for one gateway profile. The token field only ever receives a new token: a stored one is never
 * read back into it, the dialog says where it is kept instead.
 */
class ProfileEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// originalName: the profile being edited, or empty to create one (then profile is the starting values).
    ProfileEditDialog(const ProfileStore *store, const GatewayProfile &profile, const QString &originalName,
                      QWidget *parent = nullptr);

    GatewayProfile profile() const;
    /// The token typed in (trimmed); empty keeps the stored one.
    QString enteredToken() const;
    QString originalName() const { return m_originalName; }

public slots:
    void accept() override;

private:
    void updateHints();

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
    QLineEdit *m_token;
    QLabel *m_tokenState;
    QLabel *m_httpWarning;
    QLabel *m_error;
};

} // namespace QuotaScope
