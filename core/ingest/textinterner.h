#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace QuotaScope {

/**
 * Decodes UTF-8 text once per distinct value: models, users, tokens, channels and groups repeat on almost every
 * row, and each repeat shares the first one's QString instead of allocating its own. Bounded: past MaxValues
 * distinct values, new ones are decoded without being kept.
 */
class TextInterner
{
public:
    static constexpr qsizetype MaxValues = 1 << 16;

    QString text(QByteArrayView utf8)
    {
        if (utf8.isEmpty())
            return {};
        // A raw view for the lookup: no copy unless the value is new.
        const auto it = m_values.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
        if (it != m_values.cend())
            return it.value();
        QString value = QString::fromUtf8(utf8);
        if (m_values.size() < MaxValues)
            m_values.insert(utf8.toByteArray(), value);
        return value;
    }

private:
    QHash<QByteArray, QString> m_values;
};

} // namespace QuotaScope
