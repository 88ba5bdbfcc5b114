"""Values in Chinese (DESIGN §4.2): a Chinese template and export write the Chinese words, import reads
either language in any mix, and both languages bring back the same database, table by table."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import DateTime, select

from shopdesk.domain.departments import Department
from shopdesk.domain.errors import ValidationErrors
from shopdesk.domain.metrics import BUILTIN
from shopdesk.domain.recurrence import WEEKDAYS
from shopdesk.domain.rules import Basis, RuleKind, RuleSpec, TierMode
from shopdesk.exchange.workbook.layout import SHEETS, SHOP_KEYS
from shopdesk.exchange.workbook.template import write_template
from shopdesk.services.payroll.attendance import AttendanceEntry, write_attendance
from shopdesk.services.payroll.rules import insert_rule
from shopdesk.services.workbook.export import export_workbook
from shopdesk.services.workbook.importer import import_workbook
from shopdesk.store.db import Database
from shopdesk.store.models import Base
from shopdesk.store.models.core import Setting, Staff, Target
from shopdesk.store.models.platform import Product
from shopdesk.store.schema import ensure_schema
from tests.conftest import TODAY, file_bytes
from tests.exchange.workbook.books import chinese_book, write_book

# Every stored code a workbook can hold in a value cell, taken from the domain (not from the workbook's
# own word lists), so a code the Chinese writer forgets to translate is caught.
CODES = ({k.value for k in RuleKind} | {b.value for b in Basis} | {m.value for m in TierMode}
         | {m.key for m in BUILTIN} | set(WEEKDAYS) | {d.value for d in Department}
         | {"shop", "all", "department", "dept", "staff", "manager", "owner", "even", "workdays", "none", "daily",
            "weekly", "monthly", "yes", "no", "on", "off", "true", "false", "typed", "workbook", "platform"}
         | {names[0] for names in SHOP_KEYS.values()} | {"shop_name"})
WORD = re.compile(r"[A-Za-z_]+")
# Columns whose cells are free text the owner typed (names, titles, labels): only a whole code is wrong there.
FREE_TEXT = {"name", "position", "label", "title", "assignee", "designer", "product_id", "sku_code",
             "platform_accounts", "tiers"}

# The Chinese words of DESIGN §4.2 for the codes of a demo shop, written out here as the contract says them.
DESIGN_WORDS = {
    "全店": "shop", "全员": "all", "平均": "even", "按工作日": "workdays", "不重复": "none", "每天": "daily",
    "本人": "own", "部门": "department", "全额累进": "retroactive", "超额累进": "marginal", "是": "yes", "否": "no",
    "固定": "fixed", "比例提成": "percent", "阶梯提成": "tiered", "计件": "per_unit", "达标奖": "target_bonus",
    "等级奖": "grade_bonus", "积分": "points", "阶梯奖金": "step_bonus", "绩效工资": "score_bonus",
    "团队奖池": "team_pool", "扣款": "penalty", "全勤奖": "full_attendance",
    "员工": "staff", "主管": "manager", "手工录入": "typed", "工作簿": "workbook",
}
ZH_DAYS = dict(zip(("周一", "周二", "周三", "周四", "周五", "周六", "周日"), WEEKDAYS, strict=True))


def _sheets(path: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb}
    finally:
        wb.close()


def _columns(title: str, header: tuple) -> list[str | None]:
    layout = next(s for s in SHEETS if title in (s.en, s.zh))
    keys = {c.zh: c.key for c in layout.columns} | {c.key: c.key for c in layout.columns}
    return [keys.get(str(h)) for h in header]


def _codes_left(sheets: dict[str, list[tuple]]) -> list[str]:
    """Every value cell of a Chinese workbook that still holds a stored code, as `Sheet!row:column`."""
    found = []
    for title, rows in sheets.items():
        if title == "说明":
            continue
        columns = _columns(title, rows[0])
        for number, row in enumerate(rows[1:], start=2):
            for key, value in zip(columns, row, strict=False):
                if not isinstance(value, str):
                    continue
                words = {value.strip()} if key in FREE_TEXT else set(WORD.findall(value))
                if words & CODES:
                    found.append(f"{title}!{number}:{key}={value}")
    return found


@pytest.fixture
def blank(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], Database]]:
    """Fresh, empty shop databases on the same backend as the test's `db` or `demo_db`."""
    params = getattr(getattr(request.node, "callspec", None), "params", {})
    backend = params.get("demo_db", params.get("db", "sqlite"))
    made: list[tuple[Database, str | None]] = []

    def make() -> Database:
        if backend == "postgresql":
            server, template = request.getfixturevalue("pg_template")
            url = server.create_database(template)
            made.append((Database(url), url))
        else:
            database = Database(tmp_path / f"blank{len(made)}.db")
            ensure_schema(database)
            made.append((database, None))
        return made[-1][0]

    yield make
    for database, url in made:
        database.dispose()
        if url is not None:
            server, _ = request.getfixturevalue("pg_template")
            server.drop_database(url)


def _enrich(db: Database, owner) -> None:  # type: ignore[no-untyped-def]
    """What the demo shop lacks for a full workbook: two rest days, income tax, a points rule with metric
    weights, a marginal tier, a team pool, an inactive person, attendance and a designer's product."""
    with db.write() as s:
        s.merge(Setting(key="rest_days", value="sat,sun"))
        s.merge(Setting(key="income_tax", value="on"))
        people = {p.name: p for p in s.scalars(select(Staff))}
        designer = next(p for p in people.values() if p.department == "design")
        cs = [p for p in people.values() if p.department == "customer_service"]
        s.add(Staff(name="周敏", department="logistics", position="打包", base_salary_fen=320000,
                    hire_date=date(2024, 4, 1), leave_date=date(2026, 6, 30), active=False))
        insert_rule(s, owner, RuleSpec("all", "任务积分奖", "points", amount_fen=100,
                                       weights="tasks_done:2, task_points:0.5"))
        insert_rule(s, owner, RuleSpec("department:operations", "超额提成", "tiered", metric="sales",
                                       tiers="0-100:0%;100-:2%", tier_mode="marginal"))
        insert_rule(s, owner, RuleSpec("department:customer_service", "客服奖池", "team_pool", metric="cs_sales",
                                       basis="department", rate=Decimal("0.5"),
                                       weights=f"{cs[0].name}:2,{cs[1].name}:1"))
        write_attendance(s, owner, "2026-10", [AttendanceEntry(cs[0].id, "1.5", 2), AttendanceEntry(cs[1].id, 0, 1)])
        s.add(Product(product_id="6500123", sku_code="XL-01", name="收纳盒", designer_id=designer.id,
                      designed_from=date(2026, 3, 1)))


def _rows(db: Database) -> dict[str, list[tuple]]:
    """Each table's rows, sorted; time stamps and ids nothing refers to are left out (they differ by when
    and in which order rows were written, not by what they say)."""
    referenced = {fk.column.table.name for t in Base.metadata.tables.values() for fk in t.foreign_keys}
    out: dict[str, list[tuple]] = {}
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if not isinstance(c.type, DateTime)
                    and not (c.name == "id" and c.primary_key and table.name not in referenced)]
            out[table.name] = sorted((tuple(r) for r in s.execute(select(*cols))), key=repr)
    return out


def _import(make: Callable[[], Database], owner, book: Path) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    db = make()
    import_workbook(db, owner, book, TODAY)
    return _rows(db)


def test_the_chinese_template_writes_chinese_values_and_imports(db, owner, blank, tmp_path: Path) -> None:
    zh, en = tmp_path / "模板.xlsx", tmp_path / "template.xlsx"
    write_template(zh, "zh_CN")
    write_template(en, "en")
    cells = _sheets(zh)
    assert _codes_left(cells) == []
    assert cells["目标"][1][:2] == ("全店", "销售额") and cells["目标"][2][4] == "按工作日"
    assert cells["规则"][1][2:5] == ("比例提成", "销售额", "全店") and cells["规则"][2][0] == "全员"
    assert [r[3] for r in cells["任务"][1:]] == ["每周:周五", "不重复"]
    assert cells["店铺"][1:] == [("店铺名称", "小鹿家居旗舰店"), ("休息日", "周日")]
    # The English template keeps its codes, and both import to the same shop (but for the labels and titles,
    # which the templates word in their language).
    assert _sheets(en)["Rules"][1][2:5] == ("percent", "sales", "shop")
    import_workbook(db, owner, zh, TODAY)
    other = blank()
    import_workbook(other, owner, en, TODAY)
    shops = [_rows(db), _rows(other)]
    same = [{k: v for k, v in rows.items() if k not in ("audit_log", "pay_rule", "task", "staff")} for rows in shops]
    assert same[0] == same[1] and same[0]["figure"] and same[0]["target"] and same[0]["task_assignee"]
    terms = [_terms(d) for d in (db, other)]
    assert terms[0] == terms[1] and len(terms[0][0]) == 2 and len(terms[0][1]) == 2


def _terms(db: Database) -> tuple[list[tuple], list[tuple]]:
    """The rules' and tasks' terms, without their labels and titles (which a template words in its language)."""
    from shopdesk.store.models.payroll import PayRule
    from shopdesk.store.models.tasks import Task

    with db.read() as s:
        rules = sorted(tuple(r) for r in s.execute(select(
            PayRule.applies_to, PayRule.kind, PayRule.metric, PayRule.basis, PayRule.rate, PayRule.amount_fen,
            PayRule.tier_mode)))
        tasks = sorted(tuple(r) for r in s.execute(select(Task.repeat, Task.points, Task.due, Task.start)))
    return rules, tasks


def test_a_full_shop_in_chinese_and_in_english_imports_to_the_same_database(demo_db, owner, blank,
                                                                           tmp_path: Path) -> None:
    _enrich(demo_db, owner)
    zh, en = tmp_path / "店铺.xlsx", tmp_path / "shop.xlsx"
    export_workbook(demo_db, owner, zh, lang="zh_CN")
    export_workbook(demo_db, owner, en, lang="en")
    cells = _sheets(zh)
    assert list(cells) == ["店铺", "员工", "目标", "实绩", "规则", "任务", "考勤", "商品"]
    assert _codes_left(cells) == []
    assert ("休息日", "周六,周日") in cells["店铺"] and ("代扣个税", "是") in cells["店铺"]
    rules = {r[1]: r for r in cells["规则"][1:]}
    assert rules["任务积分奖"][0] == "全员" and rules["任务积分奖"][11] == "完成任务:2, 任务积分:0.5"
    assert rules["超额提成"][:5] == ("部门:运营", "超额提成", "阶梯提成", "销售额", "本人")
    assert rules["超额提成"][9] == "超额累进" and rules["客服奖池"][4] == "部门"
    assert {r[3] for r in cells["任务"][1:]} >= {"每天", "每周:周一,周四", "每月:28", "不重复"}
    assert {r[6] for r in cells["员工"][1:]} == {"员工", "主管"} and "否" in {r[5] for r in cells["员工"][1:]}
    assert {r[4] for r in cells["实绩"][1:]} == {"手工录入"}
    english = _sheets(en)
    assert ("rest_days", "sat,sun") in english["Shop"] and ("income_tax", "on") in english["Shop"]
    en_rules = {r[1]: r for r in english["Rules"][1:]}
    assert en_rules["超额提成"][:5] == ("department:Operations", "超额提成", "tiered", "sales", "own")
    assert en_rules["超额提成"][9] == "marginal" and en_rules["任务积分奖"][0] == "all"
    assert en_rules["任务积分奖"][11] == "tasks_done:2, task_points:0.5"
    assert {r[3] for r in english["Tasks"][1:]} >= {"daily", "weekly:mon,thu", "monthly:28", "none"}
    assert {r[6] for r in english["Staff"][1:]} == {"staff", "manager"} and {r[4] for r in english["Actuals"][1:]} == {"typed"}
    assert english["Targets"][1][0] == "shop" and "workdays" in {r[4] for r in english["Targets"][1:]}
    assert _codes_left(english) != []  # the check above can fail: English keeps the codes

    from_zh, from_en = _import(blank, owner, zh), _import(blank, owner, en)
    assert from_zh == from_en
    for table in ("staff", "target", "figure", "pay_rule", "task", "task_assignee", "attendance", "product",
                  "setting"):
        assert from_zh[table], table


def _to_code(value: object) -> object:
    """A Chinese value cell as its code, by the words of DESIGN §4.2 and the domain's metric names."""
    if not isinstance(value, str):
        return value
    metrics = {m.name_zh: m.key for m in BUILTIN}
    if value in DESIGN_WORDS:
        return DESIGN_WORDS[value]
    if value in metrics:
        return metrics[value]
    if value.startswith("部门:"):
        return "department:" + value[3:]
    head, _, days = value.partition(":")
    if head == "每周":
        return "weekly:" + ",".join(ZH_DAYS[d] for d in days.split(","))
    if head == "每月":
        return f"monthly:{days}"
    if all(part in ZH_DAYS for part in value.split(",")):
        return ",".join(ZH_DAYS[d] for d in value.split(","))
    return value


def _full_width(value: object) -> object:
    return value.replace(":", "：").replace(",", "，") if isinstance(value, str) else value


def test_a_mixed_workbook_imports_to_the_same_database(demo_db, owner, blank, tmp_path: Path) -> None:
    _enrich(demo_db, owner)
    zh, en = tmp_path / "店铺.xlsx", tmp_path / "shop.xlsx"
    export_workbook(demo_db, owner, zh, lang="zh_CN")
    export_workbook(demo_db, owner, en, lang="en")
    code_columns = {"value", "department", "active", "role", "scope", "metric", "split", "source", "applies_to",
                    "kind", "basis", "tier_mode", "repeat"}
    punctuated = {"applies_to", "repeat", "assignee"}
    mixed: dict[str, list[list[object]]] = {}
    for n, (title, rows) in enumerate(_sheets(zh).items()):
        columns = _columns(title, rows[0])
        layout = next(s for s in SHEETS if title == s.zh)
        # Sheet names and headers in either language too: some sheets English, some headers English.
        out: list[list[object]] = [list(rows[0]) if n % 2 else [k or h for k, h in zip(columns, rows[0], strict=True)]]
        for i, row in enumerate(rows[1:]):
            if i % 2:  # every other row back to codes
                out.append([_to_code(v) if k in code_columns else v for k, v in zip(columns, row, strict=False)])
            else:  # the rest Chinese, typed with full-width colons and commas
                out.append([_full_width(v) if k in punctuated else v for k, v in zip(columns, row, strict=False)])
        mixed[layout.en if n % 3 == 0 else title] = out
    book = tmp_path / "mixed.xlsx"
    write_book(book, mixed)
    got = _sheets(book)
    assert any("：" in str(c) for r in got["任务"] for c in r) and any("weekly:" in str(c) for r in got["任务"] for c in r)
    assert any(r[0] == "shop" for r in got["目标"]) and any(r[0] == "全店" for r in got["目标"])
    assert _import(blank, owner, book) == _import(blank, owner, en)


def test_a_chinese_round_trip_gives_the_same_cells(demo_db, owner, blank, tmp_path: Path) -> None:
    _enrich(demo_db, owner)
    first, second = tmp_path / "一.xlsx", tmp_path / "二.xlsx"
    export_workbook(demo_db, owner, first, lang="zh_CN")
    again = blank()
    import_workbook(again, owner, first, TODAY)
    export_workbook(again, owner, second, lang="zh_CN")
    a, b = _sheets(first), _sheets(second)
    assert len(a["实绩"]) > 1000
    for title in a:
        assert a[title] == b[title], title


@pytest.mark.parametrize(("sheet", "cell", "value", "accepted"), [
    ("规则", "C2", "提成", "比例提成 / percent"),
    ("规则", "E3", "自己", "本人 / own"),
    ("规则", "J2", "全额", "全额累进 / retroactive"),
    ("目标", "E3", "按天", "按工作日 / workdays"),
    ("任务", "D2", "每周:周八", "每周:周一,周四 / weekly:mon,thu"),
    ("任务", "D2", "每年", "每月:15 / monthly:15"),
    ("员工", "F2", "在", "是 / yes"),
])
def test_an_unknown_chinese_value_is_refused_by_its_cell(db, owner, tmp_path: Path, sheet, cell, value,
                                                         accepted) -> None:
    book = tmp_path / "错.xlsx"
    sheets = chinese_book(book)
    column = "ABCDEFGHIJ".index(cell[0])
    row = sheets[sheet][int(cell[1:]) - 1]
    row.extend([None] * (column + 1 - len(row)))
    row[column] = value
    write_book(book, sheets)
    before = file_bytes(db)
    with pytest.raises(ValidationErrors) as caught:
        import_workbook(db, owner, book, TODAY)
    problems = [(e.field, e.message) for e in caught.value.errors]
    assert problems[0][0] == f"{sheet}!{cell}", problems  # later sheets may add that the person is unknown
    assert value in problems[0][1] and accepted in problems[0][1]
    assert [f for f, m in problems if accepted in m] == [f"{sheet}!{cell}"]
    assert file_bytes(db) == before


def test_chinese_values_with_full_width_punctuation_import(db, owner, tmp_path: Path) -> None:
    book = tmp_path / "全角.xlsx"
    sheets = chinese_book(book)
    sheets["店铺"][2][1] = "周六、周日"
    sheets["目标"][2][4] = "按工作日"
    sheets["规则"][2][0] = "部门：客服"
    sheets["规则"][3][0] = "全员"
    sheets["规则"][1][4] = "本人"
    sheets["规则"][1][9] = "超额累进"
    sheets["规则"][1][2] = "阶梯提成"
    sheets["任务"][1][2:4] = [None, "每周：周一，周四"]
    sheets["任务"].append(["盘点", "陈静", None, "每月：15", 1])
    write_book(book, sheets)
    import_workbook(db, owner, book, TODAY)
    with db.read() as s:
        from shopdesk.store.models.payroll import PayRule
        from shopdesk.store.models.tasks import Task

        rules = {r.label: r for r in s.scalars(select(PayRule))}
        repeats = dict(s.execute(select(Task.title, Task.repeat)).all())
        rest = s.scalar(select(Setting.value).where(Setting.key == "rest_days"))
        split = s.scalar(select(Target.split).where(Target.period == "2026-11", Target.metric == "sales",
                                                    Target.scope != "shop"))
    assert rules["询单奖"].applies_to == "department:customer_service" and rules["全勤奖"].applies_to == "all"
    assert (rules["销售提成"].kind, rules["销售提成"].basis, rules["销售提成"].tier_mode) == ("tiered", "own", "marginal")
    assert repeats == {"整理差评": "weekly:mon,thu", "盘点": "monthly:15"}
    assert rest == "sat,sun" and split == "workdays"


def test_a_custom_metric_sharing_a_chinese_name_keeps_its_key() -> None:
    from shopdesk.domain.metrics import Kind, MetricDef, MetricRegistry, Unit
    from shopdesk.exchange.workbook.values import metric_words

    registry = MetricRegistry()
    registry.add(MetricDef("live_sessions", "Live sessions", "直播场次", Unit.COUNT, Kind.SUM))
    registry.add(MetricDef("shop_sales", "Shop sales", "销售额", Unit.YUAN, Kind.SUM))
    registry.add(MetricDef("ab", "A/B", "甲:乙", Unit.COUNT, Kind.SUM))
    words = metric_words(registry, "zh_CN")
    assert (words["sales"], words["live_sessions"]) == ("销售额", "直播场次")
    assert (words["shop_sales"], words["ab"]) == ("shop_sales", "ab")  # 销售额 reads as sales; ':' splits weights
    assert metric_words(registry, "en")["live_sessions"] == "live_sessions"
