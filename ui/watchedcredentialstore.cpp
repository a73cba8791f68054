#include "watchedcredentialstore.h"

namespace QuotaScope {

WatchedCredentialStore::WatchedCredentialStore(CredentialStore *inner, QObject *parent)
    : QObject(parent)
    , m_inner(inner)
{ }

bool WatchedCredentialStore::available() const
{
    return m_inner->available();
}

QString WatchedCredentialStore::backendName() const
{
    return m_inner->backendName();
}

Result<QString> WatchedCredentialStore::read(const QString &profile)
{
    return m_inner->read(profile);
}

Result<void> WatchedCredentialStore::write(const QString &profile, const QString &token)
{
    Result<void> written = m_inner->write(profile, token);
    if (written)
        emit tokenWritten(profile);
    return written;
}

Result<void> WatchedCredentialStore::remove(const QString &profile)
{
    return m_inner->remove(profile);
}

} // namespace QuotaScope
