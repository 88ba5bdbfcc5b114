"""The owner's morning check on the demo shop."""

import pytest

from shopdesk.domain.departments import Department
from shopdesk.domain.pace import Status
from shopdesk.services.figures.entry import FigureInput, save_figures
from shopdesk.ui.common.ops import Change
from shopdesk.ui.overview.morning_model import STATUS_ROLE
from shopdesk.ui.overview.page import OverviewTab
from shopdesk.ui.targets.page import TargetsDialog
from tests.conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def overview(qtbot, ctx):
    w = OverviewTab(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def test_headline_cards_show_target_pace_and_comparisons(overview):
    card = overview.cards["sales"]
    assert card.value.text().startswith("¥")
    assert "Target ¥" in card.detail.text() and "achieved" in card.detail.text()
    assert "MoM" in card.compare.text() and "YoY" in card.compare.text()
    assert "%" in overview.dept_lines[Department.OPERATIONS].text()


def test_the_table_starts_with_the_shop_and_can_show_only_what_is_behind(overview):
    proxy = overview.proxy
    assert proxy.index(0, 0).data() == "Whole shop"
    total = proxy.rowCount()
    overview.behind_only.setChecked(True)
    behind = proxy.rowCount()
    assert 0 < behind < total
    statuses = {proxy.index(r, 0).data(STATUS_ROLE) for r in range(behind)}
    assert statuses <= {Status.AMBER.value, Status.RED.value}


def test_alerts_are_listed_and_follow_new_figures(overview, ctx):
    assert "hero product" in overview.alerts.text()
    missing = next(a for a in overview.morning.alerts if a.kind == "no_figures")
    metric = _metric_of(overview, missing.scope)
    save_figures(ctx.db, ctx.actor, TODAY.replace(day=23), [FigureInput(missing.scope, metric, "1")], TODAY)
    ctx.bus.changed.emit(Change.FIGURES)
    assert all(not (a.kind == "no_figures" and a.scope == missing.scope) for a in overview.morning.alerts)


def _metric_of(overview, scope):
    person = next(p for p in overview.morning.people if p.scope == scope)
    return next(iter(person.lines))


def test_the_targets_dialog_opens_on_the_whole_shop(qtbot, ctx):
    dialog = TargetsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.page.model.rowCount() > 5
    assert dialog.page.model.grid.values  # the demo has targets


def test_the_hero_product_from_imported_orders_shows_under_the_cards(overview, ctx, tmp_path):
    from shopdesk.services.platform.run import import_platform
    from tests import platform_files as pf

    assert overview.hero_line.isHidden()  # the demo shop imported no order files
    import_platform(ctx.db, ctx.actor, [pf.tmall_lines(tmp_path)], replace=True)
    ctx.bus.changed.emit(Change.FIGURES)
    assert overview.hero_line.isVisible()
    assert overview.hero_line.text() == ("Hero product this month: 陶瓷杯 (P100) · ¥146.50 in 2 orders · AOV ¥73.25 "
                                         "(from the imported order files)")
