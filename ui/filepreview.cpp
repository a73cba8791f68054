#include "filepreview.h"

#include "dbtask.h"
#include "ingest/importer.h"
#include "store/cachedb.h"
#include "store/recordquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <limits>

namespace QuotaScope {

namespace {
constexpr qint64 WholeDocumentPreviewLimit = 4 * 1024 * 1024;

bool isLineFormat(ImportFormat f)
{
    return f == ImportFormat::NewApiJsonl || f == ImportFormat::NewApiCsv || f == ImportFormat::MappedCsv
        || f == ImportFormat::MappedJsonl;
}
} // namespace

FilePreview previewFile(const QString &path, const ImportOptions &options, int maxRows)
{
    FilePreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.parseError = QCoreApplication::translate("FilePreview", "%1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString());
        return preview;
    }
    QByteArray head;
    for (int i = 0; i <= maxRows && !file.atEnd(); ++i)
        head += file.readLine(1 << 20);
    const bool binary = head.startsWith("SQLite format 3") || head.contains('\0');
    preview.rawText = binary
        ? QCoreApplication::translate("FilePreview", "(binary file: %1 bytes)").arg(QFileInfo(path).size())
        : QString::fromUtf8(head);

    auto detected = Importer::detect(path);
    if (detected)
        preview.detected = detected.value();
    else
        preview.detectError = detected.error().message;
    const ImportFormat format = options.format != ImportFormat::Auto ? options.format : preview.detected;
    if (format == ImportFormat::Auto) {
        preview.parseError = preview.detectError.isEmpty()
            ? QCoreApplication::translate("FilePreview", "unknown format")
            : preview.detectError;
        return preview;
    }

    QTemporaryDir dir;
    QString sample = path;
    if (isLineFormat(format)) {
        sample = dir.filePath(QStringLiteral("sample.") + QFileInfo(path).suffix());
        QFile out(sample);
        if (!out.open(QIODevice::WriteOnly) || out.write(head) != head.size()) {
            preview.parseError = QCoreApplication::translate("FilePreview", "could not write a temporary sample file");
            return preview;
        }
    } else if (QFileInfo(path).size() > WholeDocumentPreviewLimit) {
        preview.parseError
            = QCoreApplication::translate("FilePreview", "no row preview for a large %1 file; the import reads it all")
                  .arg(importFormatName(format));
        return preview;
    }

    auto cache = CacheDb::open(
        dir.filePath(QStringLiteral("preview.sqlite")), QStringLiteral("qs-preview"));
    if (!cache) {
        preview.parseError = cache.error().message;
        return preview;
    }
    ImportOptions o = options;
    o.format = format;
    auto summary = Importer(cache->db()).importFile(sample, QStringLiteral("preview"), o);
    if (!summary) {
        preview.parseError = summary.error().message;
        return preview;
    }
    preview.skipped = summary->skipped;
    Filter all;
    all.types.clear();
    auto page
        = RecordQuery(cache->db())
              .page(std::numeric_limits<qint64>::min() / 2, std::numeric_limits<qint64>::max() / 2, all, 0, maxRows);
    if (!page) {
        preview.parseError = page.error().message;
        return preview;
    }
    preview.records = page->records;
    std::reverse(preview.records.begin(), preview.records.end()); // file order reads more naturally
    if (preview.records.isEmpty() && summary->aggregate)
        preview.parseError = QCoreApplication::translate(
            "FilePreview", "hourly aggregates: %n bucket(s) in the sample", nullptr, int(summary->added));
    return preview;
}

} // namespace QuotaScope
