#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace QuotaScope {

namespace {

/// One public trace the demo data and the test fixtures are derived from. Names, licences and citations
/// are proper names and stay as they are in every language.
struct TraceSource
{
    const char *name;
    const char *url;
    const char *licence;
    const char *citation;
};

const TraceSource traceSources[] = {
    { "Azure LLM inference trace 2023", "https://github.com/Azure/AzurePublicDataset", "CC-BY-4.0",
        "Pratyush Patel et al., \"Splitwise: Efficient generative LLM inference using phase splitting\", ISCA 2024" },
    { "Mooncake conversation trace", "https://github.com/kvcache-ai/Mooncake", "Apache-2.0",
        "Ruoyu Qin et al., \"Mooncake: Trading More Storage for Less Computation - A KVCache-centric Architecture "
        "for Serving LLM Chatbot\", FAST '25" },
    { "BurstGPT", "https://github.com/HPMLL/BurstGPT", "CC-BY-4.0",
        "Yuxin Wang et al., \"BurstGPT: A Real-World Workload Dataset to Optimize LLM Serving Systems\", KDD '25" },
};

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About QuotaScope"));
    setObjectName(QStringLiteral("aboutDialog"));

    // The icon is a resource of the quotascope executable; a test that builds the dialog alone goes without.
    const QString iconPath = QStringLiteral(":/icons/quotascope.svg");
    auto *icon = new QLabel(this);
    if (QFile::exists(iconPath))
        icon->setPixmap(QIcon(iconPath).pixmap(64, 64));
    icon->setVisible(!icon->pixmap().isNull());

    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(QUOTASCOPE_VERSION)), this);
    version->setObjectName(QStringLiteral("version"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *licence = new QLabel(tr("QuotaScope is free software under the GNU General Public License, version 3 or "
                                  "later (GPL-3.0-or-later). It comes with absolutely no warranty."),
        this);
    licence->setObjectName(QStringLiteral("licence"));
    licence->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->addWidget(buildHeader());
    text->addWidget(version);
    text->addWidget(licence);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buildAttributions(), 1);
    layout->addWidget(buttons);
    resize(620, 520);
}

QLabel *AboutDialog::buildHeader()
{
    auto *header = new QLabel(tr("<p><b>QuotaScope</b></p><p>Where the requests, tokens and money of your AI API "
                                 "gateways go: new-api and one-api usage from the gateway's API, its database or "
                                 "exported log files, cached locally.</p>"),
        this);
    header->setObjectName(QStringLiteral("description"));
    header->setWordWrap(true);
    return header;
}

QTextBrowser *AboutDialog::buildAttributions()
{
    QString html = QStringLiteral("<p>%1</p><ul>")
                       .arg(tr("The bundled demo data is derived from these public LLM request traces; the tests "
                               "use short excerpts of them:")
                                .toHtmlEscaped());
    for (const TraceSource &source : traceSources) {
        html += QStringLiteral("<li><b>%1</b> (<a href=\"%2\">%2</a>), %3.<br>%4.</li>")
                    .arg(QString::fromUtf8(source.name).toHtmlEscaped(), QString::fromLatin1(source.url),
                        tr("licence %1").arg(QString::fromLatin1(source.licence)).toHtmlEscaped(),
                        QString::fromUtf8(source.citation).toHtmlEscaped());
    }
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("Only token counts, arrival offsets and prefix-cache hits are taken from the traces, "
                        "re-sampled and combined with synthetic users, models and prices. The demo data is sample "
                        "data, not a record of any real gateway.")
                         .toHtmlEscaped());

    auto *attributions = new QTextBrowser(this);
    attributions->setObjectName(QStringLiteral("attributions"));
    attributions->setAccessibleName(tr("Attributions"));
    attributions->setOpenExternalLinks(true);
    attributions->setHtml(html);
    return attributions;
}

} // namespace QuotaScope
