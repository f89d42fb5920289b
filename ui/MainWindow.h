#pragma once

#include <QMainWindow>

namespace ims {

// The desktop program's main window: the wizard in the centre (filled in by the wizard issue).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace ims
