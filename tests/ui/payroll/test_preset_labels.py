"""Ready-made rules are labelled in the owner's language: the labels become bonus-sheet columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from shopdesk.i18n import install_translators
from shopdesk.services.payroll.presets import apply_preset
from shopdesk.services.payroll.rules import list_rules
from shopdesk.services.payroll.run import compute_run
from tests.conftest import TODAY


@pytest.fixture
def chinese(qapp):
    translators = install_translators(qapp, "zh_CN")
    yield translators
    for t in translators:
        qapp.removeTranslator(t)
    install_translators(qapp, "en")


def test_a_chinese_owner_gets_chinese_rule_labels(db, owner, chinese):
    apply_preset(db, owner, "logistics", QCoreApplication.translate)
    labels = {r.spec.label for r in list_rules(db, owner)}
    assert labels == {"发货达标奖", "发货差错扣款"}


def test_without_a_translator_the_labels_stay_english(db, owner):
    apply_preset(db, owner, "operations")
    assert [r.spec.label for r in list_rules(db, owner)] == ["Shop sales commission"]


def test_a_demo_made_in_chinese_pays_under_chinese_labels(qapp, db, owner, chinese):
    from shopdesk.services.demo.shop import write_demo

    write_demo(db, staff=8, months=2, today=TODAY, translate=QCoreApplication.translate)
    run = compute_run(db, owner, "2026-10", TODAY)
    assert "全店销售提成" in run.earning_labels
    assert not any(label.isascii() for label in run.earning_labels)
