#pragma once

#include "settings/credentialstore.h"
#include "settings/gatewayprofile.h"
#include "support/result.h"

#include <QList>
#include <QObject>

#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace QuotaScope {

/**
 * What remove() took away, so that the UI can offer Undo. The token is held in memory only, for as long as
 * the caller keeps this value.
 */
struct RemovedProfile
{
    GatewayProfile profile;
    int index = 0;                ///< where it was in the list
    std::optional<QString> token; ///< the stored token, when one could be read
};

/**
 * The gateway profiles, persisted in an injected QSettings without their tokens; tokens go to the
 * CredentialStore under the profile's name. Every change is validated first and written at once. Each profile
 * has a stable id (GatewayProfile::id) that add() gives and update() keeps, so a renamed profile still owns
 * its cache source.
 */
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxNameLength = 64;
    static constexpr int MinRefreshSeconds = 30;  ///< a sync more often than this wastes the gateway's rate limit
    static constexpr int MaxRequestBudget = 180;  ///< the gateway's own limit per IP and 180 s
    static constexpr int MaxOverlapSeconds = 86400; ///< a day re-read per sync is already a lot of requests

    /// Takes ownership of neither; reads the stored profiles now.
    ProfileStore(QSettings *store, CredentialStore *credentials, QObject *parent = nullptr);

    QList<GatewayProfile> profiles() const { return m_profiles; }
    std::optional<GatewayProfile> find(const QString &name) const;
    CredentialStore *credentials() const { return m_credentials; }
    /// Stored entries that could not be read back (e.g. after a hand edit), one message each; they are not
    /// in profiles() and are dropped from the file on the next change.
    QStringList loadProblems() const { return m_loadProblems; }

    /// An error naming the first invalid field. originalName is the profile being edited (empty for a new one).
    Result<void> validate(const GatewayProfile &profile, const QString &originalName = QString()) const;

    Result<void> add(const GatewayProfile &profile);
    /// Replaces the profile called originalName, keeping its id; a rename moves its stored token to the new name.
    Result<void> update(const QString &originalName, const GatewayProfile &profile);
    /// Removes the profile and its stored token; the returned value can be passed to restore() to undo.
    Result<RemovedProfile> remove(const QString &name);
    /// Puts a removed profile back where it was, with its token.
    Result<void> restore(const RemovedProfile &removed);

    /// Stores the token for an existing profile; an empty token removes it.
    Result<void> setToken(const QString &name, const QString &token);
    bool hasToken(const QString &name) const;

    /// True for plain http to anything but a loopback address: the token would cross the network readable.
    static bool isPlainHttpToRemote(const QUrl &url);

    static QString kindName(GatewayProfile::Kind k);   ///< "auto", "new-api", "one-api"
    static bool parseKind(const QString &text, GatewayProfile::Kind *out);
    static QString scopeName(GatewayProfile::Scope s); ///< "admin", "self"
    static bool parseScope(const QString &text, GatewayProfile::Scope *out);
    static QString modeName(GatewayProfile::Mode m);   ///< "logs", "hourly"
    static bool parseMode(const QString &text, GatewayProfile::Mode *out);
    static QString sourceName(GatewayProfile::Source s); ///< "http", "database"
    static bool parseSource(const QString &text, GatewayProfile::Source *out);
    static QString dbModeName(GatewayProfile::DbMode m); ///< "copy", "live"
    static bool parseDbMode(const QString &text, GatewayProfile::DbMode *out);

signals:
    void profilesChanged();

private:
    int indexOf(const QString &name) const;
    void load();
    Result<void> save(const QList<GatewayProfile> &profiles);

    QSettings *m_store;
    CredentialStore *m_credentials;
    QList<GatewayProfile> m_profiles;
    QStringList m_loadProblems;
};

} // namespace QuotaScope
