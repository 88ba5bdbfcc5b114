"""Tables for the auth area (filled in by that feature)."""
