"""The translation check really catches a tr() string without Chinese (and passes once translated).

Runs the same pipeline as tests/test_translations.py (lupdate over code, then
`untranslated`) on a copy of the catalogue with one extra source file.
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402

PROBE = '''
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


class ProbePage(QWidget):
    def title(self):
        return self.tr("A label nobody translated yet")


def caption():
    return QCoreApplication.translate("ProbeContext", "Another new caption")
'''


def test_a_new_tr_string_is_reported_until_it_is_translated(tmp_path):
    source = tmp_path / "probe.py"
    source.write_text(PROBE, encoding="utf-8")
    ts = tmp_path / "shopdesk_zh_CN.ts"
    shutil.copyfile(i18n.TS, ts)
    subprocess.run([i18n.tool("pyside6-lupdate"), "-silent", "-locations", "none",
                    "-target-language", "zh_CN", str(source), "-ts", str(ts)], check=True)

    missing = i18n.untranslated(ts)
    assert missing.get("ProbePage") == {"A label nobody translated yet": ""}
    assert missing.get("ProbeContext") == {"Another new caption": ""}

    i18n.fill({"ProbePage": {"A label nobody translated yet": "还没人翻译的标签"},
               "ProbeContext": {"Another new caption": "另一个新标题"}}, ts)
    after = i18n.untranslated(ts)
    assert "ProbePage" not in after and "ProbeContext" not in after


def test_an_emptied_translation_counts_as_missing(tmp_path):
    ts = tmp_path / "shopdesk_zh_CN.ts"
    shutil.copyfile(i18n.TS, ts)
    tree, context, message = next(i18n.messages(ts))
    message.find("translation").text = ""
    i18n.write(tree, ts)
    assert message.findtext("source") in i18n.untranslated(ts).get(context, {})
