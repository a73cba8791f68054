#pragma once

#include "settings/credentialstore.h"

#include <QObject>

namespace QuotaScope {

/**
 * Passes every call to another CredentialStore and reports written tokens. A new token does not change the
 * profile itself, so without this the scheduler would not know that a rejected profile deserves another try.
 */
class WatchedCredentialStore : public QObject, public CredentialStore
{
    Q_OBJECT

public:
    /// Does not take ownership of inner.
    explicit WatchedCredentialStore(CredentialStore *inner, QObject *parent = nullptr);

    bool available() const override;
    QString backendName() const override;
    Result<QString> read(const QString &profile) override;
    Result<void> write(const QString &profile, const QString &token) override;
    Result<void> remove(const QString &profile) override;

signals:
    /// After a token was stored successfully (the token itself is not passed on).
    void tokenWritten(const QString &profile);

private:
    CredentialStore *m_inner;
};

} // namespace QuotaScope
