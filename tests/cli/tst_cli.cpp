#include <QTest>
class X : public QObject { Q_OBJECT private slots: void placeholder() { QFAIL("not written yet"); } };
QTEST_GUILESS_MAIN(X)
#include "tst_cli.moc"
