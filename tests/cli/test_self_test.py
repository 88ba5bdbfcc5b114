"""`shopdesk --self-test` from source: every step passes on a temporary demo shop, and a
failing step makes the exit code 1 (tests/packaging runs it inside the bundle)."""

import io
import os
import subprocess
import sys

from shopdesk.selftest import SelfTest, no_network


def test_self_test_passes_and_leaves_nothing_behind(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-m", "shopdesk", "--self-test", "--lang", "zh_CN"],
                            env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    for step in ("demo shop", "integrity", "translation", "main window", "chart", "payroll",
                 "bonus sheet"):
        assert f"ok   {step}:" in result.stdout
    assert "self-test passed" in result.stdout
    assert not list(tmp_path.rglob("*.db")), "the temporary shop was not removed"


def test_a_failing_step_fails_the_self_test():
    out = io.StringIO()
    steps = [("fine", lambda t: "ok"), ("broken", lambda t: 1 / 0), ("after", lambda t: "ran")]
    assert SelfTest("en", out).run(steps) == 1
    text = out.getvalue()
    assert "FAIL broken: ZeroDivisionError" in text
    assert "ok   after: ran" in text  # later steps still run and report
    assert "self-test FAILED: broken" in text


def test_the_network_guard_refuses_other_machines():
    import socket

    import pytest

    from shopdesk.selftest import NetworkUsed

    with no_network(), socket.socket() as sock, pytest.raises(NetworkUsed):
        sock.connect(("192.0.2.1", 80))  # TEST-NET address: would only ever time out
