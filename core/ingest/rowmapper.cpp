#include "ingest/rowmapper.h"

#include "ingest/csvreader.h"
#include "ingest/importoptions.h"
#include "ingest/jsonrowparser.h"
#include "ingest/textinterner.h"
#include "ingest/tokenestimator.h"
#include "model/limits.h"
#include "store/perfrollups.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace QuotaScope {

namespace {

enum class Num { Absent, Ok, Bad, Huge };

Num toDouble(const QJsonValue &v, double *out)
{
    switch (v.type()) {
    case QJsonValue::Double:
        *out = v.toDouble();
        return std::isfinite(*out) ? Num::Ok : Num::Bad;
    case QJsonValue::String: {
        const QString text = v.toString(); // the view below must not outlive it
        const QStringView s = QStringView(text).trimmed();
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

// A whole number that fits 64 bits; larger ones are Huge (out of any plausible range), fractions Bad.
Num wholeNumber(double d, qint64 *out)
{
    if (d != std::floor(d))
        return Num::Bad;
    const std::optional<qint64> i = toInt64(d);
    if (!i)
        return Num::Huge;
    *out = *i;
    return Num::Ok;
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
    return wholeNumber(d, out);
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
    return wholeNumber(d, out);
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

// UTF-8 cells (CSV records) and fast-parsed JSON values: numbers in plain form are read from the bytes; anything
// else takes the text path above, so that every value means exactly what it means as a QString or QJsonValue.
struct Utf8Cell
{
    QByteArrayView bytes;
    TextInterner *texts; ///< for dimension fields, else null
};

struct JsonCellRef
{
    const JsonCell *cell;
    TextInterner *texts; ///< for dimension fields, else null
};

/// An optional minus and 1 to 18 ASCII digits: what toLongLong reads, without decoding the text.
bool plainInteger(QByteArrayView b, qint64 *out)
{
    const bool negative = !b.isEmpty() && b.front() == '-';
    const qsizetype first = negative ? 1 : 0;
    if (b.size() - first < 1 || b.size() - first > 18)
        return false;
    qint64 v = 0;
    for (qsizetype i = first; i < b.size(); ++i) {
        const char c = b.at(i);
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = negative ? -v : v;
    return true;
}

QString utf8Text(QByteArrayView bytes, TextInterner *texts)
{
    return texts ? texts->text(bytes) : QString::fromUtf8(bytes);
}

bool isAbsent(const Utf8Cell &c)
{
    return c.bytes.isEmpty();
}

QString toText(const Utf8Cell &c)
{
    return utf8Text(c.bytes, c.texts);
}

Num toInteger(const Utf8Cell &c, qint64 *out)
{
    return plainInteger(c.bytes, out) ? Num::Ok : toInteger(QString::fromUtf8(c.bytes), out);
}

Num toDouble(const Utf8Cell &c, double *out)
{
    qint64 i = 0;
    if (plainInteger(c.bytes, &i) && i != 0) {
        *out = double(i);
        return Num::Ok;
    }
    return toDouble(QString::fromUtf8(c.bytes), out);
}

bool isAbsent(const JsonCellRef &c)
{
    return c.cell->type == JsonCell::Type::Null || c.cell->type == JsonCell::Type::Undefined;
}

// As QJsonValue's: a whole double in 64 bits prints as an integer, other doubles as QString::number does.
QString toText(const JsonCellRef &c)
{
    constexpr qint64 NotIntegral = std::numeric_limits<qint64>::min();
    switch (c.cell->type) {
    case JsonCell::Type::String:
        return utf8Text(c.cell->text, c.texts);
    case JsonCell::Type::Integer:
        return c.cell->integer != NotIntegral ? QString::number(c.cell->integer) : QString::number(double(NotIntegral));
    case JsonCell::Type::Double: {
        const qint64 i = QJsonValue(c.cell->number).toInteger(NotIntegral);
        return i != NotIntegral ? QString::number(i) : QString::number(c.cell->number);
    }
    case JsonCell::Type::Bool:
        return c.cell->boolean ? QStringLiteral("true") : QStringLiteral("false");
    case JsonCell::Type::Null:
    case JsonCell::Type::Undefined:
        break;
    }
    return {};
}

// A text field kept as UTF-8 (UsageRecord::other): the cell's own bytes where it has them, else its text encoded.
QByteArray toUtf8Text(const QJsonValue &v)
{
    return toText(v).toUtf8();
}

QByteArray toUtf8Text(const QString &text)
{
    return text.toUtf8();
}

QByteArray toUtf8Text(const Utf8Cell &c)
{
    return UsageRecord::utf8(c.bytes);
}

QByteArray toUtf8Text(const JsonCellRef &c)
{
    return c.cell->type == JsonCell::Type::String ? UsageRecord::utf8(c.cell->text) : toText(c).toUtf8();
}

Num toDouble(const JsonCellRef &c, double *out)
{
    switch (c.cell->type) {
    case JsonCell::Type::Double:
        *out = c.cell->number;
        return std::isfinite(*out) ? Num::Ok : Num::Bad;
    case JsonCell::Type::Integer:
        *out = double(c.cell->integer);
        return Num::Ok;
    case JsonCell::Type::String:
        return toDouble(Utf8Cell { c.cell->text, nullptr }, out);
    case JsonCell::Type::Bool:
        *out = c.cell->boolean ? 1 : 0;
        return Num::Ok;
    case JsonCell::Type::Null:
    case JsonCell::Type::Undefined:
        break;
    }
    return Num::Absent;
}

Num toInteger(const JsonCellRef &c, qint64 *out)
{
    switch (c.cell->type) {
    case JsonCell::Type::Integer:
        *out = c.cell->integer;
        return Num::Ok;
    case JsonCell::Type::String:
        return toInteger(Utf8Cell { c.cell->text, nullptr }, out);
    default:
        break;
    }
    double d = 0;
    const Num n = toDouble(c, &d);
    if (n != Num::Ok)
        return n;
    return wholeNumber(d, out);
}

/// The fields whose text repeats across rows and is worth interning.
bool isDimension(RowMapper::Field f)
{
    return f == RowMapper::Username || f == RowMapper::TokenName || f == RowMapper::ModelName
        || f == RowMapper::ChannelName || f == RowMapper::Group || f == RowMapper::Ip || f == RowMapper::IsStream;
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
    , m_now(config.now > 0 ? config.now : QDateTime::currentSecsSinceEpoch())
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

Result<UsageRecord> RowMapper::map(const QJsonObject &row, QString *implausible) const
{
    return mapWith(
        [&](Field f) { return m_keys[f].isEmpty() ? QJsonValue(QJsonValue::Undefined) : row.value(m_keys[f]); },
        implausible);
}

Result<UsageRecord> RowMapper::map(const QStringList &cells, QString *implausible) const
{
    return mapWith(
        [&](Field f) {
            const int i = m_columnIndex[f];
            return i < 0 ? QString() : cells.at(i);
        },
        implausible);
}

Result<UsageRecord> RowMapper::map(const QByteArrayView *cells, TextInterner *texts, QString *implausible) const
{
    return mapWith(
        [&](Field f) {
            const int i = m_columnIndex[f];
            return Utf8Cell { i < 0 ? QByteArrayView() : cells[i], isDimension(f) ? texts : nullptr };
        },
        implausible);
}

Result<UsageRecord> RowMapper::map(
    const std::array<JsonCell, FieldCount> &cells, TextInterner *texts, QString *implausible) const
{
    return mapWith([&](Field f) { return JsonCellRef { &cells[f], isDimension(f) ? texts : nullptr }; }, implausible);
}

Error RowMapper::outOfRange(
    const QString &what, const QString &value, qint64 min, qint64 max, QString *implausible) const
{
    if (implausible)
        *implausible = QCoreApplication::translate("RowMapper", "%1 out of range").arg(what);
    return Error(QCoreApplication::translate("RowMapper", "%1 is outside the plausible range %2..%3 (%4)")
                     .arg(what)
                     .arg(min)
                     .arg(max)
                     .arg(value),
        Error::Kind::Parse);
}

Error RowMapper::implausibleTime(const QString &value, QString *implausible) const
{
    if (implausible)
        *implausible = QCoreApplication::translate("RowMapper", "%1 out of range").arg(label(CreatedAt));
    return Error(QCoreApplication::translate("RowMapper", "%1 is outside 2000-01-01 .. now + 1 day (%2)")
                     .arg(label(CreatedAt), value),
        Error::Kind::Parse);
}

namespace {

/// Fills prompt and completion tokens the row lacks from its prompt and response text (never overriding a
/// count, even 0) and marks the record in `other` with "estimated_tokens": true and the estimator's family.
template <typename Get>
void estimateMissingTokens(const Get &get, UsageRecord *r)
{
    const QString promptText = toText(get(RowMapper::PromptText));
    const QString responseText = toText(get(RowMapper::ResponseText));
    if (promptText.isEmpty() && responseText.isEmpty())
        return; // a gateway log: its counts are the gateway's (nor is the model looked at for every row)
    const TokenFamily family = tokenFamilyForModel(r->model);
    bool estimated = false;
    if (!promptText.isEmpty() && isAbsent(get(RowMapper::PromptTokens))) {
        r->promptTokens = estimateTokens(family, promptText);
        estimated = true;
    }
    if (!responseText.isEmpty() && isAbsent(get(RowMapper::CompletionTokens))) {
        r->completionTokens = estimateTokens(family, responseText);
        estimated = true;
    }
    if (!estimated)
        return;
    QJsonObject other;
    const QByteArray raw = r->other.trimmed();
    if (!raw.isEmpty() && raw != "null") {
        const QJsonDocument doc = QJsonDocument::fromJson(raw);
        if (doc.isObject())
            other = doc.object();
        else
            other.insert(QStringLiteral("raw_other"), QString::fromUtf8(r->other)); // kept, not dropped
    }
    other.insert(QStringLiteral("estimated_tokens"), true);
    other.insert(QStringLiteral("token_estimator"), tokenFamilyName(family));
    r->other = QJsonDocument(other).toJson(QJsonDocument::Compact);
}

} // namespace

template <typename Get>
Result<UsageRecord> RowMapper::mapWith(const Get &get, QString *implausible) const
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
        case Num::Huge: {
            // Too large for 64 bits: outside every field's range; the quota and token fields name their own.
            const bool tokens
                = f == PromptTokens || f == CompletionTokens || f == CacheTokens || f == CacheCreationTokens;
            const qint64 max = f == Quota ? Limits::MaxQuota
                : tokens                  ? Limits::MaxTokens
                                          : std::numeric_limits<qint64>::max();
            const qint64 min = f == Quota ? -Limits::MaxQuota : tokens ? 0 : std::numeric_limits<qint64>::min();
            error = outOfRange(label(f), quoted(v), min, max, implausible);
            return false;
        }
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
    auto text = [&](Field f, QString *out) {
        *out = toText(get(f));
        // at(0), inline and const: QString::startsWith(QChar) is a call into Qt for every text of every row, and a
        // non-const front() would detach the pool's text (TextPool), copying it.
        if (m_config.formulaQuoted && !out->isEmpty() && out->at(0) == QLatin1Char('\''))
            *out = csvFormulaValue(*out);
    };
    auto utf8Text = [&](Field f, QByteArray *out) {
        *out = toUtf8Text(get(f));
        if (m_config.formulaQuoted && out->startsWith('\''))
            *out = csvFormulaValue(QString::fromUtf8(*out)).toUtf8();
    };

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
        const std::optional<qint64> seconds = toInt64(std::floor(when * double(unitMs) / 1000.0));
        if (!seconds)
            return implausibleTime(quoted(created), implausible);
        r.createdAt = *seconds;
        if (m_config.relativeTime && !addChecked(r.createdAt, m_config.epochBase, &r.createdAt))
            return implausibleTime(quoted(created), implausible);
    } else if (m_config.relativeTime || !parseDateTime(QStringView(toText(created)), &r.createdAt)) {
        return Error(
            QCoreApplication::translate("RowMapper", "%1 is not a time (%2)").arg(label(CreatedAt), quoted(created)),
            Error::Kind::Parse);
    }
    if (!addChecked(r.createdAt, m_config.timeShift, &r.createdAt) || !Limits::plausibleTime(r.createdAt, m_now))
        return implausibleTime(quoted(created), implausible);

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
    const double useMs = useTime * double(useUnitMs);
    if (!(useMs >= 0 && useMs <= double(Limits::MaxUseTimeMs)))
        return outOfRange(label(useField), quoted(get(useField)), 0, Limits::MaxUseTimeMs / useUnitMs, implausible);
    r.useTimeMs = std::llround(useMs);

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
    utf8Text(Other, &r.other);
    if (r.model.isEmpty())
        r.model = m_config.model;
    estimateMissingTokens(get, &r);
    if (r.userName.isEmpty())
        r.userName = m_config.user;
    if (r.tokenName.isEmpty())
        r.tokenName = m_config.token;

    if (type < 0)
        type = m_config.zeroCompletionIsError && r.completionTokens == 0 ? int(LogType::Error) : int(LogType::Consume);
    if (m_config.dialect == LogDialect::OneApi && type == 5) {
        // one-api's 5 is a channel test, not an error; the original value stays visible in `other`.
        type = int(LogType::System);
        r.other = QByteArrayLiteral("{\"one_api_type\":5}");
    }
    if (type > std::numeric_limits<int>::max())
        return outOfRange(label(Type), QString::number(type), 0, std::numeric_limits<int>::max(), implausible);
    r.type = int(type);
    applyOther(&r);

    if (r.quota < -Limits::MaxQuota || r.quota > Limits::MaxQuota)
        return outOfRange(label(Quota), QString::number(r.quota), -Limits::MaxQuota, Limits::MaxQuota, implausible);
    const std::pair<Field, qint64> tokens[]
        = { { PromptTokens, r.promptTokens }, { CompletionTokens, r.completionTokens },
              { CacheTokens, r.cacheReadTokens }, { CacheCreationTokens, r.cacheWriteTokens } };
    for (const auto &[f, value] : tokens) {
        if (value < 0 || value > Limits::MaxTokens) {
            // Cache tokens usually come from `other`, which has no column of its own.
            const QString what = m_keys[f].isEmpty()
                ? QCoreApplication::translate("RowMapper", "`other`.%1").arg(recordFieldNames().at(f))
                : label(f);
            return outOfRange(what, QString::number(value), 0, Limits::MaxTokens, implausible);
        }
    }
    return r;
}

namespace {

/// A count from `other`, read leniently: not a number counts as absent; a number too large for 64 bits keeps
/// a value the range check refuses.
qint64 otherCount(const QJsonValue &v)
{
    qint64 i = 0;
    switch (toInteger(v, &i)) {
    case Num::Ok:
        return i;
    case Num::Huge:
        return std::numeric_limits<qint64>::max();
    default:
        return 0;
    }
}

} // namespace

void applyOther(UsageRecord *record)
{
    using Values = PerfRollups::OtherValues;
    // One parse for the cache counts and for what the cache and latency rollups take (PerfRollups::readFigures).
    const Values values
        = QByteArrayView(record->other).trimmed().startsWith('{') ? Values::parse(record->other) : Values();
    const auto count = [&](Values::Key key) {
        const JsonRowParser::Value &v = values.values[key];
        return v.isUndefined() ? 0 : otherCount(v.toJsonValue());
    };
    if (record->cacheReadTokens == 0)
        record->cacheReadTokens = count(Values::CacheTokens);
    if (record->cacheWriteTokens == 0) {
        // cache_creation_tokens is the total when present; older writers give only the 5m/1h split.
        if (values.values[Values::CacheCreationTokens].isDouble()) {
            record->cacheWriteTokens = count(Values::CacheCreationTokens);
        } else if (!addChecked(count(Values::CacheCreationTokens5m), count(Values::CacheCreationTokens1h),
                       &record->cacheWriteTokens)) {
            record->cacheWriteTokens = std::numeric_limits<qint64>::max();
        }
    }
    PerfRollups::readFigures(values, record);
}

Result<HourlyBucket> parseHourlyRow(const QJsonObject &o, qint64 timeShift, qint64 now, QString *implausible)
{
    if (now <= 0)
        now = QDateTime::currentSecsSinceEpoch();
    auto field = [](const char *key) {
        return QCoreApplication::translate("RowMapper", "field `%1`").arg(QLatin1String(key));
    };
    auto outOfRange = [&](const char *key, const QJsonValue &v, qint64 min, qint64 max) {
        if (implausible)
            *implausible = QCoreApplication::translate("RowMapper", "%1 out of range").arg(field(key));
        return Error(QCoreApplication::translate("RowMapper", "%1 is outside the plausible range %2..%3 (%4)")
                         .arg(field(key))
                         .arg(min)
                         .arg(max)
                         .arg(quoted(v)),
            Error::Kind::Parse);
    };
    // The gateway writes numbers; anything else would silently count as 0, so it is refused.
    qint64 values[5] = {};
    const char *keys[5] = { "created_at", "user_id", "count", "quota", "token_used" };
    for (int i = 0; i < 5; ++i) {
        const QJsonValue v = o.value(QLatin1String(keys[i]));
        if (v.isUndefined() || v.isNull()) {
            if (i == 0)
                return Error(
                    QCoreApplication::translate("RowMapper", "%1 is missing").arg(field(keys[i])), Error::Kind::Parse);
            continue;
        }
        if (!v.isDouble())
            return Error(
                QCoreApplication::translate("RowMapper", "%1 is not a number (%2)").arg(field(keys[i]), quoted(v)),
                Error::Kind::Parse);
        switch (toInteger(v, &values[i])) {
        case Num::Ok:
        case Num::Absent:
            break;
        case Num::Huge:
            return outOfRange(keys[i], v, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        case Num::Bad:
            return Error(QCoreApplication::translate("RowMapper", "%1 is not a whole number (%2)")
                             .arg(field(keys[i]), quoted(v)),
                Error::Kind::Parse);
        }
    }
    qint64 t = 0;
    if (!addChecked(values[0], timeShift, &t) || !Limits::plausibleTime(t, now)) {
        if (implausible)
            *implausible = QCoreApplication::translate("RowMapper", "%1 out of range").arg(field(keys[0]));
        return Error(QCoreApplication::translate("RowMapper", "%1 is outside 2000-01-01 .. now + 1 day (%2)")
                         .arg(field(keys[0]), quoted(o.value(QLatin1String(keys[0])))),
            Error::Kind::Parse);
    }
    if (values[2] < 0 || values[2] > Limits::MaxTokens)
        return outOfRange(keys[2], o.value(QLatin1String(keys[2])), 0, Limits::MaxTokens);
    if (values[3] < -Limits::MaxQuota || values[3] > Limits::MaxQuota)
        return outOfRange(keys[3], o.value(QLatin1String(keys[3])), -Limits::MaxQuota, Limits::MaxQuota);
    if (values[4] < 0 || values[4] > Limits::MaxTokens)
        return outOfRange(keys[4], o.value(QLatin1String(keys[4])), 0, Limits::MaxTokens);

    HourlyBucket b;
    b.hourStart = t - ((t % 3600) + 3600) % 3600;
    b.userId = values[1];
    b.userName = o.value(QLatin1String("username")).toString();
    b.model = o.value(QLatin1String("model_name")).toString();
    b.requests = values[2];
    b.quota = values[3];
    b.tokens = values[4];
    return b;
}

bool addHourly(HourlyBucket *sum, const HourlyBucket &b)
{
    qint64 requests = 0, quota = 0, tokens = 0;
    if (!addChecked(sum->requests, b.requests, &requests) || !addChecked(sum->quota, b.quota, &quota)
        || !addChecked(sum->tokens, b.tokens, &tokens))
        return false;
    sum->requests = requests;
    sum->quota = quota;
    sum->tokens = tokens;
    return true;
}

RowMapperConfig RowMapperConfig::gatewayLog(LogDialect dialect, bool idsAreReal)
{
    RowMapperConfig c;
    c.dialect = dialect;
    c.idsAreReal = idsAreReal;
    for (const QString &f : recordFieldNames())
        c.columns.insert(f, f);
    return c;
}

} // namespace QuotaScope
