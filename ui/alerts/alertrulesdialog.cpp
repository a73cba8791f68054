#include "alerts/alertrulesdialog.h"

#include "alerts/alertevaluator.h"
#include "store/cachedb.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace QuotaScope {

namespace {

const AlertCondition Conditions[]
    = { AlertCondition::Spend, AlertCondition::Requests, AlertCondition::Spike, AlertCondition::ErrorRate,
          AlertCondition::Balance, AlertCondition::NewModel, AlertCondition::NewChannel, AlertCondition::NotSynced };
const AlertScope Scopes[] = { AlertScope::All, AlertScope::Source, AlertScope::User, AlertScope::Token,
    AlertScope::Model, AlertScope::Channel, AlertScope::Group };

QString conditionLabel(AlertCondition c)
{
    switch (c) {
    case AlertCondition::Spend:
        return AlertRulesDialog::tr("Spend above");
    case AlertCondition::Requests:
        return AlertRulesDialog::tr("Requests above");
    case AlertCondition::Spike:
        return AlertRulesDialog::tr("Spike against the last 7 days");
    case AlertCondition::ErrorRate:
        return AlertRulesDialog::tr("Error rate above");
    case AlertCondition::Balance:
        return AlertRulesDialog::tr("Balance below");
    case AlertCondition::NewModel:
        return AlertRulesDialog::tr("Model used for the first time");
    case AlertCondition::NewChannel:
        return AlertRulesDialog::tr("Channel used for the first time");
    case AlertCondition::NotSynced:
        return AlertRulesDialog::tr("Not synced for");
    }
    return QString();
}

QString scopeLabel(AlertScope s)
{
    switch (s) {
    case AlertScope::All:
        return AlertRulesDialog::tr("Everything");
    case AlertScope::Source:
        return AlertRulesDialog::tr("Each source");
    case AlertScope::User:
        return AlertRulesDialog::tr("Each user");
    case AlertScope::Token:
        return AlertRulesDialog::tr("Each token");
    case AlertScope::Model:
        return AlertRulesDialog::tr("Each model");
    case AlertScope::Channel:
        return AlertRulesDialog::tr("Each channel");
    case AlertScope::Group:
        return AlertRulesDialog::tr("Each group");
    }
    return QString();
}

QString unitLabel(AlertCondition c)
{
    switch (c) {
    case AlertCondition::Spend:
    case AlertCondition::Balance:
        return AlertRulesDialog::tr("in the gateway's currency");
    case AlertCondition::Requests:
        return AlertRulesDialog::tr("requests");
    case AlertCondition::Spike:
        return AlertRulesDialog::tr("robust z-score");
    case AlertCondition::ErrorRate:
        return AlertRulesDialog::tr("percent");
    case AlertCondition::NotSynced:
        return AlertRulesDialog::tr("minutes");
    case AlertCondition::NewModel:
    case AlertCondition::NewChannel:
        return AlertRulesDialog::tr("not used");
    }
    return QString();
}

} // namespace

AlertRulesDialog::AlertRulesDialog(const AlertRuleSet &rules, const QString &dbPath, QWidget *parent)
    : QDialog(parent)
    , m_rules(rules)
    , m_dbPath(dbPath)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Alert rules"));
    m_table->setAccessibleName(windowTitle());
    m_table->setTabKeyNavigation(false); // Tab moves on to the rule's fields; arrows move between rules
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("On"), tr("Name"), tr("Rule") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *import = new QPushButton(tr("Import…"), this);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *b : { add, remove, import, exportButton })
        listButtons->addWidget(b);
    listButtons->addStretch();

    auto *editor = new QGroupBox(tr("Selected rule"), this);
    auto *form = new QFormLayout(editor);
    buildEditor(form);

    auto *notify = new QGroupBox(tr("Notifications"), this);
    auto *notifyForm = new QFormLayout(notify);
    m_quiet = new QCheckBox(tr("Quiet hours"), notify);
    m_quietFrom = new QTimeEdit(notify);
    m_quietTo = new QTimeEdit(notify);
    for (QTimeEdit *t : { m_quietFrom, m_quietTo })
        t->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(new QLabel(QStringLiteral("–"), notify));
    quietRow->addWidget(m_quietTo);
    quietRow->addStretch();
    notifyForm->addRow(quietRow);
    m_renotify = new QSpinBox(notify);
    m_renotify->setRange(0, 525600);
    m_renotify->setSuffix(tr(" min"));
    m_renotify->setSpecialValueText(tr("never"));
    notifyForm->addRow(tr("Remind of an open alert every"), m_renotify);
    m_quiet->setChecked(m_rules.quietHours.enabled);
    m_quietFrom->setTime(QTime(m_rules.quietHours.fromMinute / 60, m_rules.quietHours.fromMinute % 60));
    m_quietTo->setTime(QTime(m_rules.quietHours.toMinute / 60, m_rules.quietHours.toMinute % 60));
    m_renotify->setValue(m_rules.renotifyMinutes);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *right = new QVBoxLayout;
    right->addWidget(editor);
    right->addWidget(notify);
    right->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &AlertRulesDialog::addRule);
    connect(remove, &QPushButton::clicked, this, &AlertRulesDialog::removeRule);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Import alert rules"), QString(), tr("Rule files (*.json)"));
        if (path.isEmpty())
            return;
        if (auto done = importFrom(path); !done)
            QMessageBox::warning(this, tr("Import alert rules"), done.error().message);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export alert rules"), QStringLiteral("alert-rules.json"), tr("Rule files (*.json)"));
        if (path.isEmpty())
            return;
        if (auto done = exportTo(path); !done)
            QMessageBox::warning(this, tr("Export alert rules"), done.error().message);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        storeEditor();
        m_current = row;
        loadEditor();
    });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column != 0 || row < 0 || row >= m_rules.rules.size())
            return;
        m_rules.rules[row].enabled = !m_rules.rules[row].enabled;
        fillTable();
    });
    fillTable();
    selectRule(m_rules.rules.isEmpty() ? -1 : 0);
    resize(980, 520);
}

void AlertRulesDialog::buildEditor(QFormLayout *form)
{
    QWidget *parent = form->parentWidget();
    m_name = new QLineEdit(parent);
    m_condition = new QComboBox(parent);
    for (AlertCondition c : Conditions)
        m_condition->addItem(conditionLabel(c), int(c));
    m_scope = new QComboBox(parent);
    for (AlertScope s : Scopes)
        m_scope->addItem(scopeLabel(s), int(s));
    m_match = new QLineEdit(parent);
    m_match->setPlaceholderText(tr("every one separately"));
    m_source = new QLineEdit(parent);
    m_source->setPlaceholderText(tr("every source"));
    m_windowHours = new QSpinBox(parent);
    m_windowHours->setRange(1, 168);
    m_windowHours->setSuffix(tr(" h"));
    m_metric = new QComboBox(parent);
    m_metric->addItem(tr("Spend"), int(AlertMetric::Quota));
    m_metric->addItem(tr("Requests"), int(AlertMetric::Requests));
    m_threshold = new QDoubleSpinBox(parent);
    m_threshold->setRange(0, 1e12);
    m_threshold->setDecimals(2);
    m_thresholdUnit = new QLabel(parent);
    auto *thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(m_threshold, 1);
    thresholdRow->addWidget(m_thresholdUnit);
    m_minRequests = new QSpinBox(parent);
    m_minRequests->setRange(0, 100000000);
    m_severity = new QComboBox(parent);
    m_severity->addItem(tr("Warning"), int(AlertSeverity::Warning));
    m_severity->addItem(tr("Alert"), int(AlertSeverity::Alert));
    m_test = new QPushButton(tr("Test against history"), parent);
    m_testResult = new QLabel(parent);
    m_testResult->setWordWrap(true);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Condition"), m_condition);
    form->addRow(tr("Scope"), m_scope);
    form->addRow(tr("Only"), m_match);
    form->addRow(tr("Source"), m_source);
    form->addRow(tr("Window"), m_windowHours);
    form->addRow(tr("Compare"), m_metric);
    form->addRow(tr("Threshold"), thresholdRow);
    form->addRow(tr("Minimum requests"), m_minRequests);
    form->addRow(tr("Severity"), m_severity);
    form->addRow(m_test);
    form->addRow(m_testResult);
    const auto changed = [this] {
        if (m_loading)
            return;
        storeEditor();
        fillTable();
    };
    for (QLineEdit *e : { m_name, m_match, m_source })
        connect(e, &QLineEdit::editingFinished, this, changed);
    for (QComboBox *c : { m_condition, m_scope, m_metric, m_severity })
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    for (QSpinBox *s : { m_windowHours, m_minRequests })
        connect(s, &QSpinBox::valueChanged, this, changed);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_test, &QPushButton::clicked, this, [this] { testSelected(); });
}

void AlertRulesDialog::fillTable()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_table->setRowCount(int(m_rules.rules.size()));
    for (int i = 0; i < m_rules.rules.size(); ++i) {
        const AlertRule &r = m_rules.rules[i];
        auto *on = new QTableWidgetItem;
        on->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
        on->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        m_table->setItem(i, 0, on);
        m_table->setItem(i, 1, new QTableWidgetItem(r.name));
        const QString problem = r.validate();
        auto *text = new QTableWidgetItem(problem.isEmpty() ? r.describe() : problem);
        text->setToolTip(text->text());
        if (!problem.isEmpty())
            text->setForeground(Theme::toneColor(Theme::Tone::Error, m_table->palette()));
        m_table->setItem(i, 2, text);
    }
    m_loading = wasLoading;
}

void AlertRulesDialog::selectRule(int row)
{
    if (row < 0 || row >= m_rules.rules.size()) {
        m_current = -1;
        loadEditor();
        return;
    }
    m_table->setCurrentCell(row, 1);
    m_current = row;
    loadEditor();
}

void AlertRulesDialog::loadEditor()
{
    const bool valid = m_current >= 0 && m_current < m_rules.rules.size();
    for (QWidget *w : std::initializer_list<QWidget *> { m_name, m_condition, m_scope, m_match, m_source, m_windowHours,
             m_metric, m_threshold, m_minRequests, m_severity, m_test })
        w->setEnabled(valid);
    m_testResult->clear();
    if (!valid)
        return;
    m_loading = true;
    const AlertRule &r = m_rules.rules[m_current];
    m_name->setText(r.name);
    m_condition->setCurrentIndex(m_condition->findData(int(r.condition)));
    m_scope->setCurrentIndex(m_scope->findData(int(r.scope)));
    m_match->setText(r.match);
    m_source->setText(r.source);
    m_windowHours->setValue(qMax(1, r.windowMinutes / 60));
    m_metric->setCurrentIndex(m_metric->findData(int(r.metric)));
    m_threshold->setValue(r.threshold);
    m_minRequests->setValue(int(qMin<qint64>(r.minRequests, 100000000)));
    m_severity->setCurrentIndex(m_severity->findData(int(r.severity)));
    m_thresholdUnit->setText(unitLabel(r.condition));
    const bool windowed = r.condition != AlertCondition::Balance && r.condition != AlertCondition::NotSynced;
    m_windowHours->setEnabled(windowed);
    m_metric->setEnabled(r.condition == AlertCondition::Spike);
    m_minRequests->setEnabled(r.condition == AlertCondition::Spike || r.condition == AlertCondition::ErrorRate);
    m_threshold->setEnabled(r.condition != AlertCondition::NewModel && r.condition != AlertCondition::NewChannel);
    m_loading = false;
}

void AlertRulesDialog::storeEditor()
{
    if (m_loading || m_current < 0 || m_current >= m_rules.rules.size())
        return;
    AlertRule &r = m_rules.rules[m_current];
    r.name = m_name->text().trimmed().isEmpty() ? r.id : m_name->text().trimmed();
    const auto condition = AlertCondition(m_condition->currentData().toInt());
    r.condition = condition;
    r.scope = AlertScope(m_scope->currentData().toInt());
    r.match = m_match->text().trimmed();
    r.source = m_source->text().trimmed();
    r.windowMinutes = m_windowHours->value() * 60;
    r.metric = AlertMetric(m_metric->currentData().toInt());
    r.threshold = m_threshold->value();
    r.minRequests = m_minRequests->value();
    r.severity = AlertSeverity(m_severity->currentData().toInt());
    m_loading = true;
    m_thresholdUnit->setText(unitLabel(condition));
    m_loading = false;
}

AlertRuleSet AlertRulesDialog::rules() const
{
    AlertRuleSet out = m_rules;
    out.quietHours.enabled = m_quiet->isChecked();
    out.quietHours.fromMinute = m_quietFrom->time().hour() * 60 + m_quietFrom->time().minute();
    out.quietHours.toMinute = m_quietTo->time().hour() * 60 + m_quietTo->time().minute();
    out.renotifyMinutes = m_renotify->value();
    return out;
}

void AlertRulesDialog::addRule()
{
    storeEditor();
    AlertRule r;
    r.id = m_rules.newRuleId();
    r.name = tr("New rule");
    r.condition = AlertCondition::Spend;
    r.scope = AlertScope::Token;
    r.threshold = 10;
    m_rules.rules << r;
    fillTable();
    selectRule(int(m_rules.rules.size()) - 1);
}

void AlertRulesDialog::removeRule()
{
    if (m_current < 0 || m_current >= m_rules.rules.size())
        return;
    m_rules.rules.removeAt(m_current);
    m_current = -1;
    fillTable();
    selectRule(qMin(int(m_rules.rules.size()) - 1, m_table->currentRow()));
}

QString AlertRulesDialog::testSelected(int days)
{
    storeEditor();
    if (m_current < 0 || m_current >= m_rules.rules.size())
        return QString();
    const AlertRule &rule = m_rules.rules[m_current];
    QString text;
    if (const QString problem = rule.validate(); !problem.isEmpty()) {
        text = problem;
    } else if (auto cache = CacheDb::open(m_dbPath, QStringLiteral("alert-rules-test")); !cache) {
        text = cache.error().message;
    } else {
        const qint64 now = m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
        auto bt = AlertEvaluator(cache->db()).backtest(rule, now - qint64(days) * 86400, now);
        if (!bt)
            text = bt.error().message;
        else if (!bt->note.isEmpty())
            text = bt->note;
        else {
            text = tr("Would have fired %n time(s) in the last %1 days", nullptr, bt->firings).arg(days);
            if (!bt->keys.isEmpty())
                text += QStringLiteral(": ") + QStringList(bt->keys.mid(0, 5)).join(QStringLiteral(", "));
        }
    }
    m_testResult->setText(text);
    return text;
}

Result<void> AlertRulesDialog::importFrom(const QString &path)
{
    auto loaded = AlertRuleSet::load(path);
    if (!loaded)
        return loaded.error();
    m_rules = loaded.value();
    m_quiet->setChecked(m_rules.quietHours.enabled);
    m_quietFrom->setTime(QTime(m_rules.quietHours.fromMinute / 60, m_rules.quietHours.fromMinute % 60));
    m_quietTo->setTime(QTime(m_rules.quietHours.toMinute / 60, m_rules.quietHours.toMinute % 60));
    m_renotify->setValue(m_rules.renotifyMinutes);
    m_current = -1;
    fillTable();
    selectRule(m_rules.rules.isEmpty() ? -1 : 0);
    return {};
}

Result<void> AlertRulesDialog::exportTo(const QString &path) const
{
    return rules().save(path);
}

} // namespace QuotaScope
