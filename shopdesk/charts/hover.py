"""Exact values under the mouse: builders register artists with their texts.

Kept Qt-free: the canvas asks `hover_text(fig, event)` on mouse moves and
shows the answer in a tooltip.
"""

from __future__ import annotations

from typing import Any


def register(fig: Any, artist: Any, texts: list[str]) -> None:
    """`texts[i]` describes the i-th point of a line, or the one bar/patch."""
    entries = getattr(fig, "shopdesk_hover", None)
    if entries is None:
        entries = []
        fig.shopdesk_hover = entries
    entries.append((artist, texts))


def hover_text(fig: Any, event: Any) -> str | None:
    """What the mouse is over, or None."""
    for artist, texts in getattr(fig, "shopdesk_hover", []):
        if event.inaxes is not None and artist.axes is not event.inaxes:
            continue
        hit, info = artist.contains(event)
        if not hit:
            continue
        index = info.get("ind") if isinstance(info, dict) else None
        if index is not None and len(index):
            return texts[int(index[0])] if int(index[0]) < len(texts) else None
        return texts[0] if texts else None
    return None


def entries(fig: Any) -> list[tuple[Any, list[str]]]:
    return list(getattr(fig, "shopdesk_hover", []))
