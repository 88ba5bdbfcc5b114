"""The owner adds their own metric and sets a target for it straight away."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from shopdesk.domain.metrics import Kind
from shopdesk.services.figures.registry import load_registry
from shopdesk.ui.department.metric_dialog import MetricDialog
from tests.conftest import file_bytes

pytestmark = pytest.mark.gui


def test_a_ratio_metric_is_defined_through_the_dialog(qtbot, ctx):
    dialog = MetricDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.key, "review_rate")
    dialog.name.setText("好评率")
    dialog.unit.setCurrentIndex(dialog.unit.findData("percent"))
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.RATIO.value))
    dialog.numerator.setCurrentIndex(dialog.numerator.findData("good_reviews"))
    dialog.denominator.setCurrentIndex(dialog.denominator.findData("cs_orders"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == MetricDialog.DialogCode.Accepted
    metric = load_registry(ctx.db)["review_rate"]
    assert (metric.numerator, metric.denominator, metric.custom) == ("good_reviews", "cs_orders", True)


def test_a_bad_key_is_shown_at_its_field_and_nothing_is_saved(qtbot, ctx):
    dialog = MetricDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.key.setText("sales")
    dialog.name.setText("x")
    before = file_bytes(ctx.db)
    dialog.save()
    assert dialog.result() != MetricDialog.DialogCode.Accepted
    assert not dialog.errors["key"].isHidden() and "already exists" in dialog.errors["key"].text()
    assert file_bytes(ctx.db) == before
