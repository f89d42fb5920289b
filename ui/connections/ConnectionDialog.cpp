// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ConnectionDialog.h"

#include "cloud/ConnectionRules.h"

#include "cloud/AccountCalls.h"
#include "cloud/ConnectionTester.h"
#include "cloud/ImsClient.h"
#include "cloud/Regions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QSslCertificate>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace ims {

namespace {
const QColor errorColour(0xc6, 0x28, 0x28);
const QColor okColour(0x2e, 0x7d, 0x32);

// A label without its accelerator: "Pass&word" → "Password", and zh_CN's appended "密码(&W)" → "密码".
QString plain(const QString &label)
{
    static const QRegularExpression appendedAccelerator(QStringLiteral("\\(&[^&]\\)"));
    QString s = label;
    s.remove(appendedAccelerator);
    return s.remove(QLatin1Char('&'));
}

} // namespace

ConnectionDialog::ConnectionDialog(SecretStore *secrets, QWidget *parent, const QString &storePath)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_store(storePath)
    , m_tester(new ConnectionTester(this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connections — IMS Wizard"));
    buildUi();

    connect(m_tester, &ConnectionTester::stepDone, this, &ConnectionDialog::showTestStep);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::testFinished);

    QString error;
    if (!m_store.load(&error))
        showStatus(error, true);
    const QString last = m_store.lastUsed();
    reloadList(m_store.contains(last) ? last : ConnectionStore::sandboxName());
}

ConnectionDialog::~ConnectionDialog()
{
    cancelAccountLists();
}

void ConnectionDialog::cancelAccountLists()
{
    for (ListAll *listing : {m_regionsListing.data(), m_projectsListing.data()})
        if (listing) {
            listing->disconnect(this);
            listing->abort();
            listing->deleteLater();
        }
    if (m_listsClient)
        m_listsClient->deleteLater();
}

void ConnectionDialog::loadAccountLists()
{
    if (m_pages->currentIndex() != 1)
        return;
    if (!problems().isEmpty()) {
        m_listsStatus->setText(tr("Fill in the account and its secret first; then the lists can be asked for."));
        return;
    }
    cancelAccountLists();
    m_listsClient = new ImsClient(formSettings(), formCredentials(), this);
    m_regionsListing = new ListAll(new RegionsCall(m_listsClient), m_listsClient);
    m_projectsListing = new ListAll(new ProjectsCall(m_listsClient), m_listsClient);
    for (ListAll *listing : {m_regionsListing.data(), m_projectsListing.data()}) {
        connect(listing, &ListAll::finished, this, &ConnectionDialog::onListsLoaded);
        listing->start();
    }
    m_loadLists->setEnabled(false);
    m_listsStatus->setText(tr("Loading regions and projects…"));
}

void ConnectionDialog::onListsLoaded()
{
    // Once both have answered, each with its items or its error.
    auto done = [](const ListAll *l) { return l && (l->succeeded() || l->error().has_value()); };
    if (!done(m_regionsListing) || !done(m_projectsListing))
        return;
    m_loadLists->setEnabled(true);
    QStringList problemsSeen;
    if (m_regionsListing->succeeded()) {
        m_loadedRegions.clear();
        const QString typed = m_region->currentText();
        for (const auto &v : m_regionsListing->items()) {
            const QJsonObject r = v.toObject();
            const QString id = r.value(QStringLiteral("id")).toString();
            m_loadedRegions << id;
            int index = m_region->findText(id);
            if (index < 0) {
                m_region->addItem(id);
                index = m_region->count() - 1;
            }
            // KeystoneListRegions: the region's name per locale.
            const QString name = r.value(QStringLiteral("locales")).toObject().value(QStringLiteral("en-us")).toString();
            if (!name.isEmpty())
                m_region->setItemData(index, tr("%1 (%2)").arg(id, name), Qt::ToolTipRole);
        }
        m_region->setCurrentText(typed);
    } else {
        problemsSeen << m_regionsListing->error()->userMessage();
    }
    int projects = 0;
    if (m_projectsListing->succeeded()) {
        m_projectModel->clear();
        for (const auto &v : m_projectsListing->items()) {
            const QJsonObject p = v.toObject();
            const QString name = p.value(QStringLiteral("name")).toString(), id = p.value(QStringLiteral("id")).toString();
            auto *item = new QStandardItem(tr("%1 — %2").arg(name, id));
            item->setData(name, Qt::UserRole);
            item->setData(id, Qt::UserRole + 1);
            m_projectModel->appendRow(item);
            ++projects;
        }
    } else {
        problemsSeen << m_projectsListing->error()->userMessage();
    }
    m_listsStatus->setText(problemsSeen.isEmpty()
                               ? tr("%1 regions and %2 projects loaded: pick them from the region list and as you type the project.")
                                     .arg(m_loadedRegions.size())
                                     .arg(projects)
                               : problemsSeen.join(QLatin1Char(' ')));
    m_regionsListing->deleteLater();
    m_projectsListing->deleteLater();
    if (m_listsClient)
        m_listsClient->deleteLater();
}

QStringList ConnectionDialog::loadedRegions() const
{
    return m_loadedRegions;
}

QStringList ConnectionDialog::loadedProjects() const
{
    QStringList out;
    for (int i = 0; i < m_projectModel->rowCount(); ++i)
        out << m_projectModel->item(i)->data(Qt::UserRole).toString();
    return out;
}

ConnectionDialog::Row &ConnectionDialog::addRow(QGridLayout *grid, const QString &key, const QString &label, QWidget *editor)
{
    Row row;
    const int r = grid->rowCount();
    row.label = new QLabel(label, this);
    row.label->setObjectName(QStringLiteral("label_") + key);
    row.editor = editor;
    // The buddy gets the focus: the line edit inside a composite editor.
    QWidget *focus = editor->focusProxy() ? editor->focusProxy() : editor;
    row.label->setBuddy(focus);
    if (focus->accessibleName().isEmpty())
        focus->setAccessibleName(plain(label));
    row.verdict = new QLabel(this);
    row.verdict->setObjectName(QStringLiteral("verdict_") + key);
    row.verdict->setAccessibleName(tr("%1: problem").arg(plain(label)));
    row.verdict->setWordWrap(true);
    row.verdict->setTextFormat(Qt::PlainText);
    QPalette pal = row.verdict->palette();
    pal.setColor(QPalette::WindowText, errorColour);
    row.verdict->setPalette(pal);
    row.verdict->hide();
    grid->addWidget(row.label, r, 0);
    grid->addWidget(editor, r, 1);
    grid->addWidget(row.verdict, r + 1, 1);
    return m_rows[key] = row;
}

void ConnectionDialog::buildUi()
{
    auto lineEdit = [this](const QString &name, const QString &placeholder = {}) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        e->setClearButtonEnabled(true);
        return e;
    };
    auto secretEdit = [&](const QString &name, const QString &placeholder) {
        QLineEdit *e = lineEdit(name, placeholder);
        e->setEchoMode(QLineEdit::Password);
        e->setClearButtonEnabled(false);
        return e;
    };

    // Left: the list.
    auto *listLabel = new QLabel(tr("Connection&s"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setAccessibleName(tr("Connections"));
    listLabel->setBuddy(m_list);
    m_newButton = new QPushButton(tr("&New"), this);
    m_newButton->setObjectName(QStringLiteral("newConnectionButton"));
    m_duplicateButton = new QPushButton(tr("D&uplicate"), this);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateConnectionButton"));
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteConnectionButton"));
    for (QPushButton *b : {m_newButton, m_duplicateButton, m_deleteButton}) {
        b->setAutoDefault(false);
        b->setAccessibleName(plain(b->text()));
    }
    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_duplicateButton);
    listButtons->addWidget(m_deleteButton);
    left->addLayout(listButtons);

    // Right: the sandbox's page or the form.
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("connectionPages"));
    m_sandboxInfo = new QLabel(tr("<p><b>The built-in sandbox</b> is a look-alike of IAM and IMS that runs on this computer "
                                  "(127.0.0.1) with a demo account. It needs no cloud account and no secret, and it cannot "
                                  "be edited or deleted.</p><p>Connect starts it; its jobs join the job list until the program ends.</p>"),
                               this);
    m_sandboxInfo->setObjectName(QStringLiteral("sandboxInfo"));
    m_sandboxInfo->setWordWrap(true);
    m_sandboxInfo->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(m_sandboxInfo);

    auto *form = new QWidget(this);
    form->setObjectName(QStringLiteral("connectionForm"));
    // One column (service, account, network) that scrolls: side by side it was wider than an
    // 800×600 screen.
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *leftColumn = new QVBoxLayout;
    auto *rightColumn = new QVBoxLayout;
    formLayout->addLayout(leftColumn);
    formLayout->addLayout(rightColumn);

    auto *service = new QGroupBox(tr("Service"), this);
    auto *serviceGrid = new QGridLayout(service);
    m_name = lineEdit(QStringLiteral("nameEdit"), tr("e.g. Production Singapore"));
    addRow(serviceGrid, QStringLiteral("name"), tr("Na&me"), m_name);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->addItem(QString());
    for (const auto &r : Regions::all())
        m_region->addItem(r.id);
    m_region->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_region->lineEdit()->setPlaceholderText(tr("Pick a region, or type a private cloud's region id"));
    m_region->lineEdit()->setObjectName(QStringLiteral("regionEdit"));
    m_region->lineEdit()->setAccessibleName(tr("Region"));
    m_region->setAccessibleName(tr("Region"));
    addRow(serviceGrid, QStringLiteral("region"), tr("&Region"), m_region);
    m_regionInfo = new QLabel(this);
    m_regionInfo->setObjectName(QStringLiteral("regionInfo"));
    m_regionInfo->setWordWrap(true);
    m_regionInfo->setForegroundRole(QPalette::PlaceholderText);
    serviceGrid->addWidget(m_regionInfo, serviceGrid->rowCount(), 1);
    m_imsEndpoint = lineEdit(QStringLiteral("imsEndpointEdit"));
    addRow(serviceGrid, QStringLiteral("imsEndpoint"), tr("&IMS endpoint"), m_imsEndpoint);
    m_iamEndpoint = lineEdit(QStringLiteral("iamEndpointEdit"));
    addRow(serviceGrid, QStringLiteral("iamEndpoint"), tr("I&AM endpoint"), m_iamEndpoint);
    m_newerPaths = new QCheckBox(tr("Use the newer /v2.1 create pat&hs"), this);
    m_newerPaths->setObjectName(QStringLiteral("newerPathsCheck"));
    m_newerPaths->setAccessibleName(tr("Use the newer /v2.1 create paths"));
    m_newerPaths->setToolTip(tr("The \"(New)\" create endpoints of the IMS API reference; leave off unless your region asks for them."));
    serviceGrid->addWidget(m_newerPaths, serviceGrid->rowCount(), 1);
    serviceGrid->setColumnStretch(1, 1);
    leftColumn->addWidget(service);

    auto *account = new QGroupBox(tr("Account"), this);
    auto *accountGrid = new QGridLayout(account);
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->addItem(tr("IAM user and password (token)"), int(AuthMode::Token));
    m_auth->addItem(tr("Access key and secret key (AK/SK)"), int(AuthMode::AkSk));
    addRow(accountGrid, QStringLiteral("auth"), tr("Si&gn in with"), m_auth);
    m_domain = lineEdit(QStringLiteral("domainEdit"), tr("the account name your IAM user belongs to"));
    addRow(accountGrid, QStringLiteral("domain"), tr("Acc&ount (domain)"), m_domain);
    m_user = lineEdit(QStringLiteral("userEdit"));
    addRow(accountGrid, QStringLiteral("user"), tr("IAM us&er"), m_user);
    m_password = secretEdit(QStringLiteral("passwordEdit"), {});
    addRow(accountGrid, QStringLiteral("password"), tr("Pass&word"), m_password);
    m_accessKey = lineEdit(QStringLiteral("accessKeyEdit"));
    addRow(accountGrid, QStringLiteral("accessKey"), tr("Access &key (AK)"), m_accessKey);
    m_secretKey = secretEdit(QStringLiteral("secretKeyEdit"), {});
    addRow(accountGrid, QStringLiteral("secretKey"), tr("Secret ke&y (SK)"), m_secretKey);
    m_securityToken = secretEdit(QStringLiteral("securityTokenEdit"), tr("only for temporary AK/SK"));
    addRow(accountGrid, QStringLiteral("securityToken"), tr("Security &token"), m_securityToken);
    m_projectName = lineEdit(QStringLiteral("projectNameEdit"), tr("usually the region id"));
    addRow(accountGrid, QStringLiteral("projectName"), tr("&Project name"), m_projectName);
    m_projectId = lineEdit(QStringLiteral("projectIdEdit"), tr("32 hexadecimal characters"));
    addRow(accountGrid, QStringLiteral("projectId"), tr("Pro&ject ID"), m_projectId);
    // The region and project from the account's lists once the credentials are in.
    m_loadLists = new QPushButton(tr("Load regions and projects"), this);
    m_loadLists->setObjectName(QStringLiteral("loadListsButton"));
    m_loadLists->setAccessibleName(tr("Load regions and projects from the account"));
    m_loadLists->setToolTip(tr("Asks IAM for its regions and the projects this user may use, to pick from."));
    m_loadLists->setAutoDefault(false);
    m_listsStatus = new QLabel(this);
    m_listsStatus->setObjectName(QStringLiteral("listsStatus"));
    m_listsStatus->setAccessibleName(tr("Region and project lists"));
    m_listsStatus->setWordWrap(true);
    m_listsStatus->setTextFormat(Qt::PlainText);
    m_listsStatus->setForegroundRole(QPalette::PlaceholderText);
    accountGrid->addWidget(m_loadLists, accountGrid->rowCount(), 1, Qt::AlignLeft);
    accountGrid->addWidget(m_listsStatus, accountGrid->rowCount(), 1);
    // Projects offered as completions: the name field shows names, the id field "id — name" and
    // takes the id.
    m_projectModel = new QStandardItemModel(this);
    auto *names = new QCompleter(m_projectModel, this);
    names->setCompletionRole(Qt::UserRole);
    names->setCaseSensitivity(Qt::CaseInsensitive);
    names->setFilterMode(Qt::MatchContains);
    m_projectName->setCompleter(names);
    auto *ids = new QCompleter(m_projectModel, this);
    ids->setCompletionRole(Qt::UserRole + 1);
    ids->setCaseSensitivity(Qt::CaseInsensitive);
    ids->setFilterMode(Qt::MatchContains);
    m_projectId->setCompleter(ids);
    auto fromProject = [this](const QModelIndex &index) {
        // A project picked fills its other half, and the region its name starts with ("cn-north-4_dev").
        const QString name = index.data(Qt::UserRole).toString(), id = index.data(Qt::UserRole + 1).toString();
        if (m_projectName->isVisible() && m_projectName->text().trimmed() != name)
            m_projectName->setText(name);
        m_projectId->setText(id);
        if (m_region->currentText().trimmed().isEmpty())
            m_region->setCurrentText(name.section(QLatin1Char('_'), 0, 0));
    };
    connect(names, qOverload<const QModelIndex &>(&QCompleter::activated), this, fromProject);
    connect(ids, qOverload<const QModelIndex &>(&QCompleter::activated), this, fromProject);
    m_remember = new QCheckBox(tr("Remem&ber secrets in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setAccessibleName(tr("Remember secrets in the keychain"));
    m_remember->setToolTip(tr("Off: the secrets are kept in memory for this session only. They are never written to a file."));
    m_remember->setChecked(true);
    accountGrid->addWidget(m_remember, accountGrid->rowCount(), 1);
    m_keychainNotice = new QLabel(this);
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    m_keychainNotice->setAccessibleName(tr("Keychain"));
    m_keychainNotice->setWordWrap(true);
    m_keychainNotice->setTextFormat(Qt::PlainText);
    m_keychainNotice->hide();
    accountGrid->addWidget(m_keychainNotice, accountGrid->rowCount(), 0, 1, 2);
    m_sessionOnly = new QPushButton(tr("Keep for this session only"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyButton"));
    m_sessionOnly->setAccessibleName(tr("Keep the secrets for this session only"));
    m_sessionOnly->setAutoDefault(false);
    m_sessionOnly->hide();
    accountGrid->addWidget(m_sessionOnly, accountGrid->rowCount(), 1, Qt::AlignLeft);
    accountGrid->setColumnStretch(1, 1);
    rightColumn->addWidget(account);

    auto *network = new QGroupBox(tr("Network"), this);
    auto *networkGrid = new QGridLayout(network);
    m_proxy = new QComboBox(this);
    m_proxy->setObjectName(QStringLiteral("proxyCombo"));
    m_proxy->addItem(tr("The system's proxy settings"), int(ConnectionSettings::Proxy::System));
    m_proxy->addItem(tr("No proxy"), int(ConnectionSettings::Proxy::None));
    m_proxy->addItem(tr("This proxy:"), int(ConnectionSettings::Proxy::Custom));
    addRow(networkGrid, QStringLiteral("proxy"), tr("Pro&xy"), m_proxy);
    m_proxyUrl = lineEdit(QStringLiteral("proxyUrlEdit"), tr("http://proxy.example.com:3128 or socks5://…"));
    addRow(networkGrid, QStringLiteral("proxyUrl"), tr("Proxy UR&L"), m_proxyUrl);
    auto *caBox = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caBox);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFile = lineEdit(QStringLiteral("caFileEdit"), tr("PEM file trusted besides the system's CAs (optional)"));
    m_caFile->setAccessibleName(tr("Extra CA file"));
    m_caBrowse = new QPushButton(tr("Choose…"), caBox);
    m_caBrowse->setObjectName(QStringLiteral("caFileBrowseButton"));
    m_caBrowse->setAccessibleName(tr("Choose the extra CA file"));
    m_caBrowse->setAutoDefault(false);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_caBrowse);
    caBox->setFocusProxy(m_caFile);
    addRow(networkGrid, QStringLiteral("caFile"), tr("Extra CA &file"), caBox);
    networkGrid->setColumnStretch(1, 1);
    rightColumn->addWidget(network);
    formLayout->addStretch(1);
    auto *formScroll = new QScrollArea(this);
    formScroll->setObjectName(QStringLiteral("connectionFormScroll"));
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setFocusPolicy(Qt::NoFocus); // the fields inside take focus, not the frame
    formScroll->setWidget(form);
    m_pages->addWidget(formScroll);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setAccessibleName(tr("What is still missing"));
    m_summary->setWordWrap(true);

    // Test connection.
    m_testButton = new QPushButton(tr("T&est connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testButton->setAutoDefault(false);
    m_testBusy = new QProgressBar(this);
    m_testBusy->setObjectName(QStringLiteral("testBusy"));
    m_testBusy->setAccessibleName(tr("Testing"));
    m_testBusy->setRange(0, 0); // busy, no percentage
    m_testBusy->setMaximumWidth(160);
    m_testBusy->setTextVisible(false);
    m_testBusy->hide();
    m_cancelTest = new QPushButton(tr("Cancel test"), this);
    m_cancelTest->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancelTest->setAccessibleName(tr("Cancel test"));
    m_cancelTest->setAutoDefault(false);
    m_cancelTest->hide();
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testBusy);
    testRow->addWidget(m_cancelTest);
    testRow->addStretch(1);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("testResults"));
    m_results->setAccessibleName(tr("Test results"));
    m_results->setWordWrap(true);
    m_results->setFocusPolicy(Qt::TabFocus);
    m_results->setMinimumHeight(90);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    // Save apart on the left; Connect (the default) and Close where dialogs put them.
    m_saveButton = new QPushButton(tr("Sa&ve"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAutoDefault(false);
    auto *buttonBox = new QDialogButtonBox(this);
    m_connectButton = buttonBox->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    m_closeButton = buttonBox->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *b : {m_saveButton, m_connectButton, m_closeButton})
        b->setAccessibleName(plain(b->text()));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    buttons->addWidget(buttonBox);

    auto *right = new QVBoxLayout;
    right->addWidget(m_pages, 3); // the form (it scrolls) gets most of a small screen's height
    right->addWidget(m_summary);
    right->addLayout(testRow);
    right->addWidget(m_results, 1);
    right->addWidget(m_status);
    right->addLayout(buttons);
    auto *main = new QHBoxLayout(this);
    main->addLayout(left, 1);
    main->addLayout(right, 4);
    // As large as before where there is room, never larger than the screen.
    resize(QSize(1040, 700).boundedTo(screen()->availableGeometry().size() - QSize(16, 48)));

    // Every edit: remember it was touched, re-check everything.
    const QList<QPair<QLineEdit *, QString>> lines = {
        {m_name, QStringLiteral("name")},           {m_imsEndpoint, QStringLiteral("imsEndpoint")},
        {m_iamEndpoint, QStringLiteral("iamEndpoint")}, {m_domain, QStringLiteral("domain")},
        {m_user, QStringLiteral("user")},           {m_projectName, QStringLiteral("projectName")},
        {m_projectId, QStringLiteral("projectId")}, {m_accessKey, QStringLiteral("accessKey")},
        {m_proxyUrl, QStringLiteral("proxyUrl")},   {m_caFile, QStringLiteral("caFile")},
        {m_region->lineEdit(), QStringLiteral("region")}};
    for (const auto &[edit, key] : lines)
        connect(edit, &QLineEdit::textChanged, this, [this, key = key] { touch(key); });
    // The list shows the name as it is typed (it is stored under it when the connection is stored).
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (auto *item = m_list->currentItem(); item && !m_original.isEmpty() && !text.trimmed().isEmpty())
            item->setText(text);
    });
    for (const auto &[edit, key] : QList<QPair<QLineEdit *, QString>>{{m_password, QStringLiteral("password")},
                                                                      {m_secretKey, QStringLiteral("secretKey")},
                                                                      {m_securityToken, QStringLiteral("securityToken")}})
        connect(edit, &QLineEdit::textChanged, this, [this, key = key] {
            if (!m_loading)
                m_secretsDirty = true;
            touch(key);
        });
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] { touch(QStringLiteral("auth")); });
    connect(m_proxy, &QComboBox::currentIndexChanged, this, [this] { touch(QStringLiteral("proxy")); });
    connect(m_newerPaths, &QCheckBox::toggled, this, [this] { touch(QStringLiteral("newerPaths")); });
    connect(m_remember, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            m_secretsDirty = true;
        touch(QStringLiteral("remember"));
    });

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::onSelectionChanged);
    connect(m_newButton, &QPushButton::clicked, this, &ConnectionDialog::newConnection);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ConnectionDialog::duplicateConnection);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteConnection);
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Extra CA file"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    connect(m_sessionOnly, &QPushButton::clicked, this, &ConnectionDialog::keepForSession);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::startTest);
    connect(m_loadLists, &QPushButton::clicked, this, &ConnectionDialog::loadAccountLists);
    connect(m_cancelTest, &QPushButton::clicked, this, [this] {
        m_testingFingerprint.clear(); // a cancelled test says nothing: an earlier pass still counts
        m_tester->cancel();
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (storeForm())
            showStatus(tr("Saved \"%1\".").arg(m_original), false);
    });
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionDialog::connectNow);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

void ConnectionDialog::reloadList(const QString &select)
{
    QSignalBlocker blocker(m_list);
    m_list->clear();
    auto *sandbox = new QListWidgetItem(style()->standardIcon(QStyle::SP_ComputerIcon), tr("Sandbox (built in)"), m_list);
    sandbox->setData(Qt::UserRole, ConnectionStore::sandboxName());
    sandbox->setToolTip(tr("A look-alike of IMS on this computer; not editable."));
    int row = 0;
    for (const auto &c : m_store.connections()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DriveNetIcon), c.name, m_list);
        item->setData(Qt::UserRole, c.name);
        if (c.name == select)
            row = m_list->count() - 1;
    }
    m_list->setCurrentRow(row);
    blocker.unblock(); // before loading, so that the form follows the list
    onSelectionChanged();
}

QString ConnectionDialog::currentName() const
{
    const auto *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConnectionDialog::selectConnection(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentRow(i);
}

void ConnectionDialog::onSelectionChanged()
{
    const QString name = currentName();
    if (!m_original.isEmpty() && name != m_original && (m_dirty || m_secretsDirty)) {
        // Leaving a connection stores it; a name that cannot be stored keeps the user here.
        if (!storeForm()) {
            selectConnection(m_original);
            return;
        }
    }
    m_tester->cancel();
    m_results->clear();
    if (ConnectionStore::isSandbox(name) || name.isEmpty()) {
        m_original.clear();
        m_dirty = m_secretsDirty = false;
        m_pages->setCurrentWidget(m_sandboxInfo);
        revalidate();
        return;
    }
    if (name == m_original)
        return; // the list was rebuilt around the same connection
    if (const auto settings = m_store.find(name))
        loadForm(*settings, name == m_newName);
    m_newName.clear();
}

void ConnectionDialog::loadForm(const ConnectionSettings &s, bool isNew)
{
    ++m_secretReads; // answers for the connection shown before are dropped
    m_loading = true;
    m_original = s.name;
    m_name->setText(s.name);
    m_region->setCurrentText(s.region);
    m_imsEndpoint->setText(s.imsEndpoint.toString());
    m_iamEndpoint->setText(s.iamEndpoint.toString());
    m_newerPaths->setChecked(s.useNewerCreatePaths);
    m_domain->setText(s.domain);
    m_user->setText(s.user);
    m_projectName->setText(s.projectName);
    m_projectId->setText(s.projectId);
    m_auth->setCurrentIndex(m_auth->findData(int(s.auth)));
    m_accessKey->setText(s.accessKey);
    m_password->clear();
    m_secretKey->clear();
    m_securityToken->clear();
    m_password->setPlaceholderText(QString());
    m_secretKey->setPlaceholderText(QString());
    m_securityToken->setPlaceholderText(tr("only for temporary AK/SK"));
    m_remember->setChecked(true);
    m_proxy->setCurrentIndex(m_proxy->findData(int(s.proxy)));
    m_proxyUrl->setText(s.proxyUrl.toString());
    m_caFile->setText(s.caFile);
    m_loading = false;
    m_touched.clear();
    m_dirty = isNew;
    m_secretsDirty = false;
    m_keychainNotice->hide();
    m_sessionOnly->hide();
    m_pages->setCurrentIndex(1);
    if (!isNew)
        loadSecrets(s);
    revalidate();
}

void ConnectionDialog::loadSecrets(const ConnectionSettings &s)
{
    const quint64 generation = ++m_secretReads;
    const QList<QPair<SecretStore::Kind, QLineEdit *>> fields = {{SecretStore::Kind::Password, m_password},
                                                                {SecretStore::Kind::SecretKey, m_secretKey},
                                                                {SecretStore::Kind::SecurityToken, m_securityToken}};
    for (const auto &[kind, edit] : fields) {
        if (!m_secrets)
            break;
        const bool needed = SecretStore::kindsFor(s.auth).contains(kind);
        if (!needed)
            continue;
        edit->setPlaceholderText(tr("Reading from the keychain…"));
        m_secrets->read(s.name, kind, [this, generation, edit = edit, kind = kind](const SecretStore::Result &r) {
            if (generation != m_secretReads)
                return; // another connection is shown now
            edit->setPlaceholderText(kind == SecretStore::Kind::SecurityToken ? tr("only for temporary AK/SK") : QString());
            if (r.ok) {
                if (edit->text().isEmpty()) {
                    m_loading = true;
                    edit->setText(r.secret);
                    m_loading = false;
                }
            } else if (r.notFound) {
                if (kind != SecretStore::Kind::SecurityToken)
                    edit->setPlaceholderText(tr("Not stored yet: type it"));
            } else {
                showKeychainProblem(r);
            }
            revalidate();
        });
    }
}

void ConnectionDialog::touch(const QString &key)
{
    if (m_loading)
        return;
    m_touched.insert(key);
    m_dirty = true;
    revalidate();
}

ConnectionSettings ConnectionDialog::formSettings() const
{
    ConnectionSettings s;
    s.name = m_name->text();
    s.region = m_region->currentText().trimmed();
    s.imsEndpoint = QUrl(m_imsEndpoint->text().trimmed());
    s.iamEndpoint = QUrl(m_iamEndpoint->text().trimmed());
    s.useNewerCreatePaths = m_newerPaths->isChecked();
    s.domain = m_domain->text().trimmed();
    s.user = m_user->text().trimmed();
    s.projectName = m_projectName->text().trimmed();
    s.projectId = m_projectId->text().trimmed();
    s.auth = AuthMode(m_auth->currentData().toInt());
    s.accessKey = m_accessKey->text().trimmed();
    s.proxy = ConnectionSettings::Proxy(m_proxy->currentData().toInt());
    s.proxyUrl = s.proxy == ConnectionSettings::Proxy::Custom ? QUrl(m_proxyUrl->text().trimmed()) : QUrl();
    s.caFile = m_caFile->text().trimmed();
    return s;
}

Credentials ConnectionDialog::formCredentials() const
{
    Credentials c;
    if (AuthMode(m_auth->currentData().toInt()) == AuthMode::Token) {
        c.password = m_password->text();
    } else {
        c.accessKey = m_accessKey->text().trimmed();
        c.secretKey = m_secretKey->text();
        c.securityToken = m_securityToken->text();
    }
    return c;
}

QHash<QString, QString> ConnectionDialog::problems(QSet<QString> *missing) const
{
    QHash<QString, QString> p;
    // A value that is simply not there yet, as opposed to one that is wrong: the form stays quiet
    // about the former until the user has been in that field.
    auto require = [&](const QString &key, const QString &text) {
        p[key] = text;
        if (missing)
            missing->insert(key);
    };
    if (m_pages->currentIndex() != 1)
        return p;
    const ConnectionSettings s = formSettings();
    const QString name = m_name->text();
    if (name.trimmed().isEmpty())
        require(QStringLiteral("name"), tr("Required: a name to find this connection by."));
    else if (name != name.trimmed())
        p[QStringLiteral("name")] = tr("No spaces at the start or the end.");
    else if (ConnectionStore::isSandbox(name))
        p[QStringLiteral("name")] = tr("\"%1\" is the built-in sandbox's name.").arg(name);
    else if (name != m_original && m_store.contains(name))
        p[QStringLiteral("name")] = tr("Another connection has this name.");

    // The rules every connection meets, the CLI's too; only the name is the dialog's own business.
    const auto rules = ConnectionRules::problems(s, formCredentials(), missing);
    for (auto it = rules.cbegin(); it != rules.cend(); ++it)
        p.insert(it.key(), it.value());
    return p;
}

void ConnectionDialog::updateModeWidgets()
{
    const bool form = m_pages->currentIndex() == 1;
    const bool token = AuthMode(m_auth->currentData().toInt()) == AuthMode::Token;
    for (const QString &key : {QStringLiteral("domain"), QStringLiteral("user"), QStringLiteral("password")}) {
        m_rows[key].label->setVisible(token);
        m_rows[key].editor->setVisible(token);
    }
    // AK/SK signs each request for a project ID: IAM and the project name play no part.
    for (const QString &key : {QStringLiteral("iamEndpoint"), QStringLiteral("projectName")}) {
        m_rows[key].label->setVisible(token);
        m_rows[key].editor->setVisible(token);
    }
    for (const QString &key : {QStringLiteral("accessKey"), QStringLiteral("secretKey"), QStringLiteral("securityToken")}) {
        m_rows[key].label->setVisible(!token);
        m_rows[key].editor->setVisible(!token);
    }
    const bool custom = ConnectionSettings::Proxy(m_proxy->currentData().toInt()) == ConnectionSettings::Proxy::Custom;
    m_rows[QStringLiteral("proxyUrl")].label->setVisible(custom);
    m_rows[QStringLiteral("proxyUrl")].editor->setVisible(custom);

    const QString region = m_region->currentText().trimmed();
    const bool known = Regions::isKnown(region);
    QString regionName;
    for (const auto &r : Regions::all())
        if (r.id == region)
            regionName = r.displayName();
    m_regionInfo->setText(known ? tr("%1 — endpoints left empty mean %2 and %3.")
                                      .arg(regionName, Regions::defaultImsEndpoint(region).toString(),
                                           Regions::defaultIamEndpoint(region).toString())
                                : token ? tr("Not a public region: give the IMS and IAM endpoints.")
                                        : tr("Not a public region: give the IMS endpoint."));
    m_regionInfo->setVisible(form && !region.isEmpty());
    m_imsEndpoint->setPlaceholderText(known ? Regions::defaultImsEndpoint(region).toString() : tr("https://ims.example.com"));
    m_iamEndpoint->setPlaceholderText(known ? Regions::defaultIamEndpoint(region).toString() : tr("https://iam.example.com"));
    m_projectName->setPlaceholderText(region.isEmpty() ? tr("e.g. ap-southeast-1") : tr("empty: %1").arg(region));
}

void ConnectionDialog::revalidate()
{
    updateModeWidgets();
    const bool sandbox = m_pages->currentIndex() != 1;
    QSet<QString> empty;
    const auto p = problems(&empty);
    QStringList missing;
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const QString problem = p.value(it.key());
        // A required field nobody touched yet is not shouted at; the summary below still names it.
        const bool quietRequired = empty.contains(it.key()) && !m_touched.contains(it.key());
        it->verdict->setText(problem);
        it->verdict->setVisible(!problem.isEmpty() && !quietRequired && !it->editor->isHidden());
        QWidget *focus = it->editor->focusProxy() ? it->editor->focusProxy() : it->editor;
        focus->setAccessibleDescription(problem);
        focus->setToolTip(problem);
        if (!problem.isEmpty())
            missing << plain(it->label->text());
    }
    std::sort(missing.begin(), missing.end());
    m_summary->setText(missing.isEmpty() ? QString() : tr("To connect, fill in or correct: %1.").arg(missing.join(tr(", ", "separator of the fields listed after 'To connect, fill in or correct:'"))));
    m_summary->setVisible(!missing.isEmpty());

    const bool running = m_tester->isRunning();
    m_testButton->setEnabled(!sandbox && p.isEmpty() && !running);
    m_connectButton->setEnabled(p.isEmpty());
    m_saveButton->setEnabled(!sandbox && (m_dirty || m_secretsDirty) && !p.contains(QStringLiteral("name")));
    m_duplicateButton->setEnabled(!sandbox);
    m_deleteButton->setEnabled(!sandbox);
    m_testBusy->setVisible(running);
    m_cancelTest->setVisible(running);
}

bool ConnectionDialog::storeForm(const std::function<void(const SecretStore::Result &)> &secretsDone)
{
    if (m_original.isEmpty()) { // the sandbox: nothing to store
        if (secretsDone)
            secretsDone({true, {}, false, false, {}});
        return true;
    }
    const ConnectionSettings s = formSettings();
    const QString old = m_original;
    const bool settingsChanged = m_dirty || m_store.find(old) != s;
    if (settingsChanged) {
        QString error;
        if (!m_store.replace(old, s, &error) || !m_store.save(&error)) {
            showStatus(error, true);
            m_touched.insert(QStringLiteral("name"));
            revalidate();
            return false;
        }
        m_original = s.name;
        if (!m_store.keptUnreadableFile().isEmpty())
            showStatus(tr("The unreadable connections file was kept as %1.").arg(m_store.keptUnreadableFile()), false);
    }
    const bool renamed = old != s.name;
    if (m_secretsDirty || renamed) {
        m_secretsDirty = false;
        storeSecrets(old, s, formCredentials(), secretsDone ? secretsDone : [this](const SecretStore::Result &r) {
            if (!r.ok)
                showKeychainProblem(r);
        });
    } else if (secretsDone) {
        secretsDone({true, {}, false, false, {}});
    }
    m_dirty = false;
    if (renamed) {
        reloadList(s.name);
    } else if (auto *item = m_list->currentItem()) {
        item->setText(s.name);
    }
    revalidate();
    return true;
}

void ConnectionDialog::storeSecrets(const QString &oldName, const ConnectionSettings &s, const Credentials &c,
                                    const std::function<void(const SecretStore::Result &)> &done)
{
    if (!m_secrets) {
        done({true, {}, false, false, {}});
        return;
    }
    // Every keychain operation answers once; `done` hears the first problem, or ok after the last.
    struct Pending
    {
        int count = 1; // released after the loop, so that an immediate answer cannot finish early
        SecretStore::Result problem{true, {}, false, false, {}};
    };
    auto pending = std::make_shared<Pending>();
    QPointer<ConnectionDialog> self(this);
    auto answered = [pending, done, self](const SecretStore::Result &r) {
        if (!r.ok && pending->problem.ok)
            pending->problem = r;
        if (--pending->count == 0 && self)
            done(pending->problem);
    };
    const bool renamed = !oldName.isEmpty() && oldName != s.name;
    const bool remember = m_remember->isChecked();
    const QList<QPair<SecretStore::Kind, QString>> secrets = {{SecretStore::Kind::Password, c.password},
                                                             {SecretStore::Kind::SecretKey, c.secretKey},
                                                             {SecretStore::Kind::SecurityToken, c.securityToken}};
    for (const auto &[kind, value] : secrets) {
        const bool used = SecretStore::kindsFor(s.auth).contains(kind) && !value.isEmpty();
        auto op = [&] {
            ++pending->count;
            return answered;
        };
        if (used) {
            if (remember) {
                m_secrets->write(s.name, kind, value, op());
            } else {
                m_secrets->remove(s.name, kind, op()); // forget an older keychain copy (and the session's)
                m_secrets->keepForSession(s.name, kind, value);
            }
            if (renamed)
                m_secrets->remove(oldName, kind, op());
        } else if (renamed) {
            m_secrets->move(oldName, s.name, kind, op()); // nothing typed: keep what was stored
        } else {
            m_secrets->remove(s.name, kind, op()); // cleared, or not used by this way of signing in
        }
    }
    // The CLI's kept IAM token belongs to the old name and settings: the next run signs in afresh.
    ++pending->count;
    m_secrets->remove(renamed ? oldName : s.name, SecretStore::Kind::IamToken, answered);
    answered({true, {}, false, false, {}});
}

void ConnectionDialog::newConnection()
{
    if (!storeForm())
        return;
    ConnectionSettings s;
    s.name = m_store.unusedName(tr("New connection"));
    if (!m_store.put(s))
        return;
    m_newName = s.name;
    reloadList(s.name);
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionDialog::duplicateConnection()
{
    if (m_original.isEmpty() || !storeForm())
        return;
    ConnectionSettings s = formSettings();
    const Credentials c = formCredentials();
    s.name = m_store.unusedName(tr("%1 copy").arg(s.name));
    if (!m_store.put(s))
        return;
    m_newName = s.name;
    reloadList(s.name);
    // The copy starts with the same secrets; they are stored under its name when it is.
    m_password->setText(c.password);
    m_secretKey->setText(c.secretKey);
    m_securityToken->setText(c.securityToken);
    m_secretsDirty = true;
    revalidate();
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionDialog::deleteConnection()
{
    const QString name = m_original;
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete connection"),
                              tr("Delete the connection \"%1\" and its secrets in the keychain?").arg(name)) != QMessageBox::Yes)
        return;
    m_store.remove(name);
    QString error;
    if (!m_store.save(&error)) {
        showStatus(error, true);
        return;
    }
    if (m_secrets)
        for (const auto kind : {SecretStore::Kind::Password, SecretStore::Kind::SecretKey, SecretStore::Kind::SecurityToken,
                                SecretStore::Kind::IamToken})
            m_secrets->remove(name, kind, [this](const SecretStore::Result &r) {
                if (!r.ok)
                    showKeychainProblem(r);
            });
    m_original.clear();
    m_dirty = m_secretsDirty = false;
    reloadList(ConnectionStore::sandboxName());
    showStatus(tr("Deleted \"%1\".").arg(name), false);
}

void ConnectionDialog::startTest()
{
    if (!problems().isEmpty())
        return;
    m_results->clear();
    showStatus(tr("Testing…"), false);
    m_testingFingerprint = formFingerprint();
    m_tester->start(formSettings(), formCredentials());
    revalidate();
    m_cancelTest->setFocus();
}

void ConnectionDialog::showTestStep(bool ok, const QString &text)
{
    auto *item = new QListWidgetItem(style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical), text, m_results);
    item->setForeground(ok ? okColour : errorColour);
    item->setData(Qt::AccessibleTextRole, (ok ? tr("Worked: %1") : tr("Failed: %1")).arg(text));
    m_results->scrollToItem(item);
}

void ConnectionDialog::testFinished(bool ok)
{
    if (!m_testingFingerprint.isEmpty())
        m_passedFingerprint = ok ? m_testingFingerprint : QByteArray();
    showStatus(ok ? tr("The connection works.") : tr("The test failed; the steps above say where."), !ok);
    if (ok && m_projectModel->rowCount() == 0)
        loadAccountLists(); // the credentials work: offer the region and project lists
    revalidate();
    if (m_testButton->isEnabled())
        m_testButton->setFocus();
}

void ConnectionDialog::connectNow()
{
    if (m_original.isEmpty()) {
        QString error;
        m_store.setLastUsed(ConnectionStore::sandboxName());
        if (!m_store.save(&error))
            showStatus(error, true);
        emit sandboxRequested();
        accept();
        return;
    }
    if (!problems().isEmpty())
        return;
    if (m_passedFingerprint == formFingerprint()) {
        connectConfirmed();
        return;
    }
    // Connecting to something that does not work only shows at Submit: say so now, and offer the test.
    const bool failed = !m_testingFingerprint.isEmpty() && m_testingFingerprint == formFingerprint();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Connect"),
                                failed ? tr("The last test of \"%1\" did not pass. Connect anyway?").arg(m_name->text())
                                       : tr("\"%1\" has not been tested as it is now. Connect anyway?").arg(m_name->text()),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("connectUntestedQuestion"));
    box->setInformativeText(tr("Requests may fail at Submit if the endpoints, the project or the secret are wrong."));
    QPushButton *anyway = box->addButton(tr("Connect &anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("connectAnywayButton"));
    QPushButton *test = box->addButton(tr("&Test first"), QMessageBox::ActionRole);
    test->setObjectName(QStringLiteral("testFirstButton"));
    box->setDefaultButton(test);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, anyway, test] {
        if (box->clickedButton() == anyway)
            connectConfirmed();
        else if (box->clickedButton() == test)
            startTest();
    });
    box->open();
}

QByteArray ConnectionDialog::formFingerprint() const
{
    const Credentials c = formCredentials();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QJsonDocument(formSettings().toJson()).toJson(QJsonDocument::Compact));
    for (const QString &secret : {c.password, c.accessKey, c.secretKey, c.securityToken}) {
        hash.addData(secret.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    return hash.result();
}

void ConnectionDialog::connectConfirmed()
{
    if (!problems().isEmpty())
        return;
    const ConnectionSettings s = formSettings();
    const Credentials c = formCredentials();
    QPointer<ConnectionDialog> self(this);
    const bool stored = storeForm([self](const SecretStore::Result &r) {
        if (!self)
            return;
        if (r.ok) {
            // Queued: connectRequested is emitted first, even when the keychain answered at once.
            QMetaObject::invokeMethod(self, &QDialog::accept, Qt::QueuedConnection);
            return;
        }
        // Connected all the same: the secrets are in memory; say why they are not remembered.
        self->showKeychainProblem(r);
    });
    if (!stored)
        return;
    m_store.setLastUsed(s.name);
    QString error;
    if (!m_store.save(&error))
        showStatus(error, true);
    emit connectRequested(s, c);
    showStatus(tr("Connected to \"%1\".").arg(s.name), false);
}

void ConnectionDialog::showKeychainProblem(const SecretStore::Result &r)
{
    m_keychainNotice->setText(r.message);
    m_keychainNotice->setVisible(m_pages->currentIndex() == 1);
    m_sessionOnly->setVisible((r.noKeychain || r.promptCancelled) && m_pages->currentIndex() == 1);
    // The form scrolls on a small screen: bring the notice into view, it asks for a choice.
    // Queued: the button just shown has its place in the layout only once the layout has run.
    QTimer::singleShot(0, this, [this] {
        for (QWidget *w = m_keychainNotice->parentWidget(); w; w = w->parentWidget())
            if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                scroll->ensureWidgetVisible(m_sessionOnly->isVisible() ? static_cast<QWidget *>(m_sessionOnly) : m_keychainNotice);
                break;
            }
    });
    QPalette pal = m_keychainNotice->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x70, 0x00));
    m_keychainNotice->setPalette(pal);
}

void ConnectionDialog::keepForSession()
{
    if (!m_secrets || m_original.isEmpty())
        return;
    const ConnectionSettings s = formSettings();
    const Credentials c = formCredentials();
    for (const auto &[kind, value] : QList<QPair<SecretStore::Kind, QString>>{{SecretStore::Kind::Password, c.password},
                                                                             {SecretStore::Kind::SecretKey, c.secretKey},
                                                                             {SecretStore::Kind::SecurityToken, c.securityToken}})
        if (!value.isEmpty() && SecretStore::kindsFor(s.auth).contains(kind))
            m_secrets->keepForSession(s.name, kind, value);
    {
        const QSignalBlocker blocker(m_remember);
        m_remember->setChecked(false);
    }
    m_sessionOnly->hide();
    m_keychainNotice->setText(tr("The secrets of \"%1\" are kept in memory until the program ends.").arg(s.name));
    showStatus(tr("Secrets kept for this session only."), false);
}

void ConnectionDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, error ? errorColour : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
}

void ConnectionDialog::done(int result)
{
    m_tester->cancel();
    // Closing keeps what was typed, as leaving a connection does; a name that cannot be stored is dropped.
    if (!m_original.isEmpty() && (m_dirty || m_secretsDirty))
        storeForm();
    QDialog::done(result);
}

} // namespace ims
