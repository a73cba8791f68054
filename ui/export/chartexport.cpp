#include "chartexport.h"

#include "exportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace QuotaScope::ChartExport {

Result<void> saveWidget(QWidget *widget, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return exportWriteError(path, file.errorString());
    const QSize size = widget->size();
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96);
        svg.setTitle(widget->accessibleName());
        QPainter painter;
        if (!painter.begin(&svg))
            return exportWriteError(path, QCoreApplication::translate("ChartExport", "cannot draw an SVG"));
        widget->render(&painter);
        painter.end();
    } else {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(widget->palette().color(QPalette::Window));
        QPainter painter(&image);
        widget->render(&painter);
        painter.end();
        if (!image.save(&file, "PNG"))
            return exportWriteError(path, QCoreApplication::translate("ChartExport", "cannot encode the PNG"));
    }
    if (!file.commit())
        return exportWriteError(path, file.errorString());
    return {};
}

} // namespace QuotaScope::ChartExport
