"""How the workbooks ShopDesk writes name a department: in the file's language."""

from __future__ import annotations

from shopdesk.domain.departments import Department


def department_label(dept: str, lang: str) -> str:
    d = Department(dept)
    return d.chinese if lang == "zh_CN" else d.english
