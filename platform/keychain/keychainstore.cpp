#include "keychainstore.h"

#ifdef QUOTASCOPE_HAVE_QTKEYCHAIN
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#endif

namespace QuotaScope {

namespace {

// A key that no profile can have (profile names are trimmed, and this one starts with a space) so the probe
// never touches a real entry.
const QString ProbeKey = QStringLiteral(" quotascope availability probe");

#ifdef QUOTASCOPE_HAVE_QTKEYCHAIN
// QtKeychain only reports through the finished signal, delivered by the event loop (the Secret Service answers
// over D-Bus). Callers of CredentialStore expect a synchronous answer, so wait here, and only here, for that
// one signal. User input is held back so that no other UI action can re-enter while a keychain call is pending.
void runToCompletion(QKeychain::Job &job)
{
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}
#endif

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service)
    : m_service(service)
{
}

bool keychainCompiledIn()
{
#ifdef QUOTASCOPE_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

QString KeychainCredentialStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("system keychain (Secret Service)");
#endif
}

void KeychainCredentialStore::probe() const
{
    if (m_probed)
        return;
    m_probed = true;
#ifdef QUOTASCOPE_HAVE_QTKEYCHAIN
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(ProbeKey);
    runToCompletion(job);
    m_available = job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
    if (!m_available)
        m_unavailableReason = job.errorString().isEmpty() ? tr("the keychain service did not answer") : job.errorString();
#else
    m_available = false;
    m_unavailableReason = tr("this build has no keychain support (QtKeychain was not found)");
#endif
}

bool KeychainCredentialStore::available() const
{
    probe();
    return m_available;
}

QString KeychainCredentialStore::unavailableReason() const
{
    probe();
    return m_unavailableReason;
}

Result<QString> KeychainCredentialStore::read(const QString &profile)
{
    if (!available())
        return Error(tr("%1 is not available: %2").arg(backendName(), m_unavailableReason), Error::Kind::Keychain);
#ifdef QUOTASCOPE_HAVE_QTKEYCHAIN
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(profile);
    runToCompletion(job);
    if (job.error() == QKeychain::EntryNotFound)
        return Error(tr("no token stored for profile \"%1\" in the %2; enter it in the profile's settings")
                         .arg(profile, backendName()),
                     Error::Kind::Keychain);
    if (job.error() != QKeychain::NoError)
        return Error(tr("could not read the token for profile \"%1\" from the %2: %3")
                         .arg(profile, backendName(), job.errorString()),
                     Error::Kind::Keychain);
    return job.textData();
#else
    return Error(m_unavailableReason, Error::Kind::Keychain);
#endif
}

Result<void> KeychainCredentialStore::write(const QString &profile, const QString &token)
{
    if (!available())
        return Error(tr("%1 is not available: %2").arg(backendName(), m_unavailableReason), Error::Kind::Keychain);
#ifdef QUOTASCOPE_HAVE_QTKEYCHAIN
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(profile);
    job.setTextData(token);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError)
        return Error(tr("could not store the token for profile \"%1\" in the %2: %3")
                         .arg(profile, backendName(), job.errorString()),
                     Error::Kind::Keychain);
    return {};
#else
    Q_UNUSED(token)
    return Error(m_unavailableReason, Error::Kind::Keychain);
#endif
}

Result<void> KeychainCredentialStore::remove(const QString &profile)
{
    if (!available())
        return Error(tr("%1 is not available: %2").arg(backendName(), m_unavailableReason), Error::Kind::Keychain);
#ifdef QUOTASCOPE_HAVE_QTKEYCHAIN
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(profile);
    runToCompletion(job);
    // Removing what is not there is what the caller wanted anyway.
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Error(tr("could not remove the token for profile \"%1\" from the %2: %3")
                         .arg(profile, backendName(), job.errorString()),
                     Error::Kind::Keychain);
    return {};
#else
    return Error(m_unavailableReason, Error::Kind::Keychain);
#endif
}

std::unique_ptr<CredentialStore> createSystemCredentialStore(QString *note)
{
    auto keychain = std::make_unique<KeychainCredentialStore>();
    if (keychain->available()) {
        if (note)
            note->clear();
        return keychain;
    }
    if (note)
        *note = KeychainCredentialStore::tr("No keychain: tokens are kept for this run only (%1). Start a Secret "
                                            "Service (GNOME Keyring, KeePassXC, KWallet) to keep them between runs.")
                    .arg(keychain->unavailableReason());
    return std::make_unique<MemoryCredentialStore>();
}

std::unique_ptr<CredentialStore> createSystemCredentialStore()
{
    return createSystemCredentialStore(nullptr);
}

} // namespace QuotaScope
