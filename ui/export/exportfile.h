#pragma once

#include "support/result.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>

namespace QuotaScope {

/// The error of every export that could not write its file: names the file, then why.
inline Error exportWriteError(const QString &path, const QString &why)
{
    return Error(
        QCoreApplication::translate("Export", "Could not write %1: %2").arg(QDir::toNativeSeparators(path), why),
        Error::Kind::Io);
}

} // namespace QuotaScope
