#pragma once

#include "ingest/importoptions.h"
#include "model/usagerecord.h"

#include <QList>
#include <QString>

namespace QuotaScope {

/** What the import dialog shows before importing: the first lines as they are and as the importer reads them. */
struct FilePreview
{
    QString rawText; ///< the first lines, or a note for binary files
    ImportFormat detected = ImportFormat::Auto;
    QString detectError;
    QList<UsageRecord> records; ///< the first rows parsed by the real importer
    qint64 skipped = 0; ///< rows the importer left out of the preview sample
    QString parseError; ///< why no rows could be parsed, when none were
};

/**
 * Reads the head of a file and runs the importer on it against a throw-away cache, so the preview shows
 * exactly what an import would store. Line formats are cut to their first maxRows rows; whole-document
 * formats are parsed only when the file is small. Blocking: call it off the GUI thread.
 */
FilePreview previewFile(const QString &path, const ImportOptions &options, int maxRows = 20);

} // namespace QuotaScope
