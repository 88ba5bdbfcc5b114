"""Names people type or paste: invisible and control characters, and look-alikes.

A name that differs from another only by a zero-width space, a bidi mark, a
BOM, full-width letters, NFD instead of NFC or a Cyrillic letter that looks
Latin is not a new person; it is a mistake or a trick. `problem_char` finds a
character that must not be in a name at all; `skeleton` is what two names are
compared by (NFKC, case-folded, look-alike letters mapped, spaces collapsed).
"""

from __future__ import annotations

import bisect
import re
import unicodedata

# Unicode categories Cc, Cf, Zl, Zp, Co and Cs (Unicode 14, as Python 3.11 knows it), as ranges.
_FORBIDDEN = (
    (0x0, 0x1F), (0x7F, 0x9F), (0xAD, 0xAD), (0x600, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD),
    (0x70F, 0x70F), (0x890, 0x891), (0x8E2, 0x8E2), (0x180E, 0x180E), (0x200B, 0x200F),
    (0x2028, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F), (0xD800, 0xF8FF), (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x13438),
    (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F),
    (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD),
    # Shown as nothing though not in those categories: fillers, joiners, variation selectors.
    (0x34F, 0x34F), (0x115F, 0x1160), (0x180B, 0x180D), (0x180F, 0x180F), (0x2800, 0x2800),
    (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0), (0xE0100, 0xE01EF),
)
_RANGES = sorted(_FORBIDDEN)
_STARTS = [a for a, _ in _RANGES]
# A quick screen: most names have nothing outside printable ASCII and CJK.
_PLAIN = re.compile(r"[\x20-\x7e\u3400-\u9fff\uff01-\uff5e\u00c0-\u024f]*")

# Letters of other scripts that look like Latin ones (after case folding), and a few signs.
_LOOKALIKE = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ɡ": "g", "ο": "o", "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i",
    "κ": "k", "μ": "u", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ζ": "z", "ı": "i",
    "ℓ": "l", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "·": "·", "・": "·",
})
_SPACES = re.compile(r"\s+")


def problem_char(text: str) -> str | None:
    """The first control, invisible or formatting character in `text`, or None."""
    if _PLAIN.fullmatch(text):
        return None
    for ch in text:
        cp = ord(ch)
        i = bisect.bisect_right(_STARTS, cp) - 1
        if i >= 0 and _RANGES[i][0] <= cp <= _RANGES[i][1]:
            return ch
    return None


def describe_char(ch: str) -> str:
    """U+200B ZERO WIDTH SPACE: how a message names a character nobody can see."""
    return f"U+{ord(ch):04X} {unicodedata.name(ch, '')}".strip()


def skeleton(name: str) -> str:
    """What two names are compared by: NFKC, case-folded, look-alike letters mapped, one space."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = unicodedata.normalize("NFKC", folded).translate(_LOOKALIKE)
    # Mapped letters may now compose with the marks after them (Cyrillic е + ◌́ → é).
    folded = unicodedata.normalize("NFKC", folded)
    return _SPACES.sub(" ", folded).strip()
