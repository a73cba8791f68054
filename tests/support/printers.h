#pragma once

#include <QByteArray>
#include <QString>

#include <ostream>

// Readable QString / QByteArray values in GoogleTest failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QByteArray &b, std::ostream *os)
{
    *os << '"' << b.toStdString() << '"';
}
QT_END_NAMESPACE
