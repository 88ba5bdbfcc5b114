#!/usr/bin/env python3
"""Draw ShopDesk's app icon with QPainter and write the PNG sizes and the Windows .ico.

    python scripts/make_icon.py        # writes resources/icons/shopdesk*.png and shopdesk.ico

A shopping bag with rising bars on a teal tile: the shop and its targets.
Each size is drawn at that size (not scaled down from the large one), so the
small icons stay crisp. The files are committed; run this only to change the icon.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

TEAL_TOP, TEAL_BOTTOM = QColor("#17a2a0"), QColor("#0b6e75")
BAG, BAG_SHADE = QColor("#ffffff"), QColor("#e3eef0")
BARS = (QColor("#f5a524"), QColor("#f08a24"), QColor("#e8553b"))


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 100, size / 100)  # draw on a 100×100 grid

    # Tile: rounded square with a soft vertical gradient.
    tile = QRectF(4, 4, 92, 92)
    gradient = QLinearGradient(0, 4, 0, 96)
    gradient.setColorAt(0, TEAL_TOP)
    gradient.setColorAt(1, TEAL_BOTTOM)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawRoundedRect(tile, 20, 20)

    # Bag handle: a thick arc above the bag.
    handle = QPen(BAG, 6 if size >= 32 else 8)
    handle.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(handle)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(36, 17, 28, 30), 0, 180 * 16)

    # Bag body: a slightly tapered shape with rounded corners.
    body = QPainterPath()
    body.moveTo(QPointF(24, 34))
    body.lineTo(QPointF(76, 34))
    body.lineTo(QPointF(81, 80))
    body.quadTo(QPointF(82, 86), QPointF(76, 86))
    body.lineTo(QPointF(24, 86))
    body.quadTo(QPointF(18, 86), QPointF(19, 80))
    body.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BAG)
    p.drawPath(body)
    p.setBrush(BAG_SHADE)
    p.drawRect(QRectF(23.6, 34, 52.8, 5))  # the bag's fold

    # Rising bars inside the bag: the month against its target.
    for i, (height, colour) in enumerate(zip((14, 24, 34), BARS, strict=True)):
        p.setBrush(colour)
        x = 31 + i * 14
        p.drawRoundedRect(QRectF(x, 79 - height, 10, height), 2, 2)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in PNG_SIZES}
    for size, image in images.items():
        image.save(str(OUT / f"shopdesk-{size}.png"))
    images[256].save(str(OUT / "shopdesk.png"))

    # Windows wants one .ico holding every size; Pillow writes that from our own drawings.
    from PIL import Image

    frames = [Image.open(io.BytesIO(png_bytes(images[s]))) for s in ICO_SIZES]
    largest = frames[-1]
    largest.save(OUT / "shopdesk.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=frames[:-1])
    print(f"wrote {len(PNG_SIZES) + 1} PNGs and shopdesk.ico to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
