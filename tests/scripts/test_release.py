"""The release workflow is valid, holds no logic (each step is a script in scripts/), and the
steps that can run on Linux do."""

from __future__ import annotations

import importlib.util
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
spec = importlib.util.spec_from_file_location("release", ROOT / "scripts" / "release.py")
assert spec is not None and spec.loader is not None
release = importlib.util.module_from_spec(spec)
sys.modules["release"] = release
spec.loader.exec_module(release)


def workflow() -> dict:
    return YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))


def test_the_workflow_matches_githubs_schema():
    tool = shutil.which("check-jsonschema") or str(Path(sys.executable).with_name("check-jsonschema"))
    run = subprocess.run([tool, "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_step_is_a_script_and_every_release_step_runs_in_order():
    job = workflow()["jobs"]["release"]
    assert set(job["strategy"]["matrix"]["os"]) == {"windows-latest", "macos-latest", "ubuntu-latest"}
    commands = [shlex.split(step["run"]) for step in job["steps"] if "run" in step]
    assert all(len(c) in (2, 3) and c[0] == "python" and c[1].startswith("scripts/") for c in commands)
    assert all((ROOT / c[1]).is_file() for c in commands)
    steps = [c[2] for c in commands if c[1] == "scripts/release.py"]
    assert steps == ["install", "test", "bundle", "self-test", "installer", "collect"]
    assert set(steps) == set(release.STEPS)
    assert ["python", "scripts/check_wheels.py"] in commands
    uses = [step["uses"].split("@")[0] for step in job["steps"] if "uses" in step]
    assert uses == ["actions/checkout", "actions/setup-python", "actions/upload-artifact"]
    assert job["steps"][-1]["with"]["path"] == "dist/release/"


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows the installer step compiles for real")
def test_the_installer_step_passes_where_there_is_no_inno_setup(capsys):
    assert release.main(["installer"]) == 0
    assert "Windows only" in capsys.readouterr().out


def test_collect_gathers_the_archive_and_the_installer_and_fails_on_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(release, "DIST", tmp_path)
    monkeypatch.setattr(release, "RELEASE", tmp_path / "release")
    assert release.main(["collect"]) == 1
    (tmp_path / "shopdesk-0.1.0-linux-x86_64.tar.gz").write_bytes(b"archive")
    (tmp_path / "shopdesk-0.1.0-setup.exe").write_bytes(b"installer")
    (tmp_path / "notes.txt").write_text("not published")
    assert release.main(["collect"]) == 0
    assert sorted(p.name for p in (tmp_path / "release").iterdir()) == [
        "shopdesk-0.1.0-linux-x86_64.tar.gz", "shopdesk-0.1.0-setup.exe"]


def test_the_test_step_leaves_out_only_what_needs_linux_only_parts():
    # What the release runs is the whole suite minus the PostgreSQL server, LibreOffice and the
    # long proofs; the marker expression is valid and selects this very test.
    run = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-m", release.NOT_HERE,
                          str(Path(__file__)) + "::test_the_test_step_leaves_out_only_what_needs_linux_only_parts"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0 and "1 test" in run.stdout, run.stdout + run.stderr
