"""Translating payroll explanations for a workbook without Qt: read the .ts catalogue directly.

The bonus sheet is written by the command line as well as the window, so it
cannot rely on an installed QTranslator; the .ts file is the same source. An
installed program ships only the compiled .qm, which is then read with a
QTranslator of its own.
"""

from __future__ import annotations

from functools import lru_cache

from shopdesk.domain.explain import Translate


@lru_cache(maxsize=4)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET

    from shopdesk.paths import resource

    path = resource("i18n", f"shopdesk_{lang}.ts")
    if not path.is_file():
        return {}
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, node = message.findtext("source"), message.find("translation")
            if source and node is not None and node.text and node.get("type") not in ("unfinished", "obsolete"):
                out[(name, source)] = node.text
    return out


@lru_cache(maxsize=4)
def _compiled(lang: str):
    """The bundled .qm through a QTranslator (an installed program ships no .ts)."""
    from PySide6.QtCore import QTranslator

    from shopdesk.i18n import compiled_catalog

    path = compiled_catalog(lang)
    catalogue = QTranslator()
    return catalogue if path is not None and catalogue.load(str(path)) else None


def translator(lang: str) -> Translate | None:
    """A `translate(context, text)` for the language, or None for English."""
    if lang == "en":
        return None
    table = _catalogue(lang)
    if not table:
        compiled = _compiled(lang)
        if compiled is not None:
            return lambda context, text: compiled.translate(context, text) or text

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)

    return translate
