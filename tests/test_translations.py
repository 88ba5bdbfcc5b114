"""Every tr() string has a Chinese translation, and the .ts is up to date with the code."""

import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402

from shopdesk.domain.departments import Department  # noqa: E402
from shopdesk.domain.metrics import BUILTIN  # noqa: E402


@pytest.fixture(scope="module")
def refreshed_ts(tmp_path_factory) -> Path:
    """The committed .ts merged with what lupdate finds in today's code."""
    ts = tmp_path_factory.mktemp("i18n") / "shopdesk_zh_CN.ts"
    shutil.copyfile(i18n.TS, ts)
    i18n.lupdate(ts)
    return ts


def test_every_string_in_the_code_is_translated(refreshed_ts):
    missing = i18n.untranslated(refreshed_ts)
    assert missing == {}, "run scripts/i18n.py update and translate: " + str(missing)


def test_metric_and_department_names_match_the_domain_chinese_names():
    table = {(ctx, msg.findtext("source")): msg.findtext("translation")
             for _tree, ctx, msg in i18n.messages()}
    for metric in BUILTIN:
        assert table[("Metrics", metric.name_en)] == metric.name_zh
    for dept in Department:
        assert table[("Departments", dept.english)] == dept.chinese


def test_placeholders_survive_translation():
    import re

    for _tree, _ctx, msg in i18n.messages():
        source, target = msg.findtext("source") or "", msg.findtext("translation") or ""
        assert set(re.findall(r"{\w*}", source)) == set(re.findall(r"{\w*}", target)), source


# What a Chinese sentence may keep in ASCII: menu mnemonics "(&F)", file-dialog filters
# "(*.xlsx)", ";;" between filters, and values the owner types exactly so (the workbook and
# the fields accept "周六,周日", "张伟:2", "部门:客服", "每周:周一,周四" as DESIGN §4.2 writes them).
_TYPED = ("张伟:2,刘洋:1", "小鹿家居:小芳, 小鹿家居:阿明", "部门:客服", "每周:周一,周四", "每月:15")
_KEPT_ASCII = re.compile(r"\(&\w\)|\(\*[^)]*\)|;;;|;;|周[一二三四五六日](?:,周[一二三四五六日])+"
                         r"|\d+(?:\.\d+)?(?:,\d+(?:\.\d+)?)+|" + "|".join(map(re.escape, _TYPED)))
_CJK = r"[\u4e00-\u9fff]"


def test_chinese_sentences_use_chinese_punctuation():
    """`考核：76.83 分，等级 B。`: a comma, colon, semicolon, question mark or bracket that
    touches Chinese text is the full-width one."""
    wrong = []
    for _tree, ctx, msg in i18n.messages():
        text = msg.findtext("translation") or ""
        if not re.search(_CJK, text):
            continue
        bare = re.sub(r"{\w*}", "x", _KEPT_ASCII.sub("", text))  # a placeholder stands for a value
        if re.search(rf"{_CJK}\s*[,:;?!]|[,:;?!]\s*{_CJK}|{_CJK}\s*\(|\(\s*{_CJK}|{_CJK}\)", bare):
            wrong.append(f"{ctx}: {text}")
    assert wrong == [], "\n".join(wrong)
