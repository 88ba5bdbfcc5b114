"""The shop workbook's values in both languages (DESIGN §4.2 "Values in Chinese").

One place for every stored code the workbook writes in a value cell and the
Chinese word a Chinese template or export writes instead: `shop` ↔ `全店`,
`all` ↔ `全员`, `department:Customer Service` ↔ `部门:客服`, rest days, splits,
repetitions, rule kinds, bases and tier modes, yes/no, roles and a figure's
source. Metric keys are written as the domain's Chinese metric names
(`MetricDef.name_zh`). English workbooks write the codes, as they always did.

Reading accepts either language in any mix, with the full-width `：`, `，` and
`、` Chinese input methods type; anything else is refused with the accepted
values named (`CellError`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from shopdesk.domain.metrics import MetricRegistry
from shopdesk.domain.recurrence import NO_REPEAT, Repeat, RepeatError, RepeatKind, parse_repeat
from shopdesk.domain.rules import Basis, RuleKind, TierMode
from shopdesk.domain.targets import EVEN, WEEKDAYS, WORKDAYS
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.exchange.workbook.cells import CellError, shown

ZH = "zh_CN"
_PUNCT = str.maketrans({"：": ":", "，": ",", "、": ","})
_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "'{text}' is not understood here; use {accepted}")


def plain(text: str) -> str:
    """Full-width colon and commas as ASCII, spaces around them dropped."""
    out = text.translate(_PUNCT).strip()
    if ":" in out or "," in out:
        out = re.sub(r"\s*([:,])\s*", r"\1", out)
    return out


class Words:
    """A closed list of stored codes with the Chinese word for each; reads either."""

    def __init__(self, zh: dict[str, str], aliases: dict[str, str] | None = None) -> None:
        self.zh = {str(code): word for code, word in zh.items()}  # enum members as their plain values
        zh = self.zh
        self._read: dict[str, str] = {code.casefold(): code for code in zh}
        self._read.update({word: code for code, word in zh.items()})
        self._read.update(aliases or {})

    def word(self, code: str, lang: str) -> str:
        """What a workbook in `lang` writes for the stored `code` (unknown codes as they are)."""
        return self.zh.get(code, code) if lang == ZH else code

    def get(self, value: object) -> str | None:
        raw = plain(shown(value))
        return self._read.get(raw, self._read.get(raw.casefold()))

    def read(self, value: object) -> str:
        """The code a cell names; CellError naming what is accepted otherwise."""
        code = self.get(value)
        if code is None:
            raise unknown(value, self.accepted())
        return code

    def accepted(self) -> str:
        return ", ".join(f"{word} / {code}" for code, word in self.zh.items())


def unknown(value: object, accepted: str) -> CellError:
    return CellError(_UNKNOWN, text=shown(value)[:40], accepted=accepted)


KINDS = Words({
    RuleKind.FIXED: "固定", RuleKind.PERCENT: "比例提成", RuleKind.TIERED: "阶梯提成", RuleKind.PER_UNIT: "计件",
    RuleKind.TARGET_BONUS: "达标奖", RuleKind.GRADE_BONUS: "等级奖", RuleKind.POINTS: "积分",
    RuleKind.STEP_BONUS: "阶梯奖金", RuleKind.SCORE_BONUS: "绩效工资", RuleKind.TEAM_POOL: "团队奖池",
    RuleKind.PENALTY: "扣款", RuleKind.FULL_ATTENDANCE: "全勤奖"})
BASIS = Words({Basis.OWN: "本人", Basis.DEPARTMENT: "部门", Basis.SHOP: "全店"}, {"个人": "own", "店铺": "shop"})
TIER_MODE = Words({TierMode.RETROACTIVE: "全额累进", TierMode.MARGINAL: "超额累进"})
SPLIT = Words({EVEN: "平均", WORKDAYS: "按工作日"}, {"平均分配": EVEN, "按工作日分配": WORKDAYS})
YES_NO = Words({"yes": "是", "no": "否"}, {
    "y": "yes", "true": "yes", "1": "yes", "在职": "yes", "x": "yes", "✓": "yes",
    "n": "no", "false": "no", "0": "no", "离职": "no"})
ON_OFF = Words({"on": "是", "off": "否"})  # income_tax; the pay settings read it (services.payroll.setup)
ROLE = Words({"staff": "员工", "manager": "主管"})
SOURCE = Words({"typed": "手工录入", "workbook": "工作簿", "platform": "平台"})
WEEKDAY_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
SHOP_SCOPE = Words({"shop": "全店"}, {"店铺": "shop"})  # targets and figures
EVERYONE = Words({"all": "全员"}, {"全部": "all", "所有人": "all"})  # rules
DEPARTMENT_PREFIX = ("department:", "部门:")
REPEAT_ZH = {RepeatKind.NONE: "不重复", RepeatKind.DAILY: "每天", RepeatKind.WEEKLY: "每周",
             RepeatKind.MONTHLY: "每月"}
_ZH_DAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


# --- Days of the week, rest days and repetitions ------------------------------------------------

def weekdays_word(days: Iterable[int], lang: str) -> str:
    names = WEEKDAY_ZH if lang == ZH else WEEKDAYS
    return ",".join(names[d] for d in sorted(set(days)))


def rest_days_word(stored: str, lang: str) -> str:
    """A stored `sat,sun` as the workbook writes it (`周六,周日` in Chinese)."""
    if lang != ZH:
        return stored
    parts = [p for p in stored.split(",") if p]
    if any(p not in WEEKDAYS for p in parts):
        return stored
    return weekdays_word((WEEKDAYS.index(p) for p in parts), lang)


def _weekday(word: str) -> int | None:
    if word[-1:] in _ZH_DAY and word[:-1] in ("周", "星期", "礼拜"):
        return _ZH_DAY[word[-1]]
    return None


def repeat_word(stored: str, lang: str) -> str:
    """A stored repetition (`weekly:mon,thu`) as written: `每周:周一,周四` in Chinese."""
    if lang != ZH:
        return stored
    try:
        rule = parse_repeat(stored)
    except RepeatError:
        return stored
    word = REPEAT_ZH[rule.kind]
    if rule.kind is RepeatKind.WEEKLY:
        return f"{word}:{weekdays_word(rule.weekdays, lang)}"
    if rule.kind is RepeatKind.MONTHLY:
        return f"{word}:{rule.monthday}"
    return word


REPEAT_ACCEPTED = "不重复 / none, 每天 / daily, 每周:周一,周四 / weekly:mon,thu, 每月:15 / monthly:15"


def read_repeat(value: object) -> Repeat:
    """`none`, `daily`, `weekly:mon,thu`, `monthly:15` or `不重复`, `每天`, `每周:周一,周四`, `每月:15`."""
    raw = plain(shown(value))
    if not raw:
        return NO_REPEAT
    head, sep, arg = raw.partition(":")
    try:
        if raw in ("不重复", "一次", "单次"):
            return NO_REPEAT
        if raw in ("每天", "每日"):
            return Repeat(RepeatKind.DAILY)
        if head == "每周" and sep:
            days = [_weekday(p.strip()) for p in arg.split(",") if p.strip()]
            if days and None not in days:
                return Repeat(RepeatKind.WEEKLY, weekdays=frozenset(d for d in days if d is not None))
            raise RepeatError(raw)
        if head == "每月" and sep:
            return parse_repeat(f"monthly:{arg.removesuffix('日').removesuffix('号')}")
        return parse_repeat(raw)
    except RepeatError:
        raise unknown(value, REPEAT_ACCEPTED) from None


# --- Who a rule applies to ----------------------------------------------------------------------

def applies_to_word(key_name: str, lang: str) -> str:
    """`all` or `department:<name>` (with the department's name in the file's language) as written."""
    if lang != ZH:
        return key_name
    if key_name == "all":
        return EVERYONE.word("all", lang)
    prefix, zh = DEPARTMENT_PREFIX
    if key_name.startswith(prefix):
        return zh + key_name[len(prefix):]
    return key_name


def applies_to_text(value: object) -> str:
    """A Rules `applies_to` cell in the form the rules service resolves (`all`, `department:<name>`, a name)."""
    raw = shown(value).strip()
    if EVERYONE.get(raw) is not None:
        return "all"
    folded = plain(raw)
    head, sep, rest = folded.partition(":")
    if sep and head.strip().casefold() in ("department", "部门"):
        return f"department:{rest.strip()}"
    return raw


# --- Metric names -------------------------------------------------------------------------------

def metric_words(registry: MetricRegistry, lang: str) -> dict[str, str]:
    """Metric key → what the workbook writes: the Chinese name in Chinese, when that name reads back
    as the same metric (`resolve.Names` looks names up the same way) and holds no separator of a
    points rule's weights; otherwise the key."""
    from shopdesk.exchange.workbook.layout import fold

    if lang != ZH:
        return {m.key: m.key for m in registry}
    taken: dict[str, str] = {}
    for m in registry:
        for spelling in (m.key, m.name_zh, m.name_en):
            taken.setdefault(fold(spelling), m.key)
    return {m.key: m.name_zh if m.name_zh and taken.get(fold(m.name_zh)) == m.key
            and not _WEIGHT_PARTS.search(m.name_zh) and not re.search("[:：]", m.name_zh) else m.key
            for m in registry}


_WEIGHT_PARTS = re.compile(r"([,;\n，；、])")


def map_weight_keys(text: str, rename: Callable[[str], str | None]) -> str:
    """`key:weight` parts with each key passed through `rename` (None keeps it); separators kept."""
    out = []
    for part in _WEIGHT_PARTS.split(text):
        if _WEIGHT_PARTS.fullmatch(part):
            out.append("," if part == "、" else part)
            continue
        cut = max(part.rfind(":"), part.rfind("："))
        key = part[:cut].strip() if cut > 0 else ""
        new = rename(key) if key else None
        out.append(part if new is None or new == key else part.replace(key, new, 1))
    return "".join(out)


def yes_no(value: object, default: bool = True) -> bool:
    """`yes`/`no` or `是`/`否` (and the usual spellings); blank is `default`."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    if isinstance(value, bool):
        return value
    return YES_NO.read(value) == "yes"


def read_split(value: object) -> str:
    """A Targets `split` cell: `even`/`平均`, `workdays`/`按工作日`, or comma-separated weights ('' when blank)."""
    raw = plain(shown(value)) if value is not None else ""
    if not raw:
        return ""
    code = SPLIT.get(raw)
    if code is not None:
        return code
    if not any(ch.isdigit() for ch in raw):
        raise unknown(value, f"{SPLIT.accepted()}, 1,1,1,1")
    return raw
