#!/usr/bin/env python3
"""Build the one-folder bundle from shopdesk.spec, pack it, and hold it to the size budget.

    python scripts/bundle.py [--dist dist] [--work build/pyinstaller] [--no-archive]

Writes dist/shopdesk/ (the program folder) and
dist/shopdesk-<version>-<os>-<arch>.tar.gz, prints both sizes against the
budget and exits 1 when either is over. `scripts/build` runs this; the
packaging test and benchmarks/bundle.py import it.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "shopdesk.spec"
MB = 1_000_000  # budgets are in decimal megabytes, the stricter reading
FOLDER_BUDGET = 220 * MB
ARCHIVE_BUDGET = 90 * MB


def version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return re.search(r'^version = "([^"]+)"', text, re.M)[1]  # type: ignore[index]


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
                   check=True, cwd=ROOT)
    return dist / "shopdesk"


def executable(folder: Path) -> Path:
    return folder / ("shopdesk.exe" if os.name == "nt" else "shopdesk")


def folder_size(folder: Path) -> int:
    """Bytes of every file, symlinks counted as links (as an archive or installer holds them)."""
    total = 0
    for path in folder.rglob("*"):
        info = path.lstat()
        if not path.is_dir() or path.is_symlink():
            total += info.st_size
    return total


def archive_name() -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    return f"shopdesk-{version()}-{system}-{platform.machine().lower()}.tar.gz"


def make_archive(folder: Path, out: Path) -> Path:
    """A .tar.gz of the folder, unpacking to `shopdesk/`; symlinks kept as symlinks."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(out, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname="shopdesk")
    return out


def report(folder: Path, archive: Path | None) -> bool:
    """Print the sizes against the budget; True when within it."""
    size = folder_size(folder)
    ok = size < FOLDER_BUDGET
    print(f"bundle  {folder}: {size / MB:6.1f} MB (budget < {FOLDER_BUDGET / MB:.0f} MB) "
          f"{'ok' if ok else 'OVER BUDGET'}")
    if archive is not None:
        packed = archive.stat().st_size
        ok = ok and packed < ARCHIVE_BUDGET
        print(f"archive {archive}: {packed / MB:6.1f} MB (budget < {ARCHIVE_BUDGET / MB:.0f} MB) "
              f"{'ok' if packed < ARCHIVE_BUDGET else 'OVER BUDGET'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-archive", action="store_true")
    args = parser.parse_args(argv)
    folder = build(args.dist, args.work)
    archive = None if args.no_archive else make_archive(folder, args.dist / archive_name())
    return 0 if report(folder, archive) else 1


if __name__ == "__main__":
    sys.exit(main())
