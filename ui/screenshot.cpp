#include "screenshot.h"

#include "logtablemodel.h"
#include "mainwindow.h"

#include <QDir>
#include <QPixmap>
#include <QRegularExpression>
#include <QTimer>

namespace QuotaScope {

ScreenshotTaker::ScreenshotTaker(MainWindow *window, const QString &path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path)
{
    connect(window, &MainWindow::dashboardUpdated, this, &ScreenshotTaker::tryCapture);
}

void ScreenshotTaker::tryCapture()
{
    if (m_captured)
        return;
    if (m_window->isBusy() || m_window->logModel()->isLoading()) {
        // The table's first page follows the dashboard; look again shortly rather than blocking.
        QTimer::singleShot(50, this, &ScreenshotTaker::tryCapture);
        return;
    }
    m_captured = true;
    const QPixmap pixmap = m_window->grab();
    if (pixmap.isNull() || !pixmap.save(m_path, "PNG")) {
        emit done(false, tr("Could not write the screenshot to %1").arg(QDir::toNativeSeparators(m_path)));
        return;
    }
    emit done(true, m_path);
}

bool parseWindowSize(const QString &text, QSize *out)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{3,5})[xX](\\d{3,5})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < 200 || size.height() < 200)
        return false;
    *out = size;
    return true;
}

} // namespace QuotaScope
