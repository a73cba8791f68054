#pragma once

#include "ingest/rowmapper.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <array>
#include <string_view>
#include <vector>

namespace QuotaScope {

/**
 * The fast path for JSON objects (JSONL lines, the items of a JSON page): simdjson, where the build has it,
 * reads one object and hands the values of the mapped keys to RowMapper as JsonCells, with no QJsonObject in
 * between. It only answers where it gives exactly what Qt's parser would: a text that is not an object, not
 * valid JSON, holds a mapped key twice, maps a key to an object or a list, or an integer beyond 64 bits, is
 * declined, and the caller parses it with QJsonDocument as before (and so reports its errors the same way).
 */
class JsonRowParser
{
public:
    explicit JsonRowParser(const RowMapper &mapper);

    /// True when the build has simdjson; without it every parse() is declined.
    static bool available();

    /// The mapped values of one JSON object, valid until the next call; false when declined (see above).
    bool parse(QByteArrayView json, std::array<JsonCell, RowMapper::FieldCount> *cells);

    /// A top-level value of an object as objectValues() reads it: what Qt's parser would give, without building a
    /// QJsonValue for every key (the imports read ten keys of every log's `other`).
    struct Value
    {
        QJsonValue::Type type = QJsonValue::Undefined;
        double number = 0; ///< Double
        qint64 integer = 0; ///< Double, when isInteger: the exact integer (a JSON integer within 64 bits)
        bool isInteger = false;
        bool boolean = false;
        QString text; ///< String
        bool isUndefined() const { return type == QJsonValue::Undefined; }
        bool isDouble() const { return type == QJsonValue::Double; }
        /// The QJsonValue it stands for (an object or a list as an empty one): the same toInteger() and toDouble().
        QJsonValue toJsonValue() const;
        static Value of(const QJsonValue &v);
    };

    /// Top-level values of a JSON object text for count keys (a key the object does not have leaves its value as
    /// it was: the caller starts them Undefined); false when declined as for parse(), when a key is there twice, or
    /// for more than 32 keys.
    static bool objectValues(QByteArrayView json, const std::string_view *keys, int count, Value *values);

private:
    struct Key
    {
        QByteArray name;
        quint32 fields = 0; ///< bit f: RowMapper::Field f reads this key
    };
    struct Seen
    {
        QByteArray name;
        int key = -1; ///< index in m_keys, -1 for a key no field reads
    };
    std::vector<Key> m_keys;
    std::vector<Seen> m_lastAt; ///< the key at each position of the previous object
};

} // namespace QuotaScope
