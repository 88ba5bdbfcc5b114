"""Proof that ShopDesk ships: build the one-folder bundle from this checkout with
PyInstaller, run the bundled program's --self-test, and hold it to the size budget.

Slow (a few minutes: a full PyInstaller build), but part of the default run, so a
change that breaks the frozen program (a hidden import, a resource read from the
source tree, a module the spec excludes) fails CI.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import bundle  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle, built once for this module, away from the source tree."""
    out = tmp_path_factory.mktemp("bundle")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail('PyInstaller is missing: pip install -e ".[test,build]"')
    return bundle.build(out / "dist", out / "work")


def bare_machine_env(home: Path) -> dict[str, str]:
    """As on a machine without Python: on Linux an empty environment whose PATH finds
    nothing at all (Windows keeps its system variables, minus Python's); an empty
    home; offscreen Qt. The bundle must bring everything it needs."""
    if os.name == "nt":
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CONDA", "QT_"))}
    else:
        (home / "empty-bin").mkdir(exist_ok=True)
        env = {"PATH": str(home / "empty-bin"), "LANG": "C.UTF-8"}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               APPDATA=str(home / "AppData/Roaming"), LOCALAPPDATA=str(home / "AppData/Local"),
               QT_QPA_PLATFORM="offscreen")
    return env


def test_bundled_program_passes_its_self_test(built: Path, tmp_path: Path) -> None:
    exe = bundle.executable(built)
    assert exe.is_file(), f"no program in {built}"
    result = subprocess.run([str(exe), "--self-test"], cwd=tmp_path, env=bare_machine_env(tmp_path),
                            capture_output=True, text=True, timeout=600)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert "(bundle, " in result.stdout, report  # the frozen program ran, not the source
    for step in ("demo shop", "translation", "main window", "chart", "payroll", "bonus sheet"):
        assert f"ok   {step}:" in result.stdout, report
    assert "self-test passed" in result.stdout, report
    # Nothing of the user's was touched outside the temporary shop: only settings/log folders.
    assert not list(tmp_path.rglob("*.db")), "the self-test left a database behind"


def test_bundle_is_one_folder_within_budget(built: Path, tmp_path: Path) -> None:
    folder = bundle.folder_size(built)
    archive = bundle.make_archive(built, tmp_path / bundle.archive_name())
    packed = archive.stat().st_size
    assert folder < bundle.FOLDER_BUDGET, f"bundle {folder / bundle.MB:.1f} MB"
    assert packed < bundle.ARCHIVE_BUDGET, f"archive {packed / bundle.MB:.1f} MB"
    assert (built / "_internal").is_dir(), "not a one-folder bundle"


def test_bundle_carries_its_resources_and_not_the_unused_parts(built: Path) -> None:
    inside = built / "_internal"
    names = {p.relative_to(inside).as_posix() for p in inside.rglob("*")}
    for wanted in ("resources/i18n/shopdesk_zh_CN.qm", "resources/fonts/wqy-microhei.ttc",
                   "resources/icons/shopdesk.png", "shopdesk/store/migrations/env.py"):
        assert wanted in names, f"{wanted} is missing from the bundle"
    assert any(n.startswith("shopdesk/store/migrations/versions/0001") for n in names)
    unused = [n for n in names if any(part in n for part in (
        "QtWebEngine", "Qt6Quick", "Qt6Qml", "Qt6Pdf", "Qt63D", "Qt6Multimedia", "tkinter",
        "_tkinter", "libqgtk3", "matplotlib/tests", "mpl-data/sample_data"))]
    assert not unused, f"unused parts were bundled: {sorted(unused)[:10]}"
    translations = [n for n in names if "/translations/" in n and n.endswith(".qm")]
    assert all("zh_CN" in n for n in translations), translations
