#include "profilemanagerdialog.h"

#include "profileeditdialog.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace QuotaScope {

namespace {

enum Column { NameColumn, UrlColumn, SyncColumn, TokenColumn, StatusColumn };

} // namespace

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_notice(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_syncButton(new QPushButton(tr("&Sync now"), this))
    , m_undoBar(new QWidget(this))
    , m_undoLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_report(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Gateways"));
    resize(880, 480);

    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Address"), tr("Sync"), tr("Token"), tr("Status")});
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Gateway profiles"));
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ProfileManagerDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &ProfileManagerDialog::editSelected);

    m_add->setObjectName(QStringLiteral("add"));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_testButton->setObjectName(QStringLiteral("test"));
    m_syncButton->setObjectName(QStringLiteral("sync"));
    connect(m_add, &QPushButton::clicked, this, &ProfileManagerDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfileManagerDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ProfileManagerDialog::removeSelected);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileManagerDialog::testSelected);
    connect(m_syncButton, &QPushButton::clicked, this, &ProfileManagerDialog::syncSelected);

    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    auto *undoButton = new QPushButton(tr("&Undo"), m_undoBar);
    undoButton->setObjectName(QStringLiteral("undo"));
    connect(undoButton, &QPushButton::clicked, this, &ProfileManagerDialog::undoRemove);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(undoButton);
    m_undoBar->hide();

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setAccessibleName(tr("Connection test result"));
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("The result of \"Test connection\" appears here."));
    m_report->setMaximumHeight(140);

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_testButton, m_syncButton})
        side->addWidget(b);
    side->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileManagerDialog::reject);

    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    Theme::setTone(m_notice, Theme::Tone::Warning);
    m_notice->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(top);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_message);
    layout->addWidget(m_report);
    layout->addWidget(buttons);

    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileManagerDialog::rebuild);
    rebuild();
    const QStringList problems = m_store->loadProblems();
    if (!problems.isEmpty())
        showMessage(tr("Some stored profiles could not be read and are not listed:\n%1")
                        .arg(problems.join(QLatin1Char('\n'))),
                    true);
}

void ProfileManagerDialog::setTestConnection(TestConnection test)
{
    m_test = std::move(test);
    updateButtons();
}

void ProfileManagerDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString ProfileManagerDialog::notice() const
{
    return m_notice->text();
}

void ProfileManagerDialog::setSyncNow(SyncNow sync)
{
    m_sync = std::move(sync);
    updateButtons();
}

void ProfileManagerDialog::rebuild()
{
    const QString selected = selectedName();
    m_list->clear();
    const QString backend = m_store->credentials()->backendName();
    for (const GatewayProfile &p : m_store->profiles()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, p.name);
        item->setText(UrlColumn, p.isDatabase() ? p.database.where() : p.baseUrl.toDisplayString());
        if (!p.enabled)
            item->setText(SyncColumn, tr("off"));
        else if (p.refreshSeconds == 0)
            item->setText(SyncColumn, tr("manual"));
        else
            item->setText(SyncColumn, tr("every %1 s").arg(p.refreshSeconds));
        item->setText(TokenColumn, !p.needsSecret()                    ? tr("not needed")
                                   : m_store->hasToken(p.name) ? tr("stored in %1").arg(backend)
                                                               : tr("missing"));
        item->setText(StatusColumn, m_status.value(p.name));
        item->setToolTip(StatusColumn, m_status.value(p.name));
        if (ProfileStore::isPlainHttpToRemote(p.baseUrl))
            item->setToolTip(UrlColumn, tr("Plain http to another machine: the token crosses the network unencrypted."));
    }
    // Addresses and the token's home are short enough to show whole; the status takes what is left.
    for (int column = NameColumn; column < StatusColumn; ++column)
        m_list->resizeColumnToContents(column);
    selectProfile(selected);
    updateButtons();
}

QString ProfileManagerDialog::selectedName() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->text(NameColumn);
}

void ProfileManagerDialog::selectProfile(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->text(NameColumn) == name) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void ProfileManagerDialog::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_testButton->setEnabled(selected && m_test && m_testsRunning == 0);
    m_syncButton->setEnabled(selected && m_sync);
    if (!m_test)
        m_testButton->setToolTip(tr("Connection tests are not available in this build."));
    if (!m_sync)
        m_syncButton->setToolTip(tr("Syncing is not available in this build."));
}

void ProfileManagerDialog::setProfileStatus(const QString &name, const QString &status)
{
    m_status.insert(name, status);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->text(NameColumn) == name) {
            item->setText(StatusColumn, status);
            item->setToolTip(StatusColumn, status);
        }
    }
}

void ProfileManagerDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    Theme::setTone(m_message, error ? Theme::Tone::Error : Theme::Tone::None);
    m_message->setVisible(!text.isEmpty());
}

Result<void> ProfileManagerDialog::saveProfile(const QString &originalName, const GatewayProfile &profile,
                                               const QString &token)
{
    const Result<void> saved = originalName.isEmpty() ? m_store->add(profile) : m_store->update(originalName, profile);
    if (!saved)
        return saved;
    if (!originalName.isEmpty() && originalName != profile.name) {
        m_status.insert(profile.name, m_status.value(originalName));
        m_status.remove(originalName);
    }
    if (!token.isEmpty()) {
        if (auto stored = m_store->setToken(profile.name, token); !stored)
            return Error(tr("profile \"%1\" was saved, but its token was not: %2").arg(profile.name, stored.error().message),
                         stored.error().kind);
        rebuild();
    }
    selectProfile(profile.name);
    return {};
}

void ProfileManagerDialog::addProfile()
{
    GatewayProfile fresh;
    ProfileEditDialog dialog(m_store, fresh, QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<void> saved = saveProfile(QString(), dialog.profile(), dialog.enteredToken());
    showMessage(saved ? QString() : saved.error().message, !saved);
}

void ProfileManagerDialog::editSelected()
{
    const auto current = m_store->find(selectedName());
    if (!current)
        return;
    ProfileEditDialog dialog(m_store, *current, current->name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<void> saved = saveProfile(current->name, dialog.profile(), dialog.enteredToken());
    showMessage(saved ? QString() : saved.error().message, !saved);
}

void ProfileManagerDialog::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    Result<RemovedProfile> removed = m_store->remove(name);
    if (!removed) {
        showMessage(removed.error().message, true);
        return;
    }
    m_lastRemoved = std::move(removed).value();
    m_undoLabel->setText(tr("Removed \"%1\" and its stored token.").arg(name));
    m_undoBar->show();
    showMessage(QString(), false);
}

void ProfileManagerDialog::undoRemove()
{
    if (!m_lastRemoved)
        return;
    const Result<void> restored = m_store->restore(*m_lastRemoved);
    if (!restored) {
        showMessage(tr("Could not undo: %1").arg(restored.error().message), true);
        return;
    }
    selectProfile(m_lastRemoved->profile.name);
    m_lastRemoved.reset();
    m_undoBar->hide();
}

void ProfileManagerDialog::testSelected()
{
    const auto profile = m_store->find(selectedName());
    if (!profile || !m_test)
        return;
    m_report->setPlainText(tr("Testing \"%1\"…").arg(profile->name));
    ++m_testsRunning;
    updateButtons();
    // The test is asynchronous and may outlive this dialog.
    QPointer<ProfileManagerDialog> self(this);
    const QString name = profile->name;
    m_test(*profile, [self, name](bool ok, const QString &report) {
        if (!self)
            return;
        --self->m_testsRunning;
        self->m_report->setPlainText((ok ? tr("\"%1\": connection works.") : tr("\"%1\": connection failed.")).arg(name)
                                     + QLatin1Char('\n') + report);
        self->setProfileStatus(name, ok ? tr("connection OK") : tr("connection failed"));
        self->updateButtons();
    });
}

void ProfileManagerDialog::syncSelected()
{
    const auto profile = m_store->find(selectedName());
    if (!profile || !m_sync)
        return;
    setProfileStatus(profile->name, tr("sync requested…"));
    m_sync(*profile);
}

} // namespace QuotaScope
