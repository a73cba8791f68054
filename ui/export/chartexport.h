#pragma once

#include "support/result.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace QuotaScope::ChartExport {

/// Saves what a widget (a chart) draws: SVG for a ".svg" path, otherwise PNG at twice its size so it stays crisp
/// on high-DPI screens and in documents. The error names the file.
Result<void> saveWidget(QWidget *widget, const QString &path);

} // namespace QuotaScope::ChartExport
