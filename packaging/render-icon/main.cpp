// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// Renders the SVG app icon into the hicolor PNG sizes at build time. QtSvg is already a build
// dependency, so the package needs no rsvg-convert or Inkscape.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "render-icon: %s\n", qPrintable(message));
    return 1;
}

// A blank or nearly blank image means the SVG drew nothing useful: stop the build instead.
bool drewSomething(const QImage &image)
{
    qsizetype opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 128)
                ++opaque;
    return opaque * 4 >= qsizetype(image.width()) * image.height();
}

} // namespace

// render-icon SVG OUTDIR NAME SIZE... writes OUTDIR/<SIZE>x<SIZE>/apps/NAME.png for each SIZE.
int main(int argc, char *argv[])
{
    if (argc < 5)
        return fail(QStringLiteral("usage: render-icon SVG OUTDIR NAME SIZE..."));
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    const QString name = QString::fromLocal8Bit(argv[3]);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return fail(QStringLiteral("%1 is not a valid SVG").arg(svg));
    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 8 || size > 1024)
            return fail(QStringLiteral("bad size \"%1\"").arg(QString::fromLocal8Bit(argv[i])));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        if (!drewSomething(image))
            return fail(QStringLiteral("%1 rendered almost empty at %2 px").arg(svg).arg(size));
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(outDir).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(dir, name);
        if (!QDir().mkpath(dir) || !image.save(file, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(file));
    }
    return 0;
}
