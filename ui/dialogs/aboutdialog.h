#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QTextBrowser;
QT_END_NAMESPACE

namespace QuotaScope {

/// Help › About: what QuotaScope is, its version and licence, and where the bundled sample data comes from.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

private:
    QLabel *buildHeader();
    QTextBrowser *buildAttributions();
};

} // namespace QuotaScope
