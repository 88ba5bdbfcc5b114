"""The command-line tests speak English unless a test says otherwise, whatever this computer's
language: the system's language is the last fallback of --lang (tests/cli/test_languages.py
tests that fallback itself with a chosen locale in a separate process)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shopdesk.i18n.system_language", lambda: "en")
