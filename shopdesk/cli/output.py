"""What a sub-command says when it cannot go on (kept tiny: loaded before any heavy import)."""

from __future__ import annotations

import sys


def fail(message: str, code: int = 2) -> int:
    """Print one clear line to stderr and give the exit code (2: bad input)."""
    print(message, file=sys.stderr)
    return code
