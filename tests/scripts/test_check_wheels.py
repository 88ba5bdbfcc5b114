"""scripts/check_wheels.py follows each wheel's own requirements for the target platform and
fails on a package without a wheel (pip replaced by a fake index of real wheel files)."""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("check_wheels", ROOT / "scripts" / "check_wheels.py")
assert spec is not None and spec.loader is not None
check_wheels = importlib.util.module_from_spec(spec)
sys.modules["check_wheels"] = check_wheels  # its dataclasses look their module up
spec.loader.exec_module(check_wheels)


def wheel(folder: Path, name: str, requires: list[str]) -> Path:
    path = folder / f"{name.replace('-', '_')}-1.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        lines = ["Metadata-Version: 2.1", f"Name: {name}", "Version: 1.0"]
        lines += [f"Requires-Dist: {r}" for r in requires]
        archive.writestr(f"{name.replace('-', '_')}-1.0.dist-info/METADATA", "\n".join(lines) + "\n")
    return path


def fake_index(tmp_path: Path, packages: dict[str, list[str]], asked: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    store = tmp_path / "index"
    store.mkdir(exist_ok=True)
    built = {name: wheel(store, name, reqs) for name, reqs in packages.items()}

    def download(spec_text: str, platform: str, folder: Path) -> Path | None:
        name = Requirement(spec_text).name
        asked.append((name, platform))
        return built.get(name)

    return download


def test_markers_and_extras_decide_what_a_platform_needs(tmp_path):
    asked: list[tuple[str, str]] = []
    download = fake_index(tmp_path, {
        "app-db": ["tzdata; sys_platform == 'win32'", "app-binary; extra == 'binary'",
                   "never; extra == 'docs'"],
        "tzdata": [], "app-binary": [],
    }, asked)
    roots = [Requirement("app-db[binary]>=1")]
    win = check_wheels.check_platform("win_amd64", roots, tmp_path, download)
    assert set(win.found) == {"app-db", "tzdata", "app-binary"} and win.missing == {}
    mac = check_wheels.check_platform("macosx_14_0_arm64", roots, tmp_path, download)
    assert set(mac.found) == {"app-db", "app-binary"}
    assert not any(name == "never" for name, _ in asked)


def test_a_package_without_a_wheel_fails_the_check(tmp_path, monkeypatch, capsys):
    asked: list[tuple[str, str]] = []
    download = fake_index(tmp_path, {"top": ["only-sdist>=2"]}, asked)
    result = check_wheels.check_platform("win_amd64", [Requirement("top")], tmp_path, download)
    assert result.missing == {"only-sdist": "only-sdist>=2"} and "top" in result.found
    monkeypatch.setattr(check_wheels, "project_requirements", lambda: [Requirement("top")])
    monkeypatch.setattr(check_wheels, "pip_download", download)
    monkeypatch.setattr(check_wheels.check_platform, "__defaults__", (download,))
    assert check_wheels.main(["--platform", "win_amd64"]) == 1
    assert "NO WHEEL only-sdist" in " ".join(capsys.readouterr().out.split())


def test_the_project_dependencies_are_read_from_pyproject():
    names = {r.name.lower() for r in check_wheels.project_requirements()}
    assert {"pyside6-essentials", "sqlalchemy", "alembic", "psycopg"} <= names
    assert check_wheels.pinned(Requirement("packaging>=1")).startswith("packaging==")
