#!/usr/bin/env python3
"""Keep the Chinese translation in step with the code.

  python scripts/i18n.py update          # lupdate: add new tr() strings to the .ts
  python scripts/i18n.py missing         # print untranslated strings as JSON
  python scripts/i18n.py fill FILE.json  # apply {"Context": {"source": "译文"}}
  python scripts/i18n.py compile [OUT]   # lrelease: .ts -> .qm (build time; default beside the .ts)

Every command holds a lock, so several people can update the .ts at once.
"""

from __future__ import annotations

import fcntl
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "shopdesk_zh_CN.ts"
LOCK = TS.with_name(".i18n.lock")


@contextmanager
def locked():
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with LOCK.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "shopdesk").rglob("*.py"))


def lupdate(ts: Path = TS) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                    "-target-language", "zh_CN", *sources(), "-ts", str(ts)],
                   check=True, cwd=ROOT)


def messages(ts: Path = TS):
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield tree, name, message


def untranslated(ts: Path = TS) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for _tree, ctx, message in messages(ts):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            out.setdefault(ctx, {})[message.findtext("source") or ""] = ""
    return out


def write(tree: ET.ElementTree, ts: Path = TS) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def fill(mapping: dict[str, dict[str, str]], ts: Path = TS) -> int:
    tree = ET.parse(ts)
    done = 0
    for context in tree.getroot().iter("context"):
        table = mapping.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = table.get(message.findtext("source") or "")
            if text:
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.text = text
                translation.attrib.pop("type", None)
                done += 1
    write(tree, ts)
    return done


def compile_qm(out: Path | None = None) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm",
                    str(out or TS.with_suffix(".qm"))], check=True)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    with locked():
        if command == "update":
            lupdate()
            print(f"{sum(len(v) for v in untranslated().values())} string(s) still untranslated")
        elif command == "missing":
            print(json.dumps(untranslated(), ensure_ascii=False, indent=1))
        elif command == "fill":
            mapping = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
            print(f"{fill(mapping)} translation(s) applied")
        elif command == "compile":
            compile_qm(Path(argv[1]) if len(argv) > 1 else None)
        else:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
