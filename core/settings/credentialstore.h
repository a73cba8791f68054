#pragma once

#include "support/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace QuotaScope {

/**
 * Where access tokens live. The real one is the system keychain (platform/keychain); core sees only this
 * interface. Calls are synchronous from the caller's view and may block briefly on the keychain.
 */
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    virtual bool available() const = 0;           ///< false when no keychain service answers
    virtual QString backendName() const = 0;      ///< "Secret Service", "memory (this run only)", ...
    virtual Result<QString> read(const QString &profile) = 0;
    virtual Result<void> write(const QString &profile, const QString &token) = 0;
    virtual Result<void> remove(const QString &profile) = 0;
};

/** Session-only store used when no keychain exists (and in tests without one). Nothing reaches disk. */
class MemoryCredentialStore : public CredentialStore
{
public:
    bool available() const override { return true; }
    QString backendName() const override
    {
        return QCoreApplication::translate("MemoryCredentialStore", "memory (this run only)");
    }
    Result<QString> read(const QString &profile) override
    {
        auto it = m_tokens.constFind(profile);
        if (it == m_tokens.constEnd())
            return Error(
                QCoreApplication::translate("MemoryCredentialStore", "no token stored for profile \"%1\"").arg(profile),
                Error::Kind::Keychain);
        return *it;
    }
    Result<void> write(const QString &profile, const QString &token) override
    {
        m_tokens.insert(profile, token);
        return {};
    }
    Result<void> remove(const QString &profile) override
    {
        m_tokens.remove(profile);
        return {};
    }

private:
    QHash<QString, QString> m_tokens;
};

} // namespace QuotaScope
