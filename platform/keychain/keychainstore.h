#pragma once

#include "settings/credentialstore.h"

#include <QCoreApplication>

#include <memory>

namespace QuotaScope {

/**
 * Access tokens in the system keychain (Secret Service, macOS Keychain, Windows Credential Manager) through
 * QtKeychain, one entry per profile name under one service name.
 */
class KeychainCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(QuotaScope::KeychainCredentialStore)

public:
    static constexpr const char *DefaultService = "io.github.quotascope";

    explicit KeychainCredentialStore(const QString &service = QString::fromLatin1(DefaultService));

    bool available() const override;
    QString backendName() const override;
    Result<QString> read(const QString &profile) override;
    Result<void> write(const QString &profile, const QString &token) override;
    Result<void> remove(const QString &profile) override;

    QString service() const { return m_service; }
    /// Why the keychain is not available (empty when it is); says what the probe got back.
    QString unavailableReason() const;

private:
    void probe() const;

    QString m_service;
    mutable bool m_probed = false;
    mutable bool m_available = false;
    mutable QString m_unavailableReason;
};

/// True when the keychain was compiled in (QtKeychain found at build time).
bool keychainCompiledIn();

/**
 * The keychain store when a keychain answers, otherwise a MemoryCredentialStore. When it falls back, *note
 * (if given) says so in words a user can act on; it is empty otherwise.
 */
std::unique_ptr<CredentialStore> createSystemCredentialStore(QString *note);
std::unique_ptr<CredentialStore> createSystemCredentialStore();

} // namespace QuotaScope
