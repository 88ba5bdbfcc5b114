"""Qt's own texts that its Chinese catalogue (qtbase_zh_CN) lacks, translated in ShopDesk's.

Qt asks every installed translator in turn, so these fill the gaps without
replacing anything Qt translates itself. Nothing imports this module; the
markers are for the translation tools.
"""

from __future__ import annotations

from shopdesk.domain.text import QT_TRANSLATE_NOOP

QT_GAPS = (
    # The file dialog's labels carry keyboard accelerators the catalogue has no entry for.
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
