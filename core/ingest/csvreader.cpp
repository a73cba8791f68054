#include "ingest/csvreader.h"

#include <QCoreApplication>

namespace QuotaScope {

CsvReader::CsvReader(QIODevice *device)
    : m_stream(device)
{ }

CsvReader::Status CsvReader::next(QStringList *fields)
{
    fields->clear();
    if (!m_started) {
        m_started = true;
        if (m_stream.peek() == 0xEF) {
            // Only a complete BOM is dropped; anything else starting with 0xEF is data.
            m_stream.get();
            if (m_stream.get() != 0xBB || m_stream.get() != 0xBF) {
                m_error = QCoreApplication::translate("CsvReader", "line 1: invalid UTF-8 at the start of the file");
                return Status::Error;
            }
        }
    }
    if (m_stream.peek() < 0)
        return m_stream.readError() ? Status::Error : Status::End;

    m_recordLine = m_stream.line();
    m_field.resize(0);
    bool quoted = false; // inside a quoted section
    bool wasQuoted = false; // the current field began with a quote
    bool afterQuote = false; // just closed a quoted section
    for (;;) {
        const int c = m_stream.get();
        if (c < 0) {
            if (quoted) {
                m_error = QCoreApplication::translate("CsvReader",
                    "line %1: quoted field is not closed before the "
                    "end of the file")
                              .arg(m_recordLine);
                return Status::Error;
            }
            fields->append(QString::fromUtf8(m_field));
            return Status::Record;
        }
        if (quoted) {
            if (c == '"') {
                if (m_stream.peek() == '"') {
                    m_stream.get();
                    m_field.append('"');
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                m_field.append(char(c));
            }
            continue;
        }
        if (c == ',') {
            fields->append(QString::fromUtf8(m_field));
            m_field.resize(0);
            wasQuoted = afterQuote = false;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (c == '\r' && m_stream.peek() == '\n')
                m_stream.get();
            fields->append(QString::fromUtf8(m_field));
            return Status::Record;
        }
        if (afterQuote) {
            m_error = QCoreApplication::translate("CsvReader", "line %1: unexpected character after a closing quote")
                          .arg(m_stream.line());
            return Status::Error;
        }
        if (c == '"' && m_field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            continue;
        }
        m_field.append(char(c));
    }
}

namespace {

bool looksLikeFormula(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && s.at(i) == QLatin1Char('\''))
        ++i;
    if (i == s.size())
        return false;
    const QChar c = s.at(i);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

QString csvFormulaSafe(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString csvFormulaValue(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && looksLikeFormula(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

QString csvQuoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace QuotaScope
