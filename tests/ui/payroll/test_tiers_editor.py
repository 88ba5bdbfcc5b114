"""Tiers are edited as a table: a gap, an overlap or a closed last tier is named on its row while typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shopdesk.services.payroll.rules import list_rules
from shopdesk.ui.payroll.rules_dialog import RulesDialog
from shopdesk.ui.payroll.tiers_editor import TiersModel, tier_problems

pytestmark = pytest.mark.gui


def test_a_tiered_rule_is_written_in_the_table_and_saved_in_its_text_form(qtbot, empty_ctx):
    dialog = RulesDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.new_rule()
    dialog.label.setText("阶梯提成")
    dialog.kind.setCurrentIndex(dialog.kind.findData("tiered"))
    tiers = dialog.tiers
    assert tiers.model.rows == [["0", "80", "0"], ["80", "100", "1"], ["100", "", "1.5"]]  # the example to edit
    model = tiers.model
    model.setData(model.index(1, TiersModel.FROM), "85")  # a gap between 80 and 85
    assert 1 in model.problems and "row 2" in tiers.problem.text() and "gap" in tiers.problem.text()
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    model.setData(model.index(0, TiersModel.TO), "85")
    assert model.problems == {} and tiers.problem.text() == ""
    qtbot.mouseClick(tiers.add_button, Qt.MouseButton.LeftButton)  # a fourth bracket above 120 %
    model.setData(model.index(3, TiersModel.VALUE), "2")
    assert tiers.text() == "0-85:0%;85-100:1%;100-120:1.5%;120-:2%"
    assert dialog.save(), dialog.error.text()
    assert [r.spec.tiers for r in list_rules(empty_ctx.db, empty_ctx.actor)] == ["0-85:0%;85-100:1%;100-120:1.5%;120-:2%"]


def test_the_rows_are_checked_as_the_rule_would_be():
    assert tier_problems([["0", "80", "0"], ["70", "", "1"]], money=False).keys() == {1}  # overlap
    assert tier_problems([["10", "", "1"]], money=False).keys() == {0}  # does not start at 0
    assert tier_problems([["0", "80", "0"], ["80", "100", "1"]], money=False).keys() == {1}  # last is closed
    assert tier_problems([["0", "", "101"]], money=False).keys() == {0}  # a rate over 100 %
    assert tier_problems([["0", "", "5000"]], money=True) == {}  # an amount may be large
    assert tier_problems([["0", "", "x"]], money=True).keys() == {0}


def test_the_tiers_model_passes_the_model_tester(qtmodeltester):
    model = TiersModel()
    model.reset([["0", "80", "0"], ["80", "", "1"]], money=False)
    qtmodeltester.check(model, force_py=True)
