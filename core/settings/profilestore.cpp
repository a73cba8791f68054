#include "profilestore.h"

#include <QHostAddress>
#include <QSettings>
#include <QUuid>

namespace QuotaScope {

namespace {

const QString ArrayKey = QStringLiteral("profiles");
/// A hand-edited "profiles/size" may claim billions of entries; reading them all would hang the app at start.
constexpr int MaxStoredProfiles = 1000;

QString newProfileId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ProfileStore::ProfileStore(QSettings *store, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
{
    load();
}

QString ProfileStore::kindName(GatewayProfile::Kind k)
{
    switch (k) {
    case GatewayProfile::Kind::Auto:
        return QStringLiteral("auto");
    case GatewayProfile::Kind::NewApi:
        return QStringLiteral("new-api");
    case GatewayProfile::Kind::OneApi:
        return QStringLiteral("one-api");
    }
    return QStringLiteral("auto");
}

bool ProfileStore::parseKind(const QString &text, GatewayProfile::Kind *out)
{
    for (auto k : {GatewayProfile::Kind::Auto, GatewayProfile::Kind::NewApi, GatewayProfile::Kind::OneApi}) {
        if (text.compare(kindName(k), Qt::CaseInsensitive) == 0) {
            *out = k;
            return true;
        }
    }
    return false;
}

QString ProfileStore::scopeName(GatewayProfile::Scope s)
{
    return s == GatewayProfile::Scope::Admin ? QStringLiteral("admin") : QStringLiteral("self");
}

bool ProfileStore::parseScope(const QString &text, GatewayProfile::Scope *out)
{
    for (auto s : {GatewayProfile::Scope::Admin, GatewayProfile::Scope::Self}) {
        if (text.compare(scopeName(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString ProfileStore::modeName(GatewayProfile::Mode m)
{
    return m == GatewayProfile::Mode::Hourly ? QStringLiteral("hourly") : QStringLiteral("logs");
}

bool ProfileStore::parseMode(const QString &text, GatewayProfile::Mode *out)
{
    for (auto m : {GatewayProfile::Mode::Logs, GatewayProfile::Mode::Hourly}) {
        if (text.compare(modeName(m), Qt::CaseInsensitive) == 0) {
            *out = m;
            return true;
        }
    }
    return false;
}

QString ProfileStore::sourceName(GatewayProfile::Source s)
{
    return s == GatewayProfile::Source::Database ? QStringLiteral("database") : QStringLiteral("http");
}

bool ProfileStore::parseSource(const QString &text, GatewayProfile::Source *out)
{
    for (auto s : {GatewayProfile::Source::Http, GatewayProfile::Source::Database}) {
        if (text.compare(sourceName(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString ProfileStore::dbModeName(GatewayProfile::DbMode m)
{
    return m == GatewayProfile::DbMode::Live ? QStringLiteral("live") : QStringLiteral("copy");
}

bool ProfileStore::parseDbMode(const QString &text, GatewayProfile::DbMode *out)
{
    for (auto m : {GatewayProfile::DbMode::Copy, GatewayProfile::DbMode::Live}) {
        if (text.compare(dbModeName(m), Qt::CaseInsensitive) == 0) {
            *out = m;
            return true;
        }
    }
    return false;
}

bool ProfileStore::isPlainHttpToRemote(const QUrl &url)
{
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

std::optional<GatewayProfile> ProfileStore::find(const QString &name) const
{
    const int i = indexOf(name);
    if (i < 0)
        return std::nullopt;
    return m_profiles.at(i);
}

int ProfileStore::indexOf(const QString &name) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return i;
    }
    return -1;
}

Result<void> ProfileStore::validate(const GatewayProfile &p, const QString &originalName) const
{
    if (p.name.trimmed().isEmpty())
        return Error(tr("name: a profile needs a name"), Error::Kind::Usage);
    if (p.name != p.name.trimmed())
        return Error(tr("name: \"%1\" starts or ends with spaces").arg(p.name), Error::Kind::Usage);
    if (p.name.size() > MaxNameLength)
        return Error(tr("name: longer than %1 characters").arg(MaxNameLength), Error::Kind::Usage);
    for (const GatewayProfile &other : m_profiles) {
        if (other.name != originalName && other.name.compare(p.name, Qt::CaseInsensitive) == 0)
            return Error(tr("name: a profile called \"%1\" already exists").arg(other.name), Error::Kind::Usage);
    }

    if (p.isDatabase()) {
        if (auto valid = p.database.validate(); !valid)
            return Error(tr("database: %1").arg(valid.error().message), Error::Kind::Usage);
        if (p.refreshSeconds != 0 && p.refreshSeconds < MinRefreshSeconds)
            return Error(tr("refresh interval: at least %1 s, or 0 for manual sync only").arg(MinRefreshSeconds),
                         Error::Kind::Usage);
        return {};
    }

    const QString scheme = p.baseUrl.scheme().toLower();
    if (!p.baseUrl.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || p.baseUrl.host().isEmpty())
        return Error(tr("base URL: \"%1\" is not an http:// or https:// address such as https://gateway.example.com")
                         .arg(p.baseUrl.toDisplayString()),
                     Error::Kind::Usage);
    // A password in the URL would end up in the settings file, where secrets must never go.
    if (!p.baseUrl.userInfo().isEmpty())
        return Error(tr("base URL: remove the user name and password from the address; the access token goes in "
                        "the token field"),
                     Error::Kind::Usage);

    if (p.userId < 0)
        return Error(tr("user id: must not be negative"), Error::Kind::Usage);
    if (p.kind == GatewayProfile::Kind::NewApi && p.userId == 0)
        return Error(tr("user id: new-api needs your numeric user id (sent as New-Api-User); it is shown on the "
                        "gateway's personal settings page"),
                     Error::Kind::Usage);
    if (p.refreshSeconds != 0 && p.refreshSeconds < MinRefreshSeconds)
        return Error(tr("refresh interval: at least %1 s, or 0 for manual sync only").arg(MinRefreshSeconds),
                     Error::Kind::Usage);
    if (p.requestBudget < 1 || p.requestBudget > MaxRequestBudget)
        return Error(tr("request budget: %1 is outside 1..%2 requests per 180 s")
                         .arg(p.requestBudget)
                         .arg(MaxRequestBudget),
                     Error::Kind::Usage);
    if (p.backfillFrom < 0)
        return Error(tr("backfill start: before 1970"), Error::Kind::Usage);
    if (p.overlapSeconds < 0 || p.overlapSeconds > MaxOverlapSeconds)
        return Error(
            tr("overlap: %1 s is outside 0..%2 s").arg(p.overlapSeconds).arg(MaxOverlapSeconds), Error::Kind::Usage);
    return {};
}

void ProfileStore::load()
{
    m_profiles.clear();
    m_loadProblems.clear();
    QList<QPair<int, QString>> newIds; // (array index, id) of readable profiles stored without an id
    int n = m_store->beginReadArray(ArrayKey);
    if (n > MaxStoredProfiles) {
        m_loadProblems.append(
            tr("the settings claim %1 stored profiles; only the first %2 are read").arg(n).arg(MaxStoredProfiles));
        n = MaxStoredProfiles;
    }
    for (int i = 0; i < n; ++i) {
        m_store->setArrayIndex(i);
        GatewayProfile p;
        p.id = m_store->value(QStringLiteral("id")).toString();
        const bool hadId = !p.id.isEmpty();
        if (!hadId)
            p.id = newProfileId();
        p.name = m_store->value(QStringLiteral("name")).toString();
        p.baseUrl = QUrl(m_store->value(QStringLiteral("baseUrl")).toString());
        const QString kind = m_store->value(QStringLiteral("kind"), kindName(p.kind)).toString();
        const QString scope = m_store->value(QStringLiteral("scope"), scopeName(p.scope)).toString();
        const QString mode = m_store->value(QStringLiteral("mode"), modeName(p.mode)).toString();
        p.userId = m_store->value(QStringLiteral("userId"), p.userId).toLongLong();
        p.refreshSeconds = m_store->value(QStringLiteral("refreshSeconds"), p.refreshSeconds).toInt();
        p.enabled = m_store->value(QStringLiteral("enabled"), p.enabled).toBool();
        p.requestBudget = m_store->value(QStringLiteral("requestBudget"), p.requestBudget).toInt();
        p.backfillFrom = m_store->value(QStringLiteral("backfillFrom"), p.backfillFrom).toLongLong();
        p.overlapSeconds = m_store->value(QStringLiteral("overlapSeconds"), p.overlapSeconds).toInt();
        const QString source = m_store->value(QStringLiteral("source"), sourceName(p.source)).toString();
        const QString dbMode = m_store->value(QStringLiteral("dbMode"), dbModeName(p.dbMode)).toString();
        const QString dsn = m_store->value(QStringLiteral("database")).toString();

        const QString where = tr("stored profile %1 (\"%2\")").arg(i + 1).arg(p.name);
        if (!parseSource(source, &p.source)) {
            m_loadProblems.append(tr("%1: unknown source \"%2\"").arg(where, source));
            continue;
        }
        if (p.isDatabase()) {
            if (!parseDbMode(dbMode, &p.dbMode)) {
                m_loadProblems.append(tr("%1: unknown database mode \"%2\"").arg(where, dbMode));
                continue;
            }
            auto database = DatabaseProfile::fromDsn(dsn);
            if (!database) {
                m_loadProblems.append(tr("%1: database: %2").arg(where, database.error().message));
                continue;
            }
            p.database = database.value();
        }
        if (!parseKind(kind, &p.kind)) {
            m_loadProblems.append(tr("%1: unknown kind \"%2\"").arg(where, kind));
            continue;
        }
        if (!parseScope(scope, &p.scope)) {
            m_loadProblems.append(tr("%1: unknown scope \"%2\"").arg(where, scope));
            continue;
        }
        if (!parseMode(mode, &p.mode)) {
            m_loadProblems.append(tr("%1: unknown mode \"%2\"").arg(where, mode));
            continue;
        }
        if (auto valid = validate(p); !valid) {
            m_loadProblems.append(tr("%1: %2").arg(where, valid.error().message));
            continue;
        }
        m_profiles.append(p);
        if (!hadId)
            newIds.append({i, p.id});
    }
    m_store->endArray();
    // Profiles saved before ids existed get theirs now, written next to the entry alone so that entries which
    // could not be read stay untouched.
    for (const auto &[index, id] : std::as_const(newIds))
        m_store->setValue(QStringLiteral("%1/%2/id").arg(ArrayKey).arg(index + 1), id);
    if (!newIds.isEmpty())
        m_store->sync();
}

Result<void> ProfileStore::save(const QList<GatewayProfile> &profiles)
{
    m_store->remove(ArrayKey);
    m_store->beginWriteArray(ArrayKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const GatewayProfile &p = profiles.at(i);
        m_store->setArrayIndex(i);
        m_store->setValue(QStringLiteral("id"), p.id);
        m_store->setValue(QStringLiteral("name"), p.name);
        m_store->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
        m_store->setValue(QStringLiteral("kind"), kindName(p.kind));
        m_store->setValue(QStringLiteral("userId"), p.userId);
        m_store->setValue(QStringLiteral("scope"), scopeName(p.scope));
        m_store->setValue(QStringLiteral("mode"), modeName(p.mode));
        m_store->setValue(QStringLiteral("refreshSeconds"), p.refreshSeconds);
        m_store->setValue(QStringLiteral("enabled"), p.enabled);
        m_store->setValue(QStringLiteral("requestBudget"), p.requestBudget);
        m_store->setValue(QStringLiteral("backfillFrom"), p.backfillFrom);
        m_store->setValue(QStringLiteral("overlapSeconds"), p.overlapSeconds);
        m_store->setValue(QStringLiteral("source"), sourceName(p.source));
        if (p.isDatabase()) {
            // The DSN never carries the password (fromDsn refuses one); that stays in the CredentialStore.
            m_store->setValue(QStringLiteral("database"), p.database.dsn());
            m_store->setValue(QStringLiteral("dbMode"), dbModeName(p.dbMode));
        }
    }
    m_store->endArray();
    m_store->sync();
    if (m_store->status() != QSettings::NoError)
        return Error(tr("could not save the profiles to %1").arg(m_store->fileName()), Error::Kind::Io);
    m_profiles = profiles;
    m_loadProblems.clear();
    emit profilesChanged();
    return {};
}

Result<void> ProfileStore::add(const GatewayProfile &profile)
{
    if (auto valid = validate(profile); !valid)
        return valid;
    QList<GatewayProfile> next = m_profiles;
    next.append(profile);
    if (next.last().id.isEmpty())
        next.last().id = newProfileId();
    return save(next);
}

Result<void> ProfileStore::update(const QString &originalName, const GatewayProfile &profile)
{
    const int i = indexOf(originalName);
    if (i < 0)
        return Error(tr("no profile called \"%1\"").arg(originalName), Error::Kind::Usage);
    if (auto valid = validate(profile, originalName); !valid)
        return valid;
    if (profile.name != originalName) {
        // Move the token first: if the keychain refuses, nothing has changed yet.
        const Result<QString> token = m_credentials->read(originalName);
        if (token.ok()) {
            if (auto written = m_credentials->write(profile.name, token.value()); !written)
                return written;
            if (auto removed = m_credentials->remove(originalName); !removed)
                return removed;
        }
    }
    QList<GatewayProfile> next = m_profiles;
    next[i] = profile;
    next[i].id = m_profiles.at(i).id; // the same profile, whatever its new name: its cache source follows it
    return save(next);
}

Result<RemovedProfile> ProfileStore::remove(const QString &name)
{
    const int i = indexOf(name);
    if (i < 0)
        return Error(tr("no profile called \"%1\"").arg(name), Error::Kind::Usage);
    RemovedProfile removed;
    removed.profile = m_profiles.at(i);
    removed.index = i;
    if (Result<QString> token = m_credentials->read(name); token.ok())
        removed.token = token.value();
    if (auto gone = m_credentials->remove(name); !gone)
        return Error(tr("profile \"%1\" was kept: %2").arg(name, gone.error().message), gone.error().kind);
    QList<GatewayProfile> next = m_profiles;
    next.removeAt(i);
    if (auto saved = save(next); !saved)
        return saved.error();
    return removed;
}

Result<void> ProfileStore::restore(const RemovedProfile &removed)
{
    if (auto valid = validate(removed.profile); !valid)
        return valid;
    QList<GatewayProfile> next = m_profiles;
    next.insert(qBound(0, removed.index, int(next.size())), removed.profile);
    if (removed.token) {
        if (auto written = m_credentials->write(removed.profile.name, *removed.token); !written)
            return written;
    }
    return save(next);
}

Result<void> ProfileStore::setToken(const QString &name, const QString &token)
{
    if (indexOf(name) < 0)
        return Error(tr("no profile called \"%1\"").arg(name), Error::Kind::Usage);
    if (token.isEmpty())
        return m_credentials->remove(name);
    return m_credentials->write(name, token);
}

bool ProfileStore::hasToken(const QString &name) const
{
    return m_credentials->read(name).ok();
}

} // namespace QuotaScope
