#include "ingest/jsonrowparser.h"

#include <QtAlgorithms>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string_view>

#ifdef QUOTASCOPE_HAVE_SIMDJSON
#include <simdjson.h>
#endif

namespace QuotaScope {

static_assert(RowMapper::FieldCount <= 32, "JsonRowParser keeps the fields of a key in 32 bits");

namespace {

bool sameBytes(const QByteArray &a, QByteArrayView b)
{
    return a.size() == b.size() && (b.isEmpty() || std::memcmp(a.constData(), b.data(), size_t(b.size())) == 0);
}

/// A scalar's value as objectValues() gives it, from simdjson's element or the plain reader's (Qt's reading of the
/// same JSON): a number as a Double, with its exact integer when it is a JSON integer within 64 bits.
template <typename Scalar>
void setScalar(const Scalar &cell, JsonRowParser::Value *v)
{
    switch (cell.type) {
    case JsonCell::Type::Integer:
        v->type = QJsonValue::Double;
        v->integer = cell.integer;
        v->number = double(cell.integer);
        v->isInteger = true;
        break;
    case JsonCell::Type::Double:
        v->type = QJsonValue::Double;
        v->number = cell.number;
        break;
    case JsonCell::Type::String:
        v->type = QJsonValue::String;
        v->text = QString::fromUtf8(cell.text);
        break;
    case JsonCell::Type::Bool:
        v->type = QJsonValue::Bool;
        v->boolean = cell.boolean;
        break;
    case JsonCell::Type::Null:
    case JsonCell::Type::Undefined:
        v->type = QJsonValue::Null;
        break;
    }
}

/// A scalar PlainJson read: a JsonCell without its initialisation (an object of the kind a read keeps one of per key
/// is not zeroed on every call); kind Undefined for an object or a list.
struct PlainScalar
{
    JsonCell::Type type;
    bool boolean;
    qint64 integer;
    double number;
    QByteArrayView text;
};

/// What a byte is to PlainJson: inside a string (0, ordinary; 1, the closing quote; 2, not plain), and whether it is
/// white space between tokens.
struct PlainBytes
{
    quint8 inString[256];
    bool space[256];
    constexpr PlainBytes()
        : inString()
        , space()
    {
        for (int c = 0; c < 256; ++c)
            inString[c] = c == '"' ? 1 : (c < 0x20 || c >= 0x80 || c == '\\') ? 2 : 0;
        space[int(' ')] = space[int('\n')] = space[int('\r')] = space[int('\t')] = true;
    }
};
constexpr PlainBytes Plain;

/// The keys a read looks for, found by a name's length and end bytes in one probe (a gateway's `other` has a dozen
/// keys, tried against ten names each).
class KeyTable
{
public:
    KeyTable(const std::string_view *keys, int count)
        : m_keys(keys)
        , m_count(count)
    {
        std::memset(m_slots, Empty, sizeof m_slots);
        for (int i = 0; i < count; ++i) {
            qint8 &slot = m_slots[slotOf(keys[i].data(), qsizetype(keys[i].size()))];
            slot = slot == Empty ? qint8(i) : Shared;
        }
    }

    /// The index of the key named name, or -1.
    int find(QByteArrayView name) const
    {
        const qint8 slot = m_slots[slotOf(name.data(), name.size())];
        if (slot == Empty)
            return -1;
        if (slot != Shared)
            return same(name, slot) ? slot : -1;
        for (int i = 0; i < m_count; ++i) {
            if (same(name, i))
                return i;
        }
        return -1;
    }

private:
    static constexpr qint8 Empty = -1;
    static constexpr qint8 Shared = -2; ///< more than one key: each is tried
    static constexpr int Slots = 64;

    static int slotOf(const char *name, qsizetype size)
    {
        if (size == 0)
            return 0;
        const auto first = static_cast<unsigned char>(name[0]);
        const auto last = static_cast<unsigned char>(name[size - 1]);
        return int((quint32(size) * 7 + first * 3 + last * 5) % Slots);
    }

    bool same(QByteArrayView name, int i) const
    {
        return name.size() == qsizetype(m_keys[i].size())
            && std::memcmp(name.data(), m_keys[i].data(), size_t(name.size())) == 0;
    }

    const std::string_view *m_keys;
    int m_count;
    qint8 m_slots[Slots];
};

/// A strict one-pass reader of plain JSON (see JsonRowParser::plainObjectValues): every function returns false
/// for what it declines, which is everything outside that subset as well as everything that is not JSON.
class PlainJson
{
public:
    static constexpr int MaxDepth = 32;

    PlainJson(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end)
    { }

    void space()
    {
        while (m_p < m_end && Plain.space[static_cast<unsigned char>(*m_p)])
            ++m_p;
    }
    bool atEnd() const { return m_p == m_end; }
    /// Takes c when it is next.
    bool take(char c)
    {
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }

    /// A string without escapes or bytes outside printable ASCII: its bytes between the quotes.
    bool string(QByteArrayView *text)
    {
        if (!take('"'))
            return false;
        const char *begin = m_p;
        // Eight bytes at a time while none of them can end the string or make it not plain; then byte by byte.
        while (m_end - m_p >= 8 && !mayStop(load8(m_p)))
            m_p += 8;
        while (m_p < m_end && Plain.inString[static_cast<unsigned char>(*m_p)] == 0)
            ++m_p;
        if (m_p == m_end || *m_p != '"')
            return false;
        *text = QByteArrayView(begin, m_p - begin);
        ++m_p;
        return true;
    }

    /// A number as JSON writes it, within what a double holds; *integral when it has no fraction or exponent (and
    /// then at most 18 digits, and not -0), with its value in *integer, else in *number.
    bool number(bool *integral, qint64 *integer, double *number)
    {
        const char *begin = m_p;
        const bool negative = take('-');
        const char *digits = m_p;
        if (take('0')) {
        } else if (m_p < m_end && *m_p >= '1' && *m_p <= '9') {
            skipDigits();
        } else {
            return false;
        }
        const qsizetype intDigits = m_p - digits;
        *integral = true;
        if (take('.')) {
            *integral = false;
            if (!skipDigits())
                return false;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            *integral = false;
            if (!take('+'))
                take('-');
            if (!skipDigits())
                return false;
        }
        if (*integral) {
            if (intDigits > 18)
                return false;
            qint64 v = 0;
            for (const char *d = digits; d < m_p; ++d)
                v = v * 10 + (*d - '0');
            if (negative && v == 0)
                return false;
            *integer = negative ? -v : v;
            return true;
        }
        const auto parsed = std::from_chars(begin, m_p, *number);
        return parsed.ec == std::errc() && parsed.ptr == m_p && std::isfinite(*number);
    }

    /// Any value, checked whole; a scalar's kind and value in *cell (an object or list: Undefined).
    bool value(int depth, PlainScalar *cell)
    {
        cell->type = JsonCell::Type::Undefined;
        switch (peek()) {
        case '"':
            cell->type = JsonCell::Type::String;
            return string(&cell->text);
        case '{':
        case '[':
            return nested(depth + 1);
        case 't':
            cell->type = JsonCell::Type::Bool;
            cell->boolean = true;
            return word("true");
        case 'f':
            cell->type = JsonCell::Type::Bool;
            cell->boolean = false;
            return word("false");
        case 'n':
            cell->type = JsonCell::Type::Null;
            return word("null");
        default: {
            bool integral = false;
            if (!number(&integral, &cell->integer, &cell->number))
                return false;
            cell->type = integral ? JsonCell::Type::Integer : JsonCell::Type::Double;
            return true;
        }
        }
    }

private:
    static quint64 load8(const char *p)
    {
        quint64 v;
        std::memcpy(&v, p, sizeof v);
        return v;
    }

    /// Whether any of eight bytes may be a quote, a backslash, below 0x20 or above 0x7f (never false when one is;
    /// sometimes true when none is: the bytes are then read one by one).
    static bool mayStop(quint64 x)
    {
        constexpr quint64 Ones = 0x0101010101010101ULL;
        constexpr quint64 High = 0x8080808080808080ULL;
        const auto hasZero = [](quint64 v) { return (v - Ones) & ~v & High; };
        return (hasZero(x ^ (Ones * '"')) | hasZero(x ^ (Ones * '\\')) | ((x - Ones * 0x20) & ~x & High) | (x & High))
            != 0;
    }

    bool skipDigits()
    {
        const char *begin = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > begin;
    }

    bool word(std::string_view w)
    {
        if (m_end - m_p < qsizetype(w.size()) || std::memcmp(m_p, w.data(), w.size()) != 0)
            return false;
        m_p += w.size();
        return true;
    }

    /// An object or a list inside the top-level object.
    bool nested(int depth)
    {
        if (depth > MaxDepth)
            return false;
        const bool object = peek() == '{';
        ++m_p;
        space();
        if (take(object ? '}' : ']'))
            return true;
        PlainScalar cell;
        for (;;) {
            space();
            if (object) {
                QByteArrayView key;
                if (!string(&key))
                    return false;
                space();
                if (!take(':'))
                    return false;
                space();
            }
            if (!value(depth, &cell))
                return false;
            space();
            if (take(','))
                continue;
            return take(object ? '}' : ']');
        }
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

bool JsonRowParser::plainObjectValues(QByteArrayView json, const std::string_view *keys, int count, Value *values)
{
    constexpr int MaxKeys = 32; // bits of `seen`
    if (count > MaxKeys)
        return false;
    PlainJson in(json.data(), json.data() + json.size());
    in.space();
    if (!in.take('{'))
        return false;
    const KeyTable byName(keys, count);
    in.space();
    // The values are set once the whole text has been read: a declined text leaves them as they were.
    quint32 seen = 0;
    PlainScalar found[MaxKeys];
    char opener[MaxKeys];
    if (!in.take('}')) {
        for (;;) {
            in.space();
            QByteArrayView key;
            if (!in.string(&key))
                return false;
            in.space();
            if (!in.take(':'))
                return false;
            in.space();
            const char next = in.peek();
            PlainScalar cell;
            if (!in.value(1, &cell))
                return false;
            const int i = byName.find(key);
            if (i >= 0) {
                if (seen & (1u << i))
                    return false; // a repeated key: Qt's parser decides which one counts
                seen |= 1u << i;
                found[i] = cell;
                opener[i] = next;
            }
            in.space();
            if (in.take(','))
                continue;
            if (!in.take('}'))
                return false;
            break;
        }
    }
    in.space();
    if (!in.atEnd())
        return false;
    for (; seen != 0; seen &= seen - 1) {
        const int i = qCountTrailingZeroBits(seen);
        const PlainScalar &cell = found[i];
        // An object or a list is read as its kind only, as objectValues() reads it.
        if (cell.type == JsonCell::Type::Undefined)
            values[i].type = opener[i] == '{' ? QJsonValue::Object : QJsonValue::Array;
        else
            setScalar(cell, &values[i]);
    }
    return true;
}

JsonRowParser::JsonRowParser(const RowMapper &mapper)
{
    const auto &keys = mapper.keys();
    for (int f = 0; f < RowMapper::FieldCount; ++f) {
        if (keys[f].isEmpty())
            continue;
        const QByteArray name = keys[f].toUtf8();
        auto it = std::find_if(m_keys.begin(), m_keys.end(), [&](const Key &k) { return k.name == name; });
        if (it == m_keys.end())
            it = m_keys.insert(m_keys.end(), Key { name, 0 });
        it->fields |= 1u << f;
    }
}

#ifdef QUOTASCOPE_HAVE_SIMDJSON

namespace {

/// One parser per thread, reused: it keeps its buffers, and the text is copied once into padded memory.
struct Parser
{
    simdjson::dom::parser parser;
    std::vector<char> padded;

    /// Buffers grown for a larger document are given back at the next ordinary one, so that one long line does not
    /// keep its memory for the life of the thread.
    static constexpr size_t KeptCapacity = 4 << 20;

    bool parseObject(QByteArrayView json, simdjson::dom::object *object)
    {
        const size_t n = size_t(json.size());
        if (n <= KeptCapacity && (parser.capacity() > KeptCapacity || padded.size() > KeptCapacity * 2)) {
            parser = simdjson::dom::parser();
            padded = std::vector<char>();
        }
        if (padded.size() < n + simdjson::SIMDJSON_PADDING)
            padded.resize(n + simdjson::SIMDJSON_PADDING);
        if (n > 0)
            std::memcpy(padded.data(), json.data(), n);
        std::memset(padded.data() + n, 0, simdjson::SIMDJSON_PADDING);
        simdjson::dom::element root;
        if (parser.parse(padded.data(), n, false).get(root) != simdjson::SUCCESS)
            return false;
        return root.get_object().get(*object) == simdjson::SUCCESS;
    }
};

/// Rows and `other` texts have a parser each: the cells of a row point into its parser's buffers, and mapping
/// the row reads its `other` while they are still in use.
Parser &rowParser()
{
    thread_local Parser parser;
    return parser;
}

Parser &otherParser()
{
    thread_local Parser parser;
    return parser;
}

/// A scalar as a JsonCell; false for objects, lists and unsigned integers beyond qint64.
bool toCell(const simdjson::dom::element &v, JsonCell *cell)
{
    switch (v.type()) {
    case simdjson::dom::element_type::INT64:
        cell->type = JsonCell::Type::Integer;
        cell->integer = v.get_int64().value_unsafe();
        return true;
    case simdjson::dom::element_type::DOUBLE:
        cell->type = JsonCell::Type::Double;
        cell->number = v.get_double().value_unsafe();
        return true;
    case simdjson::dom::element_type::STRING: {
        const std::string_view s = v.get_string().value_unsafe();
        cell->type = JsonCell::Type::String;
        cell->text = QByteArrayView(s.data(), qsizetype(s.size()));
        return true;
    }
    case simdjson::dom::element_type::BOOL:
        cell->type = JsonCell::Type::Bool;
        cell->boolean = v.get_bool().value_unsafe();
        return true;
    case simdjson::dom::element_type::NULL_VALUE:
        cell->type = JsonCell::Type::Null;
        return true;
    default:
        return false;
    }
}

} // namespace

bool JsonRowParser::available()
{
    return true;
}

bool JsonRowParser::parse(QByteArrayView json, std::array<JsonCell, RowMapper::FieldCount> *cells)
{
    simdjson::dom::object object;
    if (!rowParser().parseObject(json, &object))
        return false;
    cells->fill(JsonCell {});
    quint32 seen = 0;
    size_t position = 0;
    for (const simdjson::dom::key_value_pair field : object) {
        const QByteArrayView key(field.key.data(), qsizetype(field.key.size()));
        // Exports write their keys in one order: the key seen at this position last time (mapped or not) is the
        // first guess.
        if (position >= m_lastAt.size())
            m_lastAt.resize(position + 1);
        Seen &last = m_lastAt[position++];
        if (!sameBytes(last.name, key)) {
            last.name = key.toByteArray();
            last.key = -1;
            for (size_t k = 0; k < m_keys.size(); ++k) {
                if (sameBytes(m_keys[k].name, key)) {
                    last.key = int(k);
                    break;
                }
            }
        }
        if (last.key < 0)
            continue;
        quint32 fields = m_keys[size_t(last.key)].fields;
        if (seen & fields)
            return false; // a repeated key: Qt's parser decides which one counts
        seen |= fields;
        JsonCell cell;
        if (!toCell(field.value, &cell))
            return false;
        for (; fields != 0; fields &= fields - 1)
            (*cells)[qCountTrailingZeroBits(fields)] = cell;
    }
    return true;
}

bool JsonRowParser::objectValues(QByteArrayView json, const std::string_view *keys, int count, Value *values)
{
    if (plainObjectValues(json, keys, count, values))
        return true;
    simdjson::dom::object object;
    if (!otherParser().parseObject(json, &object))
        return false;
    constexpr int MaxKeys = 32; // bits of `seen`
    if (count > MaxKeys)
        return false;
    const KeyTable byName(keys, count);
    quint32 seen = 0;
    for (const simdjson::dom::key_value_pair field : object) {
        const int i = byName.find(QByteArrayView(field.key.data(), qsizetype(field.key.size())));
        if (i < 0)
            continue;
        if (seen & (1u << i))
            return false;
        seen |= 1u << i;
        Value &v = values[i];
        if (field.value.is_object() || field.value.is_array()) {
            v.type = field.value.is_object() ? QJsonValue::Object : QJsonValue::Array;
            continue;
        }
        JsonCell cell;
        if (!toCell(field.value, &cell))
            return false;
        setScalar(cell, &v);
    }
    return true;
}

#else

bool JsonRowParser::available()
{
    return false;
}

bool JsonRowParser::parse(QByteArrayView, std::array<JsonCell, RowMapper::FieldCount> *)
{
    return false;
}

bool JsonRowParser::objectValues(QByteArrayView json, const std::string_view *keys, int count, Value *values)
{
    return plainObjectValues(json, keys, count, values);
}

#endif

QJsonValue JsonRowParser::Value::toJsonValue() const
{
    switch (type) {
    case QJsonValue::Double:
        return isInteger ? QJsonValue(integer) : QJsonValue(number);
    case QJsonValue::String:
        return QJsonValue(text);
    case QJsonValue::Bool:
        return QJsonValue(boolean);
    default:
        return QJsonValue(type);
    }
}

JsonRowParser::Value JsonRowParser::Value::of(const QJsonValue &v)
{
    Value out;
    out.type = v.type();
    switch (out.type) {
    case QJsonValue::Double: {
        // The integer toInteger() gives, when there is one: toJsonValue() gives it back the same.
        constexpr qint64 NotIntegral = std::numeric_limits<qint64>::min();
        out.number = v.toDouble();
        out.integer = v.toInteger(NotIntegral);
        out.isInteger = out.integer != NotIntegral;
        break;
    }
    case QJsonValue::String:
        out.text = v.toString();
        break;
    case QJsonValue::Bool:
        out.boolean = v.toBool();
        break;
    default:
        break;
    }
    return out;
}

} // namespace QuotaScope
