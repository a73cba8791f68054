#pragma once

#include <QObject>
#include <QSize>
#include <QString>

namespace QuotaScope {

class MainWindow;

/**
 * Renders a window to a PNG once its dashboard and first table page are loaded, then reports.
 * Works on the offscreen platform, so it needs no display.
 */
class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    ScreenshotTaker(MainWindow *window, const QString &path, QObject *parent = nullptr);

signals:
    void done(bool ok, const QString &message);

private:
    void tryCapture();

    MainWindow *m_window;
    QString m_path;
    bool m_captured = false;
};

/// Parses "1600x1000"; false for anything else or a side below 200 px.
bool parseWindowSize(const QString &text, QSize *out);

} // namespace QuotaScope
