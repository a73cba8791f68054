#include "ingest/jsonrowparser.h"

#include <QtAlgorithms>

#include <algorithm>
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

} // namespace

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
    simdjson::dom::object object;
    if (!otherParser().parseObject(json, &object))
        return false;
    constexpr int MaxKeys = 32; // bits of `seen`
    if (count > MaxKeys)
        return false;
    quint32 seen = 0;
    for (const simdjson::dom::key_value_pair field : object) {
        const std::string_view key = field.key;
        for (int i = 0; i < count; ++i) {
            // Sizes and first bytes tell most keys apart without a call.
            if (key.size() != keys[i].size() || key.empty() || key[0] != keys[i][0]
                || std::memcmp(key.data(), keys[i].data(), key.size()) != 0)
                continue;
            if (seen & (1u << i))
                return false;
            seen |= 1u << i;
            JsonCell cell;
            Value &v = values[i];
            if (field.value.is_object() || field.value.is_array()) {
                v.type = field.value.is_object() ? QJsonValue::Object : QJsonValue::Array;
                break; // the keys are distinct: no other one is this field's
            }
            if (!toCell(field.value, &cell))
                return false;
            switch (cell.type) {
            case JsonCell::Type::Integer:
                v.type = QJsonValue::Double;
                v.integer = cell.integer;
                v.number = double(cell.integer);
                v.isInteger = true;
                break;
            case JsonCell::Type::Double:
                v.type = QJsonValue::Double;
                v.number = cell.number;
                break;
            case JsonCell::Type::String:
                v.type = QJsonValue::String;
                v.text = QString::fromUtf8(cell.text);
                break;
            case JsonCell::Type::Bool:
                v.type = QJsonValue::Bool;
                v.boolean = cell.boolean;
                break;
            case JsonCell::Type::Null:
            case JsonCell::Type::Undefined:
                v.type = QJsonValue::Null;
                break;
            }
            break;
        }
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

bool JsonRowParser::objectValues(QByteArrayView, const std::string_view *, int, Value *)
{
    return false;
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
