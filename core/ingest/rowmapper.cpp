#include "ingest/rowmapper.h"

#include "ingest/importoptions.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace QuotaScope {

namespace {

enum class Num { Absent, Ok, Bad };

Num toDouble(const QJsonValue &v, double *out)
{
    switch (v.type()) {
    case QJsonValue::Double:
        *out = v.toDouble();
        return std::isfinite(*out) ? Num::Ok : Num::Bad;
    case QJsonValue::String: {
        const QStringView s = QStringView(v.toString()).trimmed();
        if (s.isEmpty())
            return Num::Absent;
        bool ok = false;
        *out = s.toDouble(&ok);
        return ok && std::isfinite(*out) ? Num::Ok : Num::Bad;
    }
    case QJsonValue::Bool:
        *out = v.toBool() ? 1 : 0;
        return Num::Ok;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Num::Absent;
    default:
        return Num::Bad;
    }
}

// Whole numbers keep full 64-bit precision; "12.0" (BurstGPT writes some integers that way) is accepted.
Num toInteger(const QJsonValue &v, qint64 *out)
{
    if (v.isDouble()) {
        constexpr qint64 NotIntegral = std::numeric_limits<qint64>::min();
        const qint64 i = v.toInteger(NotIntegral);
        if (i != NotIntegral) {
            *out = i;
            return Num::Ok;
        }
    } else if (v.isString()) {
        bool ok = false;
        const qint64 i = QStringView(v.toString()).trimmed().toLongLong(&ok);
        if (ok) {
            *out = i;
            return Num::Ok;
        }
    }
    double d = 0;
    const Num n = toDouble(v, &d);
    if (n != Num::Ok)
        return n;
    if (d != std::floor(d) || std::fabs(d) > 9.0e18)
        return Num::Bad;
    *out = qint64(d);
    return Num::Ok;
}

QString toText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        return i != std::numeric_limits<qint64>::min() ? QString::number(i) : QString::number(v.toDouble());
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

// CSV and database cells arrive as text; these overloads spare wrapping each one in a QJsonValue.
Num toDouble(const QString &text, double *out)
{
    const QStringView s = QStringView(text).trimmed();
    if (s.isEmpty())
        return Num::Absent;
    bool ok = false;
    *out = s.toDouble(&ok);
    return ok && std::isfinite(*out) ? Num::Ok : Num::Bad;
}

Num toInteger(const QString &text, qint64 *out)
{
    bool ok = false;
    const qint64 i = QStringView(text).trimmed().toLongLong(&ok);
    if (ok) {
        *out = i;
        return Num::Ok;
    }
    double d = 0;
    const Num n = toDouble(text, &d);
    if (n != Num::Ok)
        return n;
    if (d != std::floor(d) || std::fabs(d) > 9.0e18)
        return Num::Bad;
    *out = qint64(d);
    return Num::Ok;
}

const QString &toText(const QString &text)
{
    return text;
}

bool isAbsent(const QString &text)
{
    return text.isEmpty();
}

bool isAbsent(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}

template <typename Value>
QString quoted(const Value &v)
{
    QString t = toText(v);
    if (t.size() > 40)
        t = t.left(40) + QStringLiteral("…");
    return QLatin1Char('"') + t + QLatin1Char('"');
}

bool digits(QStringView s, qsizetype pos, int n, int *out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const QChar c = s.at(pos + i);
        if (!c.isDigit())
            return false;
        v = v * 10 + c.digitValue();
    }
    *out = v;
    return true;
}

} // namespace

bool RowMapper::parseDateTime(QStringView text, qint64 *epochSeconds)
{
    const QStringView s = text.trimmed();
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!digits(s, 0, 4, &y) || s.size() < 10 || s.at(4) != QLatin1Char('-') || !digits(s, 5, 2, &mo)
        || s.at(7) != QLatin1Char('-') || !digits(s, 8, 2, &d))
        return false;
    qsizetype pos = 10;
    if (pos < s.size()) {
        if (s.at(pos) != QLatin1Char('T') && s.at(pos) != QLatin1Char(' '))
            return false;
        if (!digits(s, pos + 1, 2, &h) || pos + 3 >= s.size() || s.at(pos + 3) != QLatin1Char(':')
            || !digits(s, pos + 4, 2, &mi))
            return false;
        pos += 6;
        if (pos < s.size() && s.at(pos) == QLatin1Char(':')) {
            if (!digits(s, pos + 1, 2, &sec))
                return false;
            pos += 3;
            if (pos < s.size() && (s.at(pos) == QLatin1Char('.') || s.at(pos) == QLatin1Char(','))) {
                ++pos;
                const qsizetype start = pos;
                while (pos < s.size() && s.at(pos).isDigit())
                    ++pos;
                if (pos == start)
                    return false;
            }
        }
    }
    int offsetSeconds = 0;
    if (pos < s.size()) {
        const QChar z = s.at(pos);
        if (z == QLatin1Char('Z') || z == QLatin1Char('z')) {
            ++pos;
        } else if (z == QLatin1Char('+') || z == QLatin1Char('-')) {
            int oh = 0, om = 0;
            if (!digits(s, pos + 1, 2, &oh))
                return false;
            pos += 3;
            if (pos < s.size() && s.at(pos) == QLatin1Char(':'))
                ++pos;
            if (pos < s.size()) {
                if (!digits(s, pos, 2, &om))
                    return false;
                pos += 2;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (z == QLatin1Char('-') ? -1 : 1);
        }
    }
    if (pos != s.size() || h > 23 || mi > 59 || sec > 60)
        return false;
    const QDate date(y, mo, d);
    if (!date.isValid())
        return false;
    constexpr qint64 UnixEpochJulianDay = 2440588;
    *epochSeconds = (date.toJulianDay() - UnixEpochJulianDay) * 86400 + h * 3600 + mi * 60 + sec - offsetSeconds;
    return true;
}

RowMapper::RowMapper(const RowMapperConfig &config)
    : m_config(config)
{
    const QStringList names = recordFieldNames();
    for (int f = 0; f < FieldCount; ++f) {
        m_keys[f] = m_config.columns.value(names.at(f));
        m_columnIndex[f] = -1;
    }
}

QString RowMapper::label(Field f) const
{
    return (m_config.csv ? QCoreApplication::translate("RowMapper", "column `%1`")
                         : QCoreApplication::translate("RowMapper", "field `%1`"))
        .arg(m_keys[f]);
}

Result<void> RowMapper::bindHeader(const QStringList &header)
{
    m_columnCount = int(header.size());
    for (int f = 0; f < FieldCount; ++f) {
        if (m_keys[f].isEmpty())
            continue;
        m_columnIndex[f] = int(header.indexOf(m_keys[f]));
        if (m_columnIndex[f] < 0) {
            return Error(QCoreApplication::translate("RowMapper", "the header has no column `%1` (columns: %2)")
                             .arg(m_keys[f], header.join(QStringLiteral(", "))),
                Error::Kind::Parse);
        }
    }
    return {};
}

Result<UsageRecord> RowMapper::map(const QJsonObject &row) const
{
    return mapWith(
        [&](Field f) { return m_keys[f].isEmpty() ? QJsonValue(QJsonValue::Undefined) : row.value(m_keys[f]); });
}

Result<UsageRecord> RowMapper::map(const QStringList &cells) const
{
    return mapWith([&](Field f) {
        const int i = m_columnIndex[f];
        return i < 0 ? QString() : cells.at(i);
    });
}

template <typename Get>
Result<UsageRecord> RowMapper::mapWith(const Get &get) const
{
    UsageRecord r;
    Error error;
    auto integer = [&](Field f, qint64 *out) {
        const auto v = get(f);
        qint64 value = 0;
        switch (toInteger(v, &value)) {
        case Num::Ok:
            *out = value;
            return true;
        case Num::Absent:
            return true;
        case Num::Bad:
            double d = 0;
            error = Error(toDouble(v, &d) == Num::Ok
                    ? QCoreApplication::translate("RowMapper", "%1 is not a whole number (%2)").arg(label(f), quoted(v))
                    : QCoreApplication::translate("RowMapper", "%1 is not a number (%2)").arg(label(f), quoted(v)),
                Error::Kind::Parse);
            return false;
        }
        return true;
    };
    auto text = [&](Field f, QString *out) { *out = toText(get(f)); };

    qint64 id = 0;
    qint64 type = -1;
    if (!integer(Id, &id) || !integer(Type, &type) || !integer(UserId, &r.userId) || !integer(TokenId, &r.tokenId)
        || !integer(Channel, &r.channelId) || !integer(Quota, &r.quota) || !integer(PromptTokens, &r.promptTokens)
        || !integer(CompletionTokens, &r.completionTokens) || !integer(CacheTokens, &r.cacheReadTokens)
        || !integer(CacheCreationTokens, &r.cacheWriteTokens))
        return error;
    if (m_config.idsAreReal && id > 0)
        r.gatewayId = id;

    const auto created = get(CreatedAt);
    double when = 0;
    const Num createdNum = toDouble(created, &when);
    if (createdNum == Num::Absent)
        return Error(QCoreApplication::translate("RowMapper", "%1 (the time) is empty").arg(label(CreatedAt)),
            Error::Kind::Parse);
    if (createdNum == Num::Ok) {
        const qint64 unitMs = m_config.createdAtUnitMs > 0 ? m_config.createdAtUnitMs
            : std::fabs(when) >= 1e11                      ? 1
                                                           : 1000;
        const double seconds = std::floor(when * double(unitMs) / 1000.0);
        // Far outside any calendar, and outside qint64, where converting would be undefined behaviour.
        if (!(std::fabs(seconds) < 1e15))
            return Error(QCoreApplication::translate("RowMapper", "%1 is not a time (%2)")
                             .arg(label(CreatedAt), quoted(created)),
                Error::Kind::Parse);
        r.createdAt = qint64(seconds);
        if (m_config.relativeTime)
            r.createdAt += m_config.epochBase;
    } else if (m_config.relativeTime || !parseDateTime(QStringView(toText(created)), &r.createdAt)) {
        return Error(
            QCoreApplication::translate("RowMapper", "%1 is not a time (%2)").arg(label(CreatedAt), quoted(created)),
            Error::Kind::Parse);
    }
    r.createdAt += m_config.timeShift;

    double useTime = 0;
    Field useField = UseTime;
    qint64 useUnitMs = m_config.useTimeUnitMs;
    Num useNum = toDouble(get(UseTime), &useTime);
    if (useNum == Num::Absent) {
        useField = ElapsedTime;
        useUnitMs = 1;
        useNum = toDouble(get(ElapsedTime), &useTime);
    }
    if (useNum == Num::Bad)
        return Error(QCoreApplication::translate("RowMapper", "%1 is not a number (%2)")
                         .arg(label(useField), quoted(get(useField))),
            Error::Kind::Parse);
    r.useTimeMs = std::llround(useTime * double(useUnitMs));

    const auto stream = get(IsStream);
    if (!isAbsent(stream)) {
        const QString s = toText(stream).trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1"))
            r.isStream = true;
        else if (!s.isEmpty() && s != QLatin1String("false") && s != QLatin1String("0"))
            return Error(QCoreApplication::translate("RowMapper", "%1 is not true or false (%2)")
                             .arg(label(IsStream), quoted(stream)),
                Error::Kind::Parse);
    }

    text(Username, &r.userName);
    text(TokenName, &r.tokenName);
    text(ModelName, &r.model);
    text(ChannelName, &r.channelName);
    text(Group, &r.group);
    text(RequestId, &r.requestId);
    text(Ip, &r.ip);
    text(Content, &r.content);
    text(Other, &r.other);
    if (r.model.isEmpty())
        r.model = m_config.model;
    if (r.userName.isEmpty())
        r.userName = m_config.user;
    if (r.tokenName.isEmpty())
        r.tokenName = m_config.token;

    if (type < 0)
        type = m_config.zeroCompletionIsError && r.completionTokens == 0 ? int(LogType::Error) : int(LogType::Consume);
    if (m_config.dialect == LogDialect::OneApi && type == 5) {
        // one-api's 5 is a channel test, not an error; the original value stays visible in `other`.
        type = int(LogType::System);
        r.other = QStringLiteral("{\"one_api_type\":5}");
    }
    r.type = int(type);
    applyOther(&r);
    return r;
}

void applyOther(UsageRecord *record)
{
    const QStringView t = QStringView(record->other).trimmed();
    if (!t.startsWith(QLatin1Char('{')))
        return;
    const QJsonObject o = QJsonDocument::fromJson(record->other.toUtf8()).object();
    if (o.isEmpty())
        return;
    // Lenient, as `other` is free-form: a number outside qint64 reads as 0 (converting it would be undefined).
    auto int64From = [](double d) { return d > -9.2e18 && d < 9.2e18 ? qint64(d) : qint64(0); };
    if (record->cacheReadTokens == 0)
        record->cacheReadTokens = int64From(o.value(QLatin1String("cache_tokens")).toDouble());
    if (record->cacheWriteTokens == 0) {
        // cache_creation_tokens is the total when present; older writers give only the 5m/1h split.
        const QJsonValue total = o.value(QLatin1String("cache_creation_tokens"));
        record->cacheWriteTokens = total.isDouble()
            ? int64From(total.toDouble())
            : int64From(o.value(QLatin1String("cache_creation_tokens_5m")).toDouble()
                + o.value(QLatin1String("cache_creation_tokens_1h")).toDouble());
    }
}

} // namespace QuotaScope
