#pragma once

#include "settings/profilestore.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QWidget;
QT_END_NAMESPACE

namespace QuotaScope {

/**
 * The list of gateways: add, edit, remove (with Undo), test a connection and sync now. Testing and syncing
 * belong to the gateway layer, so they come in as callbacks; without them their buttons stay disabled.
 */
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT

public:
    /// Called when the test finishes: ok, and a report to show (several lines, no secrets).
    using TestDone = std::function<void(bool ok, const QString &report)>;
    /// Starts a connection test for the profile; must call done exactly once, from the GUI thread.
    using TestConnection = std::function<void(const GatewayProfile &profile, TestDone done)>;
    /// Starts a sync of the profile now; progress comes back through setProfileStatus().
    using SyncNow = std::function<void(const GatewayProfile &profile)>;

    explicit ProfileManagerDialog(ProfileStore *store, QWidget *parent = nullptr);

    void setTestConnection(TestConnection test);
    void setSyncNow(SyncNow sync);

    /// Saves a profile as the edit form does: update (originalName set) or add, then the token if one was typed.
    Result<void> saveProfile(const QString &originalName, const GatewayProfile &profile, const QString &token);
    QString selectedName() const;
    void selectProfile(const QString &name);
    /// A standing note above the list, e.g. that tokens are kept for this run only; empty hides it.
    void setNotice(const QString &text);
    QString notice() const;
    QString profileStatus(const QString &name) const { return m_status.value(name); }

public slots:
    /// A one-line status for a profile ("synced 2 min ago", "sync failed: …"); shown until replaced.
    void setProfileStatus(const QString &name, const QString &status);
    void addProfile();
    void editSelected();
    void removeSelected();
    void undoRemove();
    void testSelected();
    void syncSelected();

private:
    void rebuild();
    void updateButtons();
    void showMessage(const QString &text, bool error);

    ProfileStore *m_store;
    TestConnection m_test;
    SyncNow m_sync;
    QHash<QString, QString> m_status;
    std::optional<RemovedProfile> m_lastRemoved;
    int m_testsRunning = 0;

    QLabel *m_notice;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_testButton;
    QPushButton *m_syncButton;
    QWidget *m_undoBar;
    QLabel *m_undoLabel;
    QLabel *m_message;
    QPlainTextEdit *m_report;
};

} // namespace QuotaScope
