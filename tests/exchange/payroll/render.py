"""Printing a workbook as LibreOffice does, and reading the PDF back (pdftotext -bbox, pdffonts).

LibreOffice gets its own profile and a fontconfig that adds the font ShopDesk
ships (WenQuanYi Micro Hei) as what a shop PC has for "Microsoft YaHei"; a
machine without any Chinese font would otherwise print boxes whatever the
workbook names.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from shopdesk.exchange.common.style import CJK_FONT
from shopdesk.paths import resource

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdffonts") is not None


def _fontconfig(folder: Path) -> dict[str, str]:
    conf = folder / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{resource("fonts")}</dir>
  <cachedir>{folder / "fc-cache"}</cachedir>
  <alias binding="same"><family>{CJK_FONT}</family><prefer><family>WenQuanYi Micro Hei</family></prefer></alias>
</fontconfig>
""", encoding="utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


def to_pdf(src: Path, folder: Path) -> Path:
    out = folder / "pdf"
    out.mkdir(exist_ok=True)
    profile = (folder / "lo-profile").as_uri()
    assert SOFFICE is not None
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf",
                    "--outdir", str(out), str(src)], check=True, capture_output=True, timeout=240,
                   env=_fontconfig(folder))
    return out / (src.stem + ".pdf")


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x: float
    y: float
    height: float


def words(pdf: Path) -> list[Word]:
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    out: list[Word] = []
    for n, page in enumerate(re.split(r"<page\b", html)[1:], start=1):
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>',
                             page):
            out.append(Word(n, unescape(m[4]), float(m[1]), float(m[2]), float(m[3]) - float(m[2])))
    return out


def fonts(pdf: Path) -> list[str]:
    lines = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()
    return [line.split()[0] for line in lines[2:] if line.strip()]


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info)[1])  # type: ignore[index]
