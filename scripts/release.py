#!/usr/bin/env python3
"""The release steps, one sub-command each; `.github/workflows/release.yml` runs them in order
on Windows, macOS and Linux and holds no logic of its own.

    python scripts/release.py install     # the project from pyproject.toml, with test and build extras
    python scripts/release.py test        # the tests that need no Linux-only part
    python scripts/release.py bundle      # shopdesk.spec -> dist/shopdesk/ + archive, size budget held
    python scripts/release.py self-test   # the bundled program's --self-test, offscreen
    python scripts/release.py installer   # Windows: Inno Setup compiles resources/installer/shopdesk.iss
    python scripts/release.py collect     # what to publish, into dist/release/

Every step also runs on Linux (`installer` says it is for Windows and passes).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
RELEASE = DIST / "release"
# Qt's offscreen platform needs these on a bare Ubuntu or Debian machine.
QT_LIBRARIES = ["libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1",
                "libdbus-1-3", "libxcb-cursor0", "binutils"]
# Needs a part only the Linux CI machine has: a PostgreSQL server started from Debian's
# package, LibreOffice, or the long proofs (the bundle is built and checked by its own steps).
NOT_HERE = "not postgres and not slow"
INNO_SETUP = [Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe",
              Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Inno Setup 6" / "ISCC.exe"]


def run(*cmd: str | Path, **kwargs) -> None:  # type: ignore[no-untyped-def]
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def offscreen() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def version() -> str:
    sys.path.insert(0, str(ROOT / "scripts"))
    from bundle import version as bundle_version

    return bundle_version()


def step_install() -> int:
    if sys.platform == "linux" and shutil.which("apt-get"):
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        run(*sudo, "apt-get", "update", "-qq")
        run(*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *QT_LIBRARIES)
    run(sys.executable, "-m", "pip", "install", "--upgrade", "pip")
    run(sys.executable, "-m", "pip", "install", f"{ROOT}[test,build]")
    return 0


def step_test() -> int:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-m", NOT_HERE], cwd=ROOT,
                          env=offscreen()).returncode


def step_bundle() -> int:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "bundle.py")], cwd=ROOT).returncode


def step_self_test() -> int:
    sys.path.insert(0, str(ROOT / "scripts"))
    from bundle import executable

    program = executable(DIST / "shopdesk")
    with tempfile.TemporaryDirectory() as elsewhere:  # not from the program's own folder
        code = subprocess.run([str(program), "--self-test"], cwd=elsewhere, env=offscreen()).returncode
    if os.name == "nt":  # the windowed program has no console: it writes its report here
        report = Path(os.environ["APPDATA"]) / "ShopDesk" / "logs" / "self-test.txt"
        print(report.read_text(encoding="utf-8") if report.exists() else f"no report at {report}")
    print(f"self-test exit code {code}")
    return code


def inno_setup() -> Path | None:
    found = shutil.which("iscc")
    if found:
        return Path(found)
    return next((p for p in INNO_SETUP if p.exists()), None)


def step_installer() -> int:
    if os.name != "nt":
        print("installer: Inno Setup builds the Windows installer on Windows only; nothing to do here")
        return 0
    compiler = inno_setup()
    if compiler is None:
        print("installer: Inno Setup 6 (ISCC.exe) not found", file=sys.stderr)
        return 1
    run(compiler, f"/DAppVersion={version()}", ROOT / "resources" / "installer" / "shopdesk.iss")
    return 0


def step_collect() -> int:
    RELEASE.mkdir(parents=True, exist_ok=True)
    made = sorted(DIST.glob("shopdesk-*.tar.gz")) + sorted(DIST.glob("shopdesk-*-setup.exe"))
    for path in made:
        shutil.copy2(path, RELEASE / path.name)
        print(f"collect: {path.name} ({path.stat().st_size / 1e6:.1f} MB)")
    if not made:
        print(f"collect: nothing to publish in {DIST}", file=sys.stderr)
        return 1
    return 0


STEPS: dict[str, Callable[[], int]] = {
    "install": step_install, "test": step_test, "bundle": step_bundle, "self-test": step_self_test,
    "installer": step_installer, "collect": step_collect,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=list(STEPS))
    return STEPS[parser.parse_args(argv).step]()


if __name__ == "__main__":
    sys.exit(main())
